import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { seedStoryPath } from '@parley/story';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const importScript = createRequire(import.meta.url).resolve('@parley/api/dist/cli/import.js');
const migrateScript = createRequire(import.meta.url).resolve('@parley/api/dist/cli/migrate.js');
const work = mkdtempSync(join(tmpdir(), 'parley-import-'));
const env = { ...process.env, DATABASE_URL: `sqlite:${join(work, 'parley.sqlite')}`, LOG_LEVEL: 'silent' };

/** Runs `npm run import`'s script; resolves with exit code and output instead of throwing. */
async function importFiles(...files: string[]) {
  return importInto(env, files);
}

async function importInto(env: NodeJS.ProcessEnv, files: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [importScript, ...files], { env, cwd: work });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** The parts of a story bundle this suite rewrites. */
interface BundleJson {
  document: { slug: string };
  events: { slug: string }[];
  negotiations: unknown[];
  relations: { event?: string; evidence: { quote: string }[] }[];
  statements: { event?: string }[];
  figures: { attribution?: string }[];
}

describe('npm run import', () => {
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('imports a story bundle, then finds nothing to change the second time', async () => {
    const first = await importFiles(seedStoryPath);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/us-venezuela-talks-2024-04-11 created \(32 actors, .* 21 relations, .*\)/);
    const again = await importFiles(seedStoryPath);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/us-venezuela-talks-2024-04-11 unchanged/);
  });

  it('rejects a bundle with a bad quote and a bad reference, naming where each problem is', async () => {
    const storyDir = join(work, 'broken');
    cpSync(join(seedStoryPath, '..'), storyDir, { recursive: true });
    const bundle = JSON.parse(readFileSync(join(storyDir, 'story.json'), 'utf8')) as BundleJson;
    bundle.document.slug = 'broken-copy';
    bundle.events = bundle.events.map((event) => ({ ...event, slug: `copy-${event.slug}` }));
    bundle.negotiations = [];
    bundle.relations = bundle.relations.map((relation) => ({
      ...relation,
      event: relation.event && `copy-${relation.event}`,
    }));
    bundle.statements = bundle.statements.map((statement) => ({
      ...statement,
      event: statement.event && `copy-${statement.event}`,
    }));
    bundle.relations[2]!.evidence[0]!.quote = 'Colombia praised Maduro';
    bundle.figures[1]!.attribution = 'somebody-else';
    writeFileSync(join(storyDir, 'story.json'), JSON.stringify(bundle));

    const result = await importFiles(join(storyDir, 'story.json'));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/2 problems; nothing was imported/);
    expect(result.stderr).toMatch(
      /relations\[2\]\.evidence\[0\]: quote not found in the text: "Colombia praised Maduro"/,
    );
    expect(result.stderr).toMatch(/figures\[1\]\.attribution: no attribution "somebody-else"/);
  });

  it('explains a file that is not JSON', async () => {
    writeFileSync(join(work, 'not-json.json'), '{ "format": ');
    const result = await importFiles(join(work, 'not-json.json'));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/not valid JSON/);
  });

  it('runs concurrent imports into one SQLite file one after the other, all succeeding', async () => {
    const shared = { ...env, DATABASE_URL: `sqlite:${join(work, 'concurrent.sqlite')}` };
    await run(process.execPath, [migrateScript], { env: shared, cwd: work });
    const started = Date.now();
    const results = await Promise.all([1, 2, 3].map(() => importInto(shared, [seedStoryPath])));
    console.log(
      `3 concurrent imports: exit codes ${results.map((result) => result.code).join(', ')}, ` +
        `${results.map((result) => /(created|unchanged)/.exec(result.stdout)?.[1] ?? 'failed').join(', ')} ` +
        `in ${Date.now() - started} ms`,
    );
    for (const result of results) {
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
    }
    // The first to take the lock writes; the others wait for it, then find the same bundle there.
    expect(results.filter((result) => /created/.test(result.stdout))).toHaveLength(1);
    expect(results.filter((result) => /unchanged/.test(result.stdout))).toHaveLength(2);
  });
});
