import { ErrorCode, relationKinds } from '@parley/schema';
import { postGraphQL, startServer, type RunningServer } from '@parley/test-support';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
  type ConsumerSetup,
} from '../support/consumers.js';

const schemaPackage = join(repositoryRoot, 'packages/schema');
const clientPackage = join(repositoryRoot, 'packages/client');
const rootManifest = JSON.parse(readFileSync(join(repositoryRoot, 'package.json'), 'utf8')) as {
  overrides: Record<string, string>;
};
const version = (name: string) =>
  (JSON.parse(readFileSync(join(repositoryRoot, 'node_modules', name, 'package.json'), 'utf8')) as { version: string })
    .version;

/**
 * What a consumer installs beside the packages: their peer `graphql`, TypeScript, the code
 * generators, and Node's types (the client program reads its server's address from the environment).
 */
const companions = [
  'graphql',
  'typescript',
  '@graphql-codegen/cli',
  '@graphql-codegen/client-preset',
  'gql.tada',
  '@types/node',
];

/** `npm pack`s a workspace package into a folder; the tarball's path. */
function pack(packageFolder: string, destination: string): string {
  const packed = run(packageFolder, 'npm', ['pack', '--json', '--pack-destination', destination]);
  expect(packed.status, packed.output).toBe(0);
  const [{ filename }] = JSON.parse(packed.output.slice(packed.output.indexOf('['))) as [{ filename: string }];
  return join(destination, filename);
}

/** What each setup's `node dist/main.js` prints: the ready document, the own one, and schema facts. */
const expectedRun = {
  ready: 'ActorProfileQuery',
  own: 'WhoMetQuery',
  metWith: relationKinds.MET_WITH.category,
  notFound: ErrorCode.NOT_FOUND,
  firstDay: '2024-04-09',
};

/**
 * @parley/schema and @parley/client as a project outside this repository gets them: `npm pack`ed,
 * installed from the tarballs into one scratch folder beside `graphql` (the versions this
 * repository uses, from npm's cache where it has them), and used by one consumer per supported
 * setup (tests/consumers), one of them a program asking a running server through the client.
 */
