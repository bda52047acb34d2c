import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, expect, it } from 'vitest';

const run = promisify(execFile);
const mainScript = fileURLToPath(new URL('../../apps/api/dist/main.js', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'parley-startup-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

it('refuses to start over a missing SQLite file at a configured path, instead of starting afresh', async () => {
  const file = join(work, 'mounted', 'parley.sqlite');
  const env = { ...process.env, DATABASE_URL: `sqlite:${file}`, PARLEY_CREATE_DATABASE: 'false', PORT: '0' };
  const outcome = await run(process.execPath, [mainScript], { env, timeout: 20_000 }).then(
    () => ({ code: 0, stdout: '' }),
    (error: unknown) => error as { code: number; stdout: string },
  );
  expect(outcome.code).toBe(1);
  const line = JSON.parse(outcome.stdout.trim().split('\n').at(-1) ?? '{}') as { msg?: string; file?: string };
  expect(line.file).toBe(file);
  expect(line.msg).toMatch(/does not exist.*PARLEY_CREATE_DATABASE/);
  expect(existsSync(file)).toBe(false);
});
