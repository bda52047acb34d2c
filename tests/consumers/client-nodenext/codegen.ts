import { parleyCodegenConfig } from '@parley/schema/codegen';

export default parleyCodegenConfig({ documents: ['src/**/*.ts', '!src/gql/**'], output: './src/gql/' });
