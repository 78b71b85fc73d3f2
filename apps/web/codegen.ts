import type { CodegenConfig } from '@graphql-codegen/cli';

// Paths are relative to the repository root, where `npm run codegen` runs.
// CI sets CODEGEN_OUT to a temporary directory and compares it with the committed files.
const out = (process.env.CODEGEN_OUT ?? 'libs/web/graphql/src/generated').replace(/\/?$/, '/');

const config: CodegenConfig = {
  schema: 'schema.gql',
  documents: [
    'libs/web/**/*.{ts,tsx}',
    'apps/web/src/**/*.{ts,tsx}',
    '!libs/web/graphql/src/generated/**',
    '!**/*.spec.{ts,tsx}',
  ],
  ignoreNoDocuments: false,
  generates: {
    [out]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        skipTypename: false,
        scalars: { DateTime: 'string' },
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
      },
    },
  },
};

export default config;