describe('the packed @parley/schema and @parley/client, installed outside the repository', () => {
  let scratch: string;
  let nodeModules: string;

  beforeAll(() => {
    scratch = scratchFolder('packed');
    const tarballs = [pack(schemaPackage, scratch), pack(clientPackage, scratch)];
    // The repository's overrides keep the code generator's dependencies on versions that run on Node 20.
    writeFileSync(
      join(scratch, 'package.json'),
      JSON.stringify({ name: 'parley-consumers', private: true, overrides: rootManifest.overrides }),
    );
    const installed = run(scratch, 'npm', [
      'install',
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
      '--ignore-scripts',
      ...tarballs,
      ...companions.map((name) => `${name}@${version(name)}`),
    ]);
    expect(installed.status, installed.output).toBe(0);
    nodeModules = join(scratch, 'node_modules');
  }, 300_000);

  afterAll(() => {
    rmSync(scratch, { recursive: true, force: true });
  });

  it('ships the built code, SDL, introspection, README, LICENSE and CHANGELOG, and no sources', () => {
    const installed = join(nodeModules, '@parley/schema');
    const files = readdirSync(installed, { recursive: true, encoding: 'utf8' });
    expect(files).toEqual(
      expect.arrayContaining([
        'README.md',
        'LICENSE',
        'CHANGELOG.md',
        'schema.graphql',
        'introspection.json',
        'dist/index.js',
        'dist/codegen.js',
        'dist/cjs/index.js',
        'dist/cjs/package.json',
      ]),
    );
    expect(files.filter((file) => file.startsWith('src/') || file.startsWith('scripts/'))).toEqual([]);
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest.private).toBeUndefined();
    expect(manifest.dependencies).not.toHaveProperty('graphql');
    expect(manifest.peerDependencies).toHaveProperty('graphql');
  });

  it('has source maps that carry their sources, so they resolve without the repository', () => {
    const installed = join(nodeModules, '@parley/schema');
    const maps = readdirSync(installed, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.map'));
    expect(maps.length).toBeGreaterThan(5);
    for (const map of maps) {
      const { sources, sourcesContent } = JSON.parse(readFileSync(join(installed, map), 'utf8')) as {
        sources: string[];
        sourcesContent?: (string | null)[];
      };
      expect(sourcesContent?.filter((content) => typeof content === 'string').length, map).toBe(sources.length);
    }
  });

  it('gives require() the CommonJS build and import the ES module build', () => {
    const dir = copyConsumer('commonjs', scratch, 'resolution', nodeModules);
    const required = run(dir, process.execPath, ['-p', "require.resolve('@parley/schema')"]);
    expect(required.output.trim()).toMatch(/node_modules\/@parley\/schema\/dist\/cjs\/index\.js$/);
    const imported = run(dir, process.execPath, [
      '--input-type=module',
      '-e',
      "console.log(import.meta.resolve('@parley/schema'))",
    ]);
    expect(imported.output.trim()).toMatch(/node_modules\/@parley\/schema\/dist\/index\.js$/);
  });

  const setups: { setup: ConsumerSetup; runs: boolean }[] = [
    { setup: 'esm-nodenext', runs: true },
    { setup: 'commonjs', runs: true },
    { setup: 'esm-bundler', runs: false },
    { setup: 'gql-tada', runs: false },
  ];

  describe.each(setups)('a $setup consumer', ({ setup, runs }) => {
    it(
      'types a ready document and its own operation' + (runs ? ', and runs' : ''),
      () => {
        const dir = copyConsumer(setup, scratch, `${setup}-works`, nodeModules);
        const generated = generate(dir, setup);
        expect(generated.status, generated.output).toBe(0);
        const checked = typeCheck(dir);
        expect(checked.output).toBe('');
        expect(checked.status).toBe(0);
        if (!runs) return;
        const ran = run(dir, process.execPath, ['dist/main.js']);
        expect(ran.status, ran.output).toBe(0);
        expect(JSON.parse(ran.output)).toEqual(expectedRun);
      },
      180_000,
    );

    it('fails on a misspelt field in its own operation, naming it', () => {
      const dir = copyConsumer(setup, scratch, `${setup}-misspelt`, nodeModules);
      introduceMistake(dir, 'src/main.ts', OWN_SELECTION, OWN_SELECTION.replace('name', 'nmae'));
      const generated = generate(dir, setup);
      if (setup === 'gql-tada') {
        // gql.tada types at compile time: the build (tsc) is what fails.
        expect(generated.status, generated.output).toBe(0);
        const checked = typeCheck(dir);
        expect(checked.status).not.toBe(0);
        expect(checked.output).toContain('nmae');
      } else {
        expect(generated.status).not.toBe(0);
        expect(generated.output).toContain('Cannot query field "nmae" on type "Actor"');
      }
    }, 180_000);

    if (setup !== 'gql-tada') {
      it('fails to type-check a read of a field the ready document does not have, naming it', () => {
        const dir = copyConsumer(setup, scratch, `${setup}-misread`, nodeModules);
        introduceMistake(dir, 'src/main.ts', READ_OF_READY_DOCUMENT, READ_OF_READY_DOCUMENT.replace('name', 'nmae'));
        expect(generate(dir, setup).status).toBe(0);
        const checked = typeCheck(dir);
        expect(checked.status).not.toBe(0);
        expect(checked.output).toMatch(/error TS2339: Property 'nmae' does not exist/);
      }, 180_000);
    }
  });

  describe('@parley/client, asking a running server from a program of its own', () => {
    let server: RunningServer | undefined;
    let endpoint: string;
    beforeAll(async () => {
      server = await startServer('sqlite');
      endpoint = `${server.url}/graphql`;
    }, 60_000);
    afterAll(async () => {
      await server?.stop();
    });

    /** What the server answers the program's questions with, asked without the client. */
    async function answers() {
      const everyActor = await postGraphQL(server!.url, {
        query: '{ actors(first: 100) { totalCount nodes { slug } } }',
      });
      const actors = (everyActor.json?.data as { actors: { totalCount: number; nodes: { slug: string }[] } }).actors;
      expect(actors.totalCount).toBe(actors.nodes.length);
      const whoMet = await postGraphQL(server!.url, {
        query: '{ actor(slug: "nicolas-maduro") { relations(kinds: [MET_WITH]) { target { name } } } }',
      });
      const relations = (whoMet.json?.data as { actor: { relations: { target: { name: string } }[] } }).actor.relations;
      return { slugs: actors.nodes.map((actor) => actor.slug), met: relations.map((relation) => relation.target.name) };
    }

    it('ships the built code with its types, README and LICENSE, and no sources or tests', () => {
      const installed = join(nodeModules, '@parley/client');
      const files = readdirSync(installed, { recursive: true, encoding: 'utf8' });
      expect(files).toEqual(expect.arrayContaining(['README.md', 'LICENSE', 'dist/index.js', 'dist/index.d.ts']));
      expect(files.filter((file) => /^(src|test)\//.test(file))).toEqual([]);
      const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as Record<string, unknown>;
      expect(manifest.private).toBeUndefined();
      expect(manifest.dependencies).not.toHaveProperty('graphql');
      expect(manifest.peerDependencies).toHaveProperty('graphql');
    });

    it('requests a ready document and its own typed operation, pages a connection to its end, and reads an error code', async () => {
      const dir = copyConsumer('client-nodenext', scratch, 'client-works', nodeModules);
      const generated = generate(dir, 'client-nodenext');
      expect(generated.status, generated.output).toBe(0);
      const checked = typeCheck(dir);
      expect(checked.output).toBe('');
      expect(checked.status).toBe(0);
      const ran = run(dir, process.execPath, ['dist/main.js'], 60_000, { PARLEY_URL: endpoint });
      expect(ran.status, ran.output).toBe(0);
      const { slugs, met } = await answers();
      // Pages of 7: several requests, every actor once, in the server's order.
      expect(slugs.length).toBeGreaterThan(14);
      expect(JSON.parse(ran.output)).toEqual({
        ready: 'Nicolás Maduro',
        own: [...met].sort(),
        paged: slugs,
        notFound: ErrorCode.NOT_FOUND,
      });
    }, 180_000);

    it('fails to type-check a misspelt field of a paged node, naming it', () => {
      const dir = copyConsumer('client-nodenext', scratch, 'client-misread', nodeModules);
      introduceMistake(dir, 'src/main.ts', 'slugs.push(actor.slug)', 'slugs.push(actor.slgu)');
      expect(generate(dir, 'client-nodenext').status).toBe(0);
      const checked = typeCheck(dir);
      expect(checked.status).not.toBe(0);
      // paginate typed each node by the operation's selection.
      expect(checked.output).toMatch(
        /error TS2339: Property 'slgu' does not exist on type '\{ slug: string; kind: ActorKind; \}'/,
      );
    }, 180_000);
  });
});
