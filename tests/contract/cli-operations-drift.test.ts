import { generate, type CodegenConfig } from '@graphql-codegen/cli';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const cliPackage = dirname(createRequire(import.meta.url).resolve('@parley/cli/package.json'));

describe("the parley command's typed operations", () => {
  it('match the SDL and its operations (run `npm run generate -w @parley/cli`)', async () => {
    const { default: config } = (await import(join(cliPackage, 'codegen.ts'))) as { default: CodegenConfig };
    const previous = process.cwd();
    process.chdir(cliPackage);
    try {
      const outputs = (await generate({ ...config, silent: true, verbose: false }, false)) as {
        filename: string;
        content: string;
      }[];
      expect(outputs.map((o) => o.filename.replace(/^\.?\/?src\/gql\//, '')).sort()).toEqual(
        readdirSync(join(cliPackage, 'src/gql')).sort(),
      );
      for (const output of outputs) {
        expect(readFileSync(join(cliPackage, output.filename), 'utf8'), output.filename).toBe(output.content);
      }
    } finally {
      process.chdir(previous);
    }
  });
});
