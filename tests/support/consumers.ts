import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The consumer fixtures in tests/consumers: small packages that use @parley/schema the ways its
 * README describes, one per supported setup, and a program that asks a server with @parley/client.
 */
export type ConsumerSetup = 'esm-nodenext' | 'esm-bundler' | 'commonjs' | 'gql-tada' | 'relay' | 'client-nodenext';

export interface Outcome {
  status: number | null;
  /** stdout and stderr together: where a tool names the mistake varies. */
  output: string;
}

/**
 * The environment a consumer's tools run in: the test runner's, without what makes tools behave as
 * under test (graphql-codegen stops naming validation errors when NODE_ENV is "test").
 */
function consumerEnvironment(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST')),
  );
}

/** Runs a command to completion in a folder, without a shell; `env` adds to the consumer's environment. */
export function run(
  cwd: string,
  command: string,
  args: string[],
  timeoutMs = 180_000,
  env: Record<string, string> = {},
): Outcome {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    timeout: timeoutMs,
    env: { ...consumerEnvironment(), ...env },
  });
  if (result.error) throw result.error;
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** A scratch folder outside the repository. */
export function scratchFolder(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `parley-${prefix}-`));
}

/**
 * A copy of a consumer fixture in `parent`, named `name`, whose `node_modules` is the given one:
 * as if the consumer had installed its packages there.
 */
export function copyConsumer(setup: ConsumerSetup, parent: string, name: string, nodeModules: string): string {
  const dir = join(parent, name);
  cpSync(join(repositoryRoot, 'tests/consumers', setup), dir, { recursive: true });
  symlinkSync(nodeModules, join(dir, 'node_modules'), 'dir');
  return dir;
}

/** Replaces the first occurrence of `from` in a consumer's file; fails when it is not there. */
export function introduceMistake(dir: string, file: string, from: string, to: string): void {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} has no "${from}" to change`);
  writeFileSync(path, text.replace(from, to));
}

/** The codegen preset generates the consumer's typed `graphql()` (gql.tada: its introspection types). */
export function generate(dir: string, setup: ConsumerSetup): Outcome {
  return setup === 'gql-tada'
    ? run(dir, join(dir, 'node_modules/.bin/gql.tada'), ['generate', 'output'])
    : run(dir, join(dir, 'node_modules/.bin/graphql-codegen'), ['--config', 'codegen.ts']);
}

export function typeCheck(dir: string): Outcome {
  return run(dir, join(dir, 'node_modules/.bin/tsc'), ['-p', '.']);
}

/** In each consumer's main.ts: the field a ready document's result is read through. */
export const READ_OF_READY_DOCUMENT = 'data.actor?.name;';
/** In each consumer's own operation: a field it selects. */
export const OWN_SELECTION = 'target {\n          name';
