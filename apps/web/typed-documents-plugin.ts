import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';

/**
 * Replaces each `graphql(`…`)` call of the explorer with the document it stands for, written into
 * the calling module. Left alone, every page would load codegen's lookup table of all the project's
 * operations (the tests' too), and even named imports would land all the explorer's documents in the
 * shared entry chunk, since they live in one generated module; inlined, each view's chunk carries its
 * own documents and the first page only its own. This is what codegen's babel plugin is for, in a
 * build without babel. The texts come from the generated table, so a call it lacks fails the build.
 */
export function typedDocuments(): Plugin {
  let byText: Map<string, string> | undefined;
  return {
    name: 'parley-typed-documents',
    apply: 'build',
    enforce: 'pre',
    async buildStart() {
      // The package's entry is dist/index.js; codegen's table sits beside it, in gql/.
      const entry = createRequire(import.meta.url).resolve('@parley/schema');
      const table = readFileSync(join(dirname(entry), 'gql/gql.js'), 'utf8');
      const schema = (await import(pathToFileURL(entry).href)) as Record<string, unknown>;
      byText = new Map();
      for (const [, key = '', name = ''] of table.matchAll(/^\s*("(?:[^"\\]|\\.)*"): types\.(\w+),?$/gm)) {
        byText.set(JSON.parse(key) as string, JSON.stringify(schema[name]));
      }
      if (!byText.size) throw new Error('@parley/schema lists no typed documents: run `npm run generate`');
    },
    transform(code, id) {
      if (!byText || id.includes('node_modules') || !/\.tsx?$/.test(id) || !code.includes('graphql(`')) return null;
      const documents = byText;
      const replaced = code.replace(/\bgraphql\(`([^`]*)`\)/g, (_call, text: string) => {
        const document = documents.get(text);
        if (!document) throw new Error(`${id}: a graphql() document @parley/schema lacks: run \`npm run generate\``);
        return `(${document})`;
      });
      return { code: replaced, map: null };
    },
  };
}
