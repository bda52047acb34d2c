import { parleyCodegenConfig } from '@parley/schema/codegen';

/**
 * The explorer's typed documents, generated against the SDL @parley/schema ships, with its preset.
 *
 * One masking mechanism: the client preset's type-level fragment masking. A component states its
 * data as a fragment next to itself and takes `FragmentType<typeof Fragment>`; a parent that spreads
 * the fragment can pass the object on but not read those fields. Chosen over Apollo Client's
 * runtime data masking because half the explorer's fragments are on value objects without identity
 * (Evidence, PartialDate), which Apollo's `useFragment` cannot watch in the cache, and because
 * components stay plain functions of their props: no cache subscription per component, renderable
 * in tests without a client. The explorer only reads, so Apollo's finer re-rendering would buy little.
 * The unmasking function is called `getFragmentData`, not `useFragment`: it is not a hook, and may
 * run in loops and conditions.
 */
export default parleyCodegenConfig({
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**'],
  output: './src/gql/',
  fragmentMasking: { unmaskFunctionName: 'getFragmentData' },
  // Dates come from form fields and the URL as plain strings; the server checks their shape.
  config: { scalars: { Date: 'string' } },
});
