import { seedStoryPath } from '@parley/story';
import { describeEachDatabase } from '@parley/test-support/vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { BundleError } from '../src/importer/import-errors.js';
import { importStory } from '../src/importer/import-story.js';
import { loadBundleFile } from '../src/importer/load-bundle.js';
import { useTestApi } from './harness.js';

const work = mkdtempSync(join(tmpdir(), 'parley-bundle-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of the seed story in its own folder, with the document changed as given. */
function bundleWith(name: string, document: Record<string, unknown>): string {
  const folder = join(work, name);
  cpSync(dirname(seedStoryPath), folder, { recursive: true });
  const file = join(folder, 'story.json');
  const bundle = JSON.parse(readFileSync(file, 'utf8')) as { document: Record<string, unknown> };
  writeFileSync(file, JSON.stringify({ ...bundle, document: { ...bundle.document, ...document } }));
  return file;
}

/** The problems a rejected load or import reports. */
async function problemsOf(attempt: Promise<unknown>) {
  const error = await attempt.then(
    () => undefined,
    (failure: unknown) => failure,
  );
  expect(error).toBeInstanceOf(BundleError);
  return (error as BundleError).problems;
}

it('reads the text only from the bundle’s own folder', async () => {
  for (const textFile of ['../../../../etc/passwd', '/etc/passwd', 'link.txt']) {
    const file = bundleWith(`outside-${textFile.replace(/\W/g, '')}`, { textFile });
    if (textFile === 'link.txt') symlinkSync('/etc/passwd', join(dirname(file), 'link.txt'));
    expect(await problemsOf(loadBundleFile(file)), textFile).toEqual([
      { path: 'document.textFile', message: expect.stringMatching(/bundle's own folder/) as unknown },
    ]);
  }
  const inside = await loadBundleFile(bundleWith('inside', {}));
  expect(inside.text.length).toBeGreaterThan(100);
});

describeEachDatabase('importer field lengths', (database) => {
  const api = useTestApi(database, { seed: false });

  it('refuses a 600-character title in validation, at its path, before writing', async () => {
    const loaded = await loadBundleFile(bundleWith(`long-title-${database}`, { title: 'T'.repeat(600) }));
    expect(await problemsOf(importStory(api.db.orm.em, loaded))).toEqual([
      { path: 'document.title', message: 'is limited to 500 characters, got 600' },
    ]);
    expect(await api.db.orm.em.fork().count('Document')).toBe(0);
  });
});
