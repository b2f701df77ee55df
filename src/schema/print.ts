import { printSchema } from 'graphql';
import { schema } from './index.ts';

/** The SDL checked in as schema.graphql. */
export const printedSchema = (): string => `${printSchema(schema)}\n`;
