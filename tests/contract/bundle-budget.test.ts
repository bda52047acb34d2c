import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const dist = join(dirname(createRequire(import.meta.url).resolve('@parley/web/package.json')), 'dist');
type Manifest = Record<
  string,
  { file: string; isEntry?: boolean; imports?: string[]; dynamicImports?: string[]; src?: string }
>;
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Manifest;

/** Every chunk a chunk loads before it runs (static imports, transitively). */
function closure(key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const imported of manifest[key]?.imports ?? []) closure(imported, seen);
  return seen;
}

const gzipKb = (keys: Set<string>) =>
  [...keys].reduce((sum, key) => sum + gzipSync(readFileSync(join(dist, manifest[key]!.file))).length, 0) / 1024;

describe('the explorer bundle', () => {
  const entry = Object.keys(manifest).find((key) => manifest[key]!.isEntry)!;
  const overview = Object.keys(manifest).find((key) => key.endsWith('overview-page.tsx'))!;
  const firstView = new Set([...closure(entry), ...closure(overview)]);

  it('loads under 250 KB of gzipped JavaScript for the first view', () => {
    const size = gzipKb(firstView);
    console.log(`first view: ${size.toFixed(1)} KB gzipped in ${firstView.size} chunks`);
    expect(size).toBeLessThan(250);
  });

  it('keeps the graph library and the playground editor out of the first view', () => {
    const files = [...firstView].map((key) => manifest[key]!.file).join(' ');
    expect(files).not.toMatch(/network-graph|playground-page|monaco/);
    expect(Object.keys(manifest).some((key) => key.endsWith('playground-page.tsx'))).toBe(true);
  });
});
