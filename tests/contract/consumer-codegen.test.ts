import { ErrorCode, relationKinds } from '@parley/schema';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  copyConsumer,
  generate,
  introduceMistake,
  OWN_SELECTION,
  READ_OF_READY_DOCUMENT,
  repositoryRoot,
  run,
  scratchFolder,
  typeCheck,
} from '../support/consumers.js';

/**
 * A package of the workspace's kind (ESM, NodeNext) typing its own operations with the codegen
 * preset `@parley/schema/codegen`, against the SDL the package ships (tests/consumers/esm-nodenext).
 */
describe('a consumer package using the codegen preset', () => {
  const nodeModules = join(repositoryRoot, 'node_modules');
  let scratch: string;
  beforeAll(() => {
    scratch = scratchFolder('consumer');
  });
  afterAll(() => {
    rmSync(scratch, { recursive: true, force: true });
  });

  it('types its own operation and the ready documents, and runs', () => {
    const dir = copyConsumer('esm-nodenext', scratch, 'works', nodeModules);
    expect(generate(dir, 'esm-nodenext')).toMatchObject({ status: 0 });
    const checked = typeCheck(dir);
    expect(checked.output).toBe('');
    expect(checked.status).toBe(0);
    const ran = run(dir, process.execPath, ['dist/main.js']);
    expect(ran.status).toBe(0);
    expect(JSON.parse(ran.output)).toEqual({
      ready: 'ActorProfileQuery',
      own: 'WhoMetQuery',
      metWith: relationKinds.MET_WITH.category,
      notFound: ErrorCode.NOT_FOUND,
      firstDay: '2024-04-09',
    });
  }, 120_000);

  it('does not build when its own operation misspells a field, and names the field', () => {
    const dir = copyConsumer('esm-nodenext', scratch, 'misspelt-field', nodeModules);
    introduceMistake(dir, 'src/main.ts', OWN_SELECTION, OWN_SELECTION.replace('name', 'nmae'));
    const generated = generate(dir, 'esm-nodenext');
    expect(generated.status).not.toBe(0);
    expect(generated.output).toContain('Cannot query field "nmae" on type "Actor"');
  }, 120_000);

  it('does not type-check when it reads a field the ready document does not have, and names the field', () => {
    const dir = copyConsumer('esm-nodenext', scratch, 'misread-field', nodeModules);
    introduceMistake(dir, 'src/main.ts', READ_OF_READY_DOCUMENT, READ_OF_READY_DOCUMENT.replace('name', 'nmae'));
    expect(generate(dir, 'esm-nodenext').status).toBe(0);
    const checked = typeCheck(dir);
    expect(checked.status).not.toBe(0);
    expect(checked.output).toMatch(/error TS2339: Property 'nmae' does not exist/);
  }, 120_000);
});
