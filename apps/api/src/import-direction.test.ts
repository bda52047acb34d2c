import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Imports run one way: the server assembly (main, server, schema/, db/, cli/, importer/, export/)
 * uses features, features use common/, and common/ uses nothing of the app. export/ is the
 * importer's mirror: it reads every feature and writes the importer's bundle format.
 */
const src = fileURLToPath(new URL('.', import.meta.url));
const assembly = ['schema', 'db', 'cli', 'importer', 'export'];
const folders = readdirSync(src).filter((name) => statSync(join(src, name)).isDirectory());
const features = folders.filter((name) => name !== 'common' && !assembly.includes(name));

/** The relative imports of every source file in a folder, as "file: specifier". */
function relativeImports(folder: string): string[] {
  return readdirSync(join(src, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .flatMap((file) =>
      [...readFileSync(join(src, folder, file), 'utf8').matchAll(/(?:from |import ?\(?)'(\.[^']+)'/g)].map(
        ([, specifier]) => `${folder}/${file}: ${specifier ?? ''}`,
      ),
    );
}

describe('import direction', () => {
  it('finds the features', () => {
    expect(features).toEqual(expect.arrayContaining(['actor', 'relation', 'evidence', 'path']));
  });

  it('keeps common/ free of features and of the server', () => {
    expect(relativeImports('common').filter((line) => !/: \.\/[^/]+$/.test(line))).toEqual([]);
  });

  it('keeps features free of the server assembly', () => {
    const upwards = features
      .flatMap(relativeImports)
      .filter(
        (line) => !/: \.\.\/[a-z-]+\/[^/]+$/.test(line) || new RegExp(`: \\.\\./(${assembly.join('|')})/`).test(line),
      )
      .filter((line) => !/: \.\/[^/]+$/.test(line));
    expect(upwards).toEqual([]);
  });
});
