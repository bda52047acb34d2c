import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { printParleySchema } from '../schema/schema.js';

/** Writes the printed contract to packages/schema/schema.graphql, or to the path given. */
const target = resolve(
  process.argv[2] ?? new URL('../../../../packages/schema/schema.graphql', import.meta.url).pathname,
);
writeFileSync(target, await printParleySchema());
console.log(`wrote ${target}`);
