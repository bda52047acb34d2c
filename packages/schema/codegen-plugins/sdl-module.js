// A codegen plugin: the committed SDL, verbatim, as a TypeScript string constant.
import { readFileSync } from 'node:fs';

export function plugin(_schema, _documents, config) {
  const sdl = readFileSync(config.file, 'utf8');
  return [
    '// The printed SDL of the Parley API, as a string (the same text as @parley/schema/schema.graphql).',
    '// GENERATED FILE — do not edit. Regenerate with `npm run generate`.',
    '',
    '/** The whole SDL: for tools that take the schema as text (`buildSchema(schemaSdl)`). */',
    `export const schemaSdl: string = ${JSON.stringify(sdl)};`,
    '',
  ].join('\n');
}
