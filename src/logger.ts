import { type Logger, pino } from 'pino';

export type { Logger };

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** From LOG_LEVEL (src/process/config.ts). */
export type LogLevel = (typeof LOG_LEVELS)[number];

export const DEFAULT_LOG_LEVEL: LogLevel = 'info';

/** Structured JSON logs on stdout; one logger per process, children per request. */
export function createLogger(level: LogLevel): Logger {
  return pino({ level, base: { service: 'qianjiang-kg' } });
}
