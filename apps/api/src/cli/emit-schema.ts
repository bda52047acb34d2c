import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { printErrorCodes } from '../schema/print-error-codes.js';
import { printRelationKinds } from '../schema/print-relation-kinds.js';
import { printParleySchema } from '../schema/schema.js';

/**
 * Writes the public contract into @parley/schema: the printed SDL (schema.graphql), the error
 * codes (src/error-codes.ts) and the relation vocabulary (src/relation-kinds.ts), the facts the SDL
 * cannot carry. `emit-schema <sdl> [<error-codes> [<relation-kinds>]]` writes only to the paths given.
 */
const schemaPackage = new URL('../../../../packages/schema/', import.meta.url);
const [sdlTarget, errorCodesTarget, relationKindsTarget] =
  process.argv.length > 2
    ? process.argv.slice(2, 5)
    : ['schema.graphql', 'src/error-codes.ts', 'src/relation-kinds.ts'].map(
        (file) => new URL(file, schemaPackage).pathname,
      );

if (sdlTarget) write(sdlTarget, await printParleySchema());
if (errorCodesTarget) write(errorCodesTarget, printErrorCodes());
if (relationKindsTarget) write(relationKindsTarget, printRelationKinds());

function write(file: string, text: string) {
  const target = resolve(file);
  writeFileSync(target, text);
  console.log(`wrote ${target}`);
}
