import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { postGraphQL, startServer, type RunningServer } from '@parley/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** The built `parley` binary, as `npx parley` runs it (the bin of @parley/cli). */
const cliPackage = createRequire(import.meta.url).resolve('@parley/cli/package.json');
const { bin } = JSON.parse(readFileSync(cliPackage, 'utf8')) as { bin: { parley: string } };
const parleyBin = join(dirname(cliPackage), bin.parley);

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `parley …` and resolves with its exit code and output, whatever the code. */
function parley(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [parleyBin, ...args],
      { env: { ...process.env, PARLEY_URL: '', ...env }, maxBuffer: 20 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 1));
    });
  });
}

interface Named {
  slug: string;
  name: string;
}

describe('the parley command against a running server', () => {
  let server: RunningServer;
  let url: string;
  const work = mkdtempSync(join(tmpdir(), 'parley-cli-'));
  /** Asks the API directly, to compare the command's answers with. */
  async function ask<T>(query: string): Promise<T> {
    const { json } = await postGraphQL(server.url, { query });
    if (!json?.data) throw new Error(`query failed: ${JSON.stringify(json)}`);
    return json.data as T;
  }

  beforeAll(async () => {
    server = await startServer('sqlite');
    url = `${server.url}/graphql`;
  });
  afterAll(async () => {
    await server.stop();
    rmSync(work, { recursive: true, force: true });
  });

  it('prints who pressured Maduro, with each quote and who says so', async () => {
    const expected = await ask<{
      relations: {
        nodes: { source: Named; attribution: { source: Named | null }; evidence: { quote: string }[] }[];
      };
    }>(
      '{ relations(first: 100, filter: { target: "nicolas-maduro", categories: [PRESSURE, COERCION] }) { nodes { source { slug name } attribution { source { slug name } } evidence { quote } } } }',
    );
    expect(expected.relations.nodes.length).toBeGreaterThan(0);
    // The URL from the environment, as a user would set it once.
    const run = await parley(['pressure', '--target', 'nicolas-maduro'], { PARLEY_URL: url });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Nicolás Maduro');
    const flat = run.stdout.replace(/\s+/g, ' ');
    for (const relation of expected.relations.nodes) {
      expect(run.stdout).toContain(relation.source.name);
      expect(flat).toContain(`“${relation.evidence[0]!.quote.split(/\s+/).slice(0, 3).join(' ')}`);
      if (relation.attribution.source) expect(run.stdout).toContain(relation.attribution.source.name);
    }
  });

  it('gives the same pressure as JSON, filtered by source and target', async () => {
    const run = await parley(['--url', url, '--json', 'pressure', '--target', 'nicolas-maduro']);
    const relations = JSON.parse(run.stdout) as { target: Named; evidence: { quote: string }[] }[];
    expect(relations.length).toBeGreaterThan(0);
    for (const relation of relations) {
      expect(relation.target.slug).toBe('nicolas-maduro');
      expect(relation.evidence.length).toBeGreaterThan(0);
    }
    const bySource = JSON.parse(
      (await parley(['--url', url, '--json', 'pressure', '--source', 'united-states'])).stdout,
    ) as {
      source: Named;
    }[];
    expect(bySource.length).toBeGreaterThan(0);
    expect(bySource.every((relation) => relation.source.slug === 'united-states')).toBe(true);
  });

  it('describes an actor, in text and as JSON', async () => {
    const text = await parley(['--url', url, 'actor', 'nicolas-maduro']);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^Nicolás Maduro \(person, nicolas-maduro\)/);
    expect(text.stdout).toContain('Positions:');
    const json = JSON.parse((await parley(['--url', url, '--json', 'actor', 'nicolas-maduro'])).stdout) as {
      name: string;
      relations: unknown[];
    };
    expect(json.name).toBe('Nicolás Maduro');
    expect(json.relations.length).toBeGreaterThan(0);
  });

  it('lists events between two dates and by words, as the API finds them', async () => {
    const run = await parley(['--url', url, '--json', 'events', '--from', '2024-02-01', '--to', '2024-03-31']);
    expect(run.code).toBe(0);
    const events = JSON.parse(run.stdout) as { slug: string; date: { start: string; end: string } | null }[];
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) {
      expect(event.date!.end >= '2024-02-01' && event.date!.start <= '2024-03-31').toBe(true);
    }
    const all = JSON.parse((await parley(['--url', url, '--json', 'events'])).stdout) as unknown[];
    expect(all.length).toBeGreaterThan(events.length);

    const expected = await ask<{ events: { nodes: { slug: string }[] } }>(
      '{ events(first: 100, filter: { text: "Mexico City" }) { nodes { slug } } }',
    );
    const byText = JSON.parse((await parley(['--url', url, '--json', 'events', '--text', 'Mexico City'])).stdout) as {
      slug: string;
    }[];
    expect(byText.map((event) => event.slug)).toEqual(expected.events.nodes.map((event) => event.slug));
    expect((await parley(['--url', url, 'events', '--text', 'Mexico City'])).stdout).toMatch(/^\d+ events?\n/);
  });

  it('finds paths from one actor to another, each step from where the last one ended', async () => {
    const run = await parley(['--url', url, '--json', 'path', 'gustavo-petro', 'maria-corina-machado']);
    expect(run.code).toBe(0);
    const paths = JSON.parse(run.stdout) as { length: number; steps: { from: Named; to: Named }[] }[];
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) {
      expect(path.steps).toHaveLength(path.length);
      expect(path.steps[0]!.from.slug).toBe('gustavo-petro');
      expect(path.steps.at(-1)!.to.slug).toBe('maria-corina-machado');
      path.steps.slice(1).forEach((step, index) => expect(step.from.slug).toBe(path.steps[index]!.to.slug));
    }
    const text = await parley(['--url', url, 'path', 'gustavo-petro', 'maria-corina-machado']);
    expect(text.stdout).toMatch(/^Path 1 \(\d+ steps?\):\n {2}Gustavo Petro /);
  });

  it('lists statements of the kinds asked for', async () => {
    const expected = await ask<{ statements: { nodes: { speaker: Named }[] } }>(
      '{ statements(first: 100, kinds: [DECLINED_TO_COMMENT, NO_REPLY]) { nodes { speaker { slug name } } } }',
    );
    const run = await parley(['--url', url, '--json', 'statements', '--kind', 'declined_to_comment,NO_REPLY']);
    expect(run.code).toBe(0);
    const statements = JSON.parse(run.stdout) as { kind: string; speaker: Named }[];
    expect(statements.map((s) => s.speaker.slug)).toEqual(expected.statements.nodes.map((s) => s.speaker.slug));
    expect(statements.every((s) => s.kind === 'DECLINED_TO_COMMENT' || s.kind === 'NO_REPLY')).toBe(true);
    const text = await parley(['--url', url, 'statements', '--kind', 'NO_REPLY']);
    expect(text.stdout).toContain('no reply');
  });

  it('downloads exports to a file or to standard output', async () => {
    const out = join(work, 'relations.csv');
    const csv = await parley(['--url', url, 'export', 'csv', '--out', out]);
    expect(csv.code).toBe(0);
    const lines = readFileSync(out, 'utf8').trimEnd().split('\n');
    expect(lines[0]).toMatch(/^document,relation,kind,/);
    expect(lines.length).toBeGreaterThan(1);
    const bundle = await parley(['--url', url, 'export', 'bundle', '--document', 'us-venezuela-talks-2024-04-11']);
    expect(JSON.parse(bundle.stdout)).toMatchObject({ format: 'parley-story/1' });
    const gexf = await parley(['--url', url, 'export', 'gexf']);
    expect(gexf.stdout).toMatch(/^<\?xml[^]*<gexf[^]*<\/gexf>\n$/);
  });

  it('exports a story that `npm run import` reads back into an empty database', async () => {
    const file = join(work, 'story-export.json');
    const exported = await parley([
      '--url',
      url,
      'export',
      'bundle',
      '--document',
      'us-venezuela-talks-2024-04-11',
      '--out',
      file,
    ]);
    expect(exported.code).toBe(0);
    const importScript = createRequire(import.meta.url).resolve('@parley/api/dist/cli/import.js');
    const imported = await new Promise<Run>((resolve) => {
      execFile(
        process.execPath,
        [importScript, file],
        {
          env: {
            ...process.env,
            DATABASE_URL: `sqlite:${join(work, 'copy.sqlite')}`,
            PARLEY_CREATE_DATABASE: 'true',
            LOG_LEVEL: 'silent',
          },
        },
        (error, stdout, stderr) => resolve({ code: error ? 1 : 0, stdout, stderr }),
      );
    });
    expect(imported.stderr).toBe('');
    expect(imported.stdout).toMatch(/us-venezuela-talks-2024-04-11 created \(\d+ actors, .*\d+ relations/);
  });

  it('exits 1 with one line on stderr when what is asked for does not exist', async () => {
    for (const args of [
      ['actor', 'nobody-at-all'],
      ['pressure', '--target', 'nobody-at-all'],
      ['path', 'nobody-at-all', 'nicolas-maduro'],
      ['export', 'csv', '--document', 'no-such-story'],
    ]) {
      const run = await parley(['--url', url, ...args]);
      expect(run.code, args.join(' ')).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/^parley: .*nobody-at-all|^parley: .*no-such-story/);
      expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    }
  });

  it('exits 2 with one line on stderr for a wrong command line', async () => {
    for (const args of [
      ['pressure', '--tagret', 'nicolas-maduro'],
      ['actor'],
      ['events', '--from', 'last week'],
      ['events', '--from', '2024-02-30'],
      ['statements', '--kind', 'WHISPER'],
      ['export', 'dot'],
      ['frobnicate'],
    ]) {
      const run = await parley(['--url', url, ...args]);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(/^parley: /);
      expect(run.stderr.trimEnd().split('\n'), args.join(' ')).toHaveLength(1);
    }
    const help = await parley(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('pressure');
  });

  it('exits 3 when the server cannot be reached', async () => {
    const nowhere = `http://127.0.0.1:${await closedPort()}/graphql`;
    for (const args of [
      ['actor', 'nicolas-maduro'],
      ['export', 'csv'],
    ]) {
      const run = await parley(['--url', nowhere, ...args]);
      expect(run.code).toBe(3);
      expect(run.stderr).toMatch(/^parley: cannot reach http:\/\/127\.0\.0\.1:\d+.*ECONNREFUSED/);
    }
  });
});
