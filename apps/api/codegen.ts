import { parleyCodegenConfig } from '@parley/schema/codegen';

/** The API tests' typed documents, generated against the SDL @parley/schema ships, with its preset. */
export default parleyCodegenConfig({ documents: ['test/**/*.ts', '!test/gql/**'], output: './test/gql/' });
