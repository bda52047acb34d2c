import { generate, type CodegenConfig } from '@graphql-codegen/cli';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const schemaPackage = dirname(require.resolve('@parley/schema/schema.graphql'));
const emitSchemaScript = require.resolve('@parley/api/dist/cli/emit-schema.js');
const committedSdl = readFileSync(join(schemaPackage, 'schema.graphql'), 'utf8');
const committedErrorCodes = readFileSync(join(schemaPackage, 'src/error-codes.ts'), 'utf8');

let emitted: { sdl: string; errorCodes: string } | undefined;

/** What the API's emit-schema prints now (run once, into a scratch folder). */
function emitContract() {
  if (emitted) return emitted;
  const out = mkdtempSync(join(tmpdir(), 'parley-contract-'));
  const [sdl, errorCodes] = [join(out, 'schema.graphql'), join(out, 'error-codes.ts')];
  execFileSync(process.execPath, [emitSchemaScript, sdl, errorCodes], { stdio: 'pipe' });
  emitted = { sdl: readFileSync(sdl, 'utf8'), errorCodes: readFileSync(errorCodes, 'utf8') };
  return emitted;
}

describe('the committed contract', () => {
  it('is exactly what the API prints now (run `npm run generate` after changing the API)', () => {
    expect(emitContract().sdl).toBe(committedSdl);
  });

  it('lists exactly the error codes the API sends (run `npm run generate` after changing them)', () => {
    expect(emitContract().errorCodes).toBe(committedErrorCodes);
  });

  it('has generated types and documents that match the SDL and operations (run `npm run generate`)', async () => {
    const { default: config } = (await import(join(schemaPackage, 'codegen.ts'))) as { default: CodegenConfig };
    const previous = process.cwd();
    process.chdir(schemaPackage);
    try {
      const outputs = (await generate({ ...config, silent: true, verbose: false }, false)) as {
        filename: string;
        content: string;
      }[];
      const generatedDir = join(schemaPackage, 'src/gql');
      expect(outputs.map((o) => o.filename.replace(/^\.?\/?src\/gql\//, '')).sort()).toEqual(
        readdirSync(generatedDir).sort(),
      );
      for (const output of outputs) {
        const committed = readFileSync(join(schemaPackage, output.filename), 'utf8');
        expect(committed, output.filename).toBe(output.content);
      }
    } finally {
      process.chdir(previous);
    }
  });

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
