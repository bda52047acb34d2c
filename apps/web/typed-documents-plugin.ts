import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/**
 * Replaces each `graphql(`…`)` call of the explorer with the document it stands for, written into
 * the calling module. Left alone, every page would load codegen's lookup table of all the project's
 * operations (the tests' too), and even named imports would land all the explorer's documents in the
 * shared entry chunk, since they live in one generated module; inlined, each view's chunk carries its
 * own documents and the first page only its own. This is what codegen's babel plugin is for, in a
 * build without babel. The texts come from the explorer's generated table (src/gql), so a call it lacks fails the build.
 */
export function typedDocuments(): Plugin {
  let byText: Map<string, string> | undefined;
  const generatedFolder = join(dirname(fileURLToPath(import.meta.url)), 'src/gql');
  return {
    name: 'parley-typed-documents',
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      // The explorer's own generated documents (codegen.ts): the table of texts in gql.ts, and each
      // document as the JSON literal codegen writes into graphql.ts.
      const table = readFileSync(join(generatedFolder, 'gql.ts'), 'utf8');
      const documentsByName = new Map<string, string>();
      for (const [, name = '', json = ''] of readFileSync(join(generatedFolder, 'graphql.ts'), 'utf8').matchAll(
        /^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm,
      )) {
        documentsByName.set(name, json);
      }
      byText = new Map();
      for (const [, key = '', name = ''] of table.matchAll(/^\s*("(?:[^"\\]|\\.)*"): types\.(\w+),?$/gm)) {
        const document = documentsByName.get(name);
        if (document) byText.set(JSON.parse(key) as string, document);
      }
      if (!byText.size) throw new Error('the explorer has no generated typed documents: run `npm run generate`');
    },
    transform(code, id) {
      // The generated folder is the table itself (its comments show graphql() calls), not a caller.
      if (!byText || id.includes('node_modules') || id.includes(generatedFolder) || !/\.tsx?$/.test(id)) return null;
      if (!code.includes('graphql(`')) return null;
      const documents = byText;
      const replaced = code.replace(/\bgraphql\(`([^`]*)`\)/g, (_call, text: string) => {
        const document = documents.get(text);
        if (!document)
          throw new Error(`${id}: a graphql() document the generated table lacks: run \`npm run generate\``);
        return `(${document})`;
      });
      return { code: replaced, map: null };
    },
  };
}
