import type { Plugin } from 'graphql-yoga';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { resultErrors } from './result-errors.ts';

/**
 * Prometheus metrics, served at /metrics: HTTP requests and latency by route and status, GraphQL
 * errors by code, Neo4j work in flight, and the process's own (CPU, memory, event-loop lag).
 */
export class Metrics {
  readonly registry = new Registry();
  readonly requests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests by method, route and status.',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });
  readonly latency = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request latency by route.',
    labelNames: ['route'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  readonly graphqlErrors = new Counter({
    name: 'graphql_errors_total',
    help: 'GraphQL errors returned to clients, by extensions.code.',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });
  readonly neo4jInFlight = new Gauge({
    name: 'neo4j_transactions_in_flight',
    help: 'Neo4j transactions this server is running now (bounded by the driver pool of 50).',
    registers: [this.registry],
  });
  readonly neo4jTransactions = new Counter({
    name: 'neo4j_transactions_total',
    help: 'Neo4j transactions run, by outcome.',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  /** Wraps one unit of Neo4j work so in-flight and outcome counts stay right whatever happens. */
  async track<T>(work: () => Promise<T>): Promise<T> {
    this.neo4jInFlight.inc();
    try {
      const result = await work();
      this.neo4jTransactions.inc({ outcome: 'ok' });
      return result;
    } catch (error) {
      this.neo4jTransactions.inc({ outcome: 'error' });
      throw error;
    } finally {
      this.neo4jInFlight.dec();
    }
  }

  /** Counts the errors of every GraphQL response by code. */
  yogaPlugin(): Plugin {
    return {
      onResultProcess: ({ result }) => {
        for (const { code } of resultErrors(result)) this.graphqlErrors.inc({ code });
      },
    };
  }
}
