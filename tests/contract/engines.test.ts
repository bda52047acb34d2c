import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

/** The repository root, whose package-lock.json lists every package the workspace installs. */
const root = fileURLToPath(new URL('../../', import.meta.url));

interface Manifest {
  name?: string;
  version?: string;
  engines?: { node?: string; npm?: string };
}

describe('the installed packages', () => {
  it('all support the Node.js and npm running them (npm warns EBADENGINE otherwise)', () => {
    const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { link?: boolean }>;
    };
    const npmVersion = execFileSync('npm', ['--version'], { encoding: 'utf8' }).trim();
    // As npm checks engines when it installs: prereleases count, a missing range accepts anything.
    const accepts = (range: string | undefined, version: string) =>
      range === undefined || semver.satisfies(version, range, { includePrerelease: true });

    const unsupported: string[] = [];
    let checked = 0;
    for (const [path, entry] of Object.entries(lock.packages)) {
      // Workspace links are checked at their folder; optional packages for other platforms are not installed.
      const manifestFile = join(root, path, 'package.json');
      if (entry.link || !existsSync(manifestFile)) continue;
      const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
      checked++;
      const { node, npm } = manifest.engines ?? {};
      const where = `${path || '(root)'} ${manifest.version ?? ''}`;
      if (!accepts(node, process.version)) unsupported.push(`${where} wants node ${node!}`);
      if (!accepts(npm, npmVersion)) unsupported.push(`${where} wants npm ${npm!}`);
    }
    expect(checked).toBeGreaterThan(100);
    expect(unsupported, `on node ${process.version}, npm ${npmVersion}`).toEqual([]);
  });
});
