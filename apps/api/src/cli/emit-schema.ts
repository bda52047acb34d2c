import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { printErrorCodes } from '../schema/print-error-codes.js';
import { printParleySchema } from '../schema/schema.js';

/**
 * Writes the public contract into @parley/schema: the printed SDL (schema.graphql) and the error
 * codes (src/error-codes.ts). `emit-schema <sdl> [<error-codes>]` writes only to the paths given.
 */
const schemaPackage = new URL('../../../../packages/schema/', import.meta.url);
const [sdlTarget, errorCodesTarget] =
  process.argv.length > 2
    ? process.argv.slice(2, 4)
    : [new URL('schema.graphql', schemaPackage).pathname, new URL('src/error-codes.ts', schemaPackage).pathname];

if (sdlTarget) write(sdlTarget, await printParleySchema());
if (errorCodesTarget) write(errorCodesTarget, printErrorCodes());

function write(file: string, text: string) {
  const target = resolve(file);
  writeFileSync(target, text);
  console.log(`wrote ${target}`);
}
