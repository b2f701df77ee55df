import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * `npm run codegen`: typed documents for every operation the explorer and the example client send,
 * checked against schema.graphql, plus the trusted-documents manifest the server accepts by hash.
 */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['explorer/src/**/*.ts', 'client/**/*.ts', 'src/http/mcp-tools.ts', '!client/generated/**'],
  ignoreNoDocuments: false,
  generates: {
    'client/generated/': {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
        persistedDocuments: { mode: 'embedHashInDocument', hashAlgorithm: 'sha256' },
      },
      config: {
        emitLegacyCommonJSImports: false,
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
        scalars: { ID: 'string', JSON: 'unknown' },
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: true },
      },
    },
  },
};

export default config;
