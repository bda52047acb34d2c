import { generate, type CodegenConfig } from '@graphql-codegen/cli';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const schemaPackage = dirname(require.resolve('@parley/schema/schema.graphql'));
const emitSchemaScript = require.resolve('@parley/api/dist/cli/emit-schema.js');
const committedSdl = readFileSync(join(schemaPackage, 'schema.graphql'), 'utf8');
const committedErrorCodes = readFileSync(join(schemaPackage, 'src/error-codes.ts'), 'utf8');
const committedRelationKinds = readFileSync(join(schemaPackage, 'src/relation-kinds.ts'), 'utf8');

/** Every package that generates typed documents from the SDL, with its own codegen.ts. */
const codegenPackages = {
  '@parley/schema': schemaPackage,
  '@parley/api': dirname(require.resolve('@parley/api/package.json')),
  '@parley/web': dirname(require.resolve('@parley/web/package.json')),
};

let emitted: { sdl: string; errorCodes: string; relationKinds: string } | undefined;

/** What the API's emit-schema prints now (run once, into a scratch folder). */
function emitContract() {
  if (emitted) return emitted;
  const out = mkdtempSync(join(tmpdir(), 'parley-contract-'));
  const files = ['schema.graphql', 'error-codes.ts', 'relation-kinds.ts'].map((file) => join(out, file));
  execFileSync(process.execPath, [emitSchemaScript, ...files], { stdio: 'pipe' });
  const [sdl, errorCodes, relationKinds] = files.map((file) => readFileSync(file, 'utf8')) as [string, string, string];
  emitted = { sdl, errorCodes, relationKinds };
  return emitted;
}

/** What a package's codegen.ts generates now, without writing it: file name (from the package) and text. */
async function generateInMemory(packageDir: string): Promise<{ filename: string; content: string }[]> {
  const { default: config } = (await import(join(packageDir, 'codegen.ts'))) as { default: CodegenConfig };
  const previous = process.cwd();
  process.chdir(packageDir);
  try {
    return (await generate({ ...config, silent: true, verbose: false }, false)) as {
      filename: string;
      content: string;
    }[];
  } finally {
    process.chdir(previous);
  }
}

describe('the committed contract', () => {
  it('is exactly what the API prints now (run `npm run generate` after changing the API)', () => {
    expect(emitContract().sdl).toBe(committedSdl);
  });

  it('lists exactly the error codes the API sends (run `npm run generate` after changing them)', () => {
    expect(emitContract().errorCodes).toBe(committedErrorCodes);
  });

  it('lists exactly the relation kinds and their metadata the API defines (run `npm run generate`)', () => {
    expect(emitContract().relationKinds).toBe(committedRelationKinds);
  });

  it.each(Object.entries(codegenPackages))(
    '%s has generated types and documents that match the SDL and its operations (run `npm run generate`)',
    async (_name, packageDir) => {
      const outputs = await generateInMemory(packageDir);
      expect(outputs.length).toBeGreaterThan(0);
      for (const output of outputs) {
        const file = join(packageDir, output.filename);
        expect(existsSync(file), `${output.filename} is not committed`).toBe(true);
        expect(readFileSync(file, 'utf8'), output.filename).toBe(output.content);
      }
      // No generated file is left over from an operation or output that no longer exists.
      const generatedDirs = new Set(outputs.filter((o) => /\/gql\//.test(o.filename)).map((o) => dirname(o.filename)));
      for (const dir of generatedDirs) {
        const written = outputs.filter((o) => dirname(o.filename) === dir).map((o) => o.filename.split('/').pop());
        expect(readdirSync(join(packageDir, dir)).sort(), dir).toEqual(written.sort());
      }
    },
  );

  it('documents every type, field, argument and enum value', () => {
    // Lines of SDL that declare something without a description block right before them.
    const lines = committedSdl.split('\n');
    const undocumented: string[] = [];
    lines.forEach((line, index) => {
      const declaration = /^\s*(type|interface|enum|input|scalar|union)\s+\w+|^\s+\w+(\(|:)|^\s+[A-Z_]+$/.test(line);
      if (!declaration) return;
      const previous =
        lines
          .slice(0, index)
          .reverse()
          .find((l) => l.trim() !== '') ?? '';
      if (!previous.trim().endsWith('"""') && !/^\s*"[^"]/.test(previous)) undocumented.push(line.trim());
    });
    expect(undocumented).toEqual([]);
  });
});
