/** `npm run schema:print`: writes schema.graphql from the Pothos schema (checked in; a test keeps it fresh). */
import { writeFileSync } from 'node:fs';
import { fromRoot } from '../src/project-root.ts';
import { printedSchema } from '../src/schema/print.ts';

writeFileSync(fromRoot('schema.graphql'), printedSchema());
console.log('[schema] wrote schema.graphql');
