// One lint configuration for the whole repository; each package runs `eslint .` from its folder.
import path from 'node:path';
import js from '@eslint/js';
import graphqlPlugin from '@graphql-eslint/eslint-plugin';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const root = import.meta.dirname;
const schemaFile = path.join(root, 'packages/schema/schema.graphql');
// Where operations live; explicit, so that workspace links in node_modules are not read twice.
const operationFiles = ['apps/*/src/**/*.{ts,tsx}', 'apps/*/test/**/*.ts', 'tests/**/*.ts', 'packages/*/src/**/*.ts']
  .map((glob) => path.join(root, glob))
  // The bench installs PostGraphile under tests/; its packages' declaration files are not operations.
  .concat(`!${path.join(root, '**/node_modules/**')}`);

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/dist-ssr/**',
      '**/.turbo/**',
      'packages/schema/src/gql/**',
      'apps/web/src/gql/**',
      'apps/api/test/gql/**',
      'tests/gql/**',
      // Consumer fixtures are type-checked by the tests that build them, each with its own settings.
      'tests/consumers/**',
      'packages/cli/src/gql/**',
      'tests/artifacts/**',
    ],
  },
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    extends: [js.configs.recommended, ...tseslint.configs.strictTypeChecked],
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: {
        // Config files that no package's tsconfig includes are checked with default compiler options.
        projectService: {
          allowDefaultProject: ['*.ts', 'packages/*/*.ts', 'packages/*/*.d.ts'],
          defaultProject: 'tsconfig.base.json',
        },
        tsconfigRootDir: root,
      },
    },
    rules: {
      // Template literals with numbers and booleans read naturally in messages and SQL names.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      // type-graphql and MikroORM declare types through decorated classes with no members of their own.
      '@typescript-eslint/no-extraneous-class': ['error', { allowWithDecorator: true }],
      // `onClick={() => setOpen(true)}` is idiomatic React; a void value in a block body is still an error.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
    },
  },
  {
    // Tests may assert presence with `!`: a wrong guess fails the test, which is what a test is for.
    files: ['**/*.test.{ts,tsx}', 'apps/api/test/**', 'tests/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // Migrations are written by MikroORM's generator: up() and down() are async in its template but
    // only queue SQL, and a regenerated migration must pass without hand edits.
    files: ['apps/api/src/db/migrations/*/*.ts'],
    rules: { '@typescript-eslint/require-await': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat['recommended-latest']],
    languageOptions: { globals: { ...globals.browser } },
  },
  // GraphQL operations written with `graphql(...)` in TypeScript are linted against the schema.
  {
    files: ['**/*.{ts,tsx}'],
    processor: graphqlPlugin.processor,
  },
  {
    files: ['**/*.graphql'],
    languageOptions: {
      parser: graphqlPlugin.parser,
      parserOptions: { graphQLConfig: { schema: schemaFile, documents: operationFiles } },
    },
    plugins: { '@graphql-eslint': graphqlPlugin },
  },
  {
    files: ['**/*.{ts,tsx}/*.graphql'],
    rules: {
      ...graphqlPlugin.configs['flat/operations-recommended'].rules,
      // Operations are named `<Screen>Query` / `<Verb><Noun>Mutation` (codegen drops the doubled suffix).
      '@graphql-eslint/naming-convention': [
        'error',
        {
          OperationDefinition: { style: 'PascalCase', forbiddenPrefixes: ['get'] },
          FragmentDefinition: { style: 'PascalCase', ignorePattern: '^[A-Z][A-Za-z]+_[a-z][A-Za-z]+$' },
        },
      ],
    },
  },
  {
    // Tests ask for exactly what they assert; Apollo's cache, which needs `id` to normalise, is not involved.
    files: ['apps/api/test/**/*.graphql', 'tests/**/*.graphql'],
    rules: { '@graphql-eslint/require-selections': 'off' },
  },
  {
    files: ['packages/schema/schema.graphql'],
    rules: {
      ...graphqlPlugin.configs['flat/schema-recommended'].rules,
      ...graphqlPlugin.configs['flat/schema-relay'].rules,
      // Short, bounded lists (an event's participants, a path's steps) are part of the contract beside connections.
      '@graphql-eslint/relay-edge-types': ['error', { listTypeCanWrapOnlyEdgeType: false, shouldImplementNode: true }],
      // Connections page forward only (first/after); see the schema's pagination notes.
      '@graphql-eslint/relay-arguments': ['error', { includeBoth: false }],
      // Value objects (dates, spans, path steps, vocabulary entries), connection plumbing and
      // mutation results (which carry the node they changed) have no identity.
      '@graphql-eslint/strict-id-in-types': [
        'error',
        {
          exceptions: {
            suffixes: ['Connection', 'Edge', 'Payload'],
            types: [
              'PageInfo',
              'PartialDate',
              'Path',
              'PathStep',
              'PathSearchResult',
              'Neighbourhood',
              'RelationKindInfo',
              'SearchSnippet',
              'SearchSpan',
              'SuggestionSpan',
              'TextRange',
            ],
          },
        },
      ],
    },
  },
);
