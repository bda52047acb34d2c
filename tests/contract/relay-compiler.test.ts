import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyConsumer, introduceMistake, repositoryRoot, run, scratchFolder } from '../support/consumers.js';

/** relay-compiler (its own binary, offline) over the fragments of tests/consumers/relay/src/fragments.ts. */
function compile(dir: string) {
  return run(dir, join(dir, 'node_modules/.bin/relay-compiler'), []);
}

/**
 * A Relay client of the API: refetchable fragments on a Node type and on Query, and `@connection`
 * on a root connection and on connections nested in other lists, compiled against the shipped SDL.
 */
describe('relay-compiler over the shipped SDL', () => {
  const nodeModules = join(repositoryRoot, 'node_modules');
  let scratch: string;
  beforeAll(() => {
    scratch = scratchFolder('relay');
  });
  afterAll(() => {
    rmSync(scratch, { recursive: true, force: true });
  });

  it('compiles @refetchable fragments and nested @connection lists, refetching through node(id:)', () => {
    const dir = copyConsumer('relay', scratch, 'works', nodeModules);
    const result = compile(dir);
    expect(result.output).toContain('Compilation completed');
    expect(result.status).toBe(0);
    const artifact = (name: string) => join(dir, 'src/__generated__', `${name}.graphql.ts`);
    for (const name of [
      'ActorRelationsRefetchQuery',
      'DocumentEvidencePaginationQuery',
      'RelationListPaginationQuery',
    ]) {
      expect(existsSync(artifact(name)), name).toBe(true);
    }
    // A fragment on a Node type is refetched through `node(id:)`; one on Query directly.
    expect(readFileSync(artifact('DocumentEvidencePaginationQuery'), 'utf8')).toContain('node(id: $id)');
    expect(readFileSync(artifact('RelationListPaginationQuery'), 'utf8')).toMatch(/relations\(/);
  });

  it('refuses backward pagination: connections take first/after only', () => {
    const dir = copyConsumer('relay', scratch, 'backward', nodeModules);
    introduceMistake(
      dir,
      'src/fragments.ts',
      'evidenceConnection(first: $count, after: $cursor)',
      'evidenceConnection(last: $count, before: $cursor)',
    );
    const result = compile(dir);
    expect(result.output).toContain('Compilation failed');
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/last/);
  });

  it('refuses a field the schema does not have, naming it', () => {
    const dir = copyConsumer('relay', scratch, 'misspelt', nodeModules);
    introduceMistake(dir, 'src/fragments.ts', '          quote\n', '          qoute\n');
    const result = compile(dir);
    expect(result.output).toContain('Compilation failed');
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('qoute');
  });
});
