import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The guides' Markdown (apps/docs/guides), and the site built from them (apps/docs/dist). */
export const docsPackage = dirname(createRequire(import.meta.url).resolve('@parley/docs/package.json'));
export const guidesFolder = join(docsPackage, 'guides');

/** One fenced block of a guide, with where it is, for failure messages. */
export interface GuideBlock {
  guide: string;
  line: number;
  /** The info string's first word: `graphql`, `json`, `sh`, `ts`. */
  language: string;
  /** The rest of the info string (`expect-error=NOT_FOUND`). */
  attributes: string;
  text: string;
}

/** Every fenced block (```lang … ```) of every guide. */
export function guideBlocks(): GuideBlock[] {
  const blocks: GuideBlock[] = [];
  for (const file of readdirSync(guidesFolder).filter((name) => name.endsWith('.md'))) {
    const lines = readFileSync(join(guidesFolder, file), 'utf8').split('\n');
    for (let index = 0; index < lines.length; index++) {
      const opening = /^```(\w+)\s*(.*)$/.exec(lines[index]!);
      if (!opening) continue;
      const close = lines.findIndex((line, at) => at > index && line === '```');
      if (close < 0) throw new Error(`${file}:${index + 1}: a fenced block that never closes`);
      blocks.push({
        guide: file,
        line: index + 1,
        language: opening[1]!,
        attributes: opening[2]!,
        text: lines.slice(index + 1, close).join('\n'),
      });
      index = close;
    }
  }
  return blocks;
}

/** An example query of a guide: its text, the variables of the ```json block right after it, the error it shows. */
export interface GuideQuery {
  where: string;
  query: string;
  variables?: Record<string, unknown>;
  /** `expect-error=CODE` on the block: the example shows this error on purpose. */
  expectedError?: string;
  /**
   * `as=editor` or `as=reader` on the block: the example acts as a user with that role (the runner
   * sends an API token of one); without it the request is anonymous.
   */
  as?: GuideRole;
}

/** The roles an example may act as. */
export const guideRoles = ['reader', 'editor'] as const;
export type GuideRole = (typeof guideRoles)[number];

function guideRole(attributes: string, where: string): GuideRole | undefined {
  const role = /\bas=(\w+)/.exec(attributes)?.[1];
  if (role === undefined) return undefined;
  const known = guideRoles.find((name) => name === role);
  if (!known) throw new Error(`${where}: as=${role} is not one of ${guideRoles.join(', ')}`);
  return known;
}

/**
 * Every ```graphql block of the guides. A ```json block that directly follows one holds its
 * variables when the operation declares any, or shows its answer otherwise.
 */
export function guideQueries(): GuideQuery[] {
  const blocks = guideBlocks();
  return blocks.flatMap((block, index) => {
    if (block.language !== 'graphql') return [];
    const next = blocks[index + 1];
    const declaresVariables = /^\s*(query|mutation)\s+\w+\s*\(/.test(block.text);
    const variables =
      declaresVariables && next?.language === 'json' && next.guide === block.guide
        ? (JSON.parse(next.text) as Record<string, unknown>)
        : undefined;
    const expectedError = /\bexpect-error=(\w+)/.exec(block.attributes)?.[1];
    const where = `${block.guide}:${block.line}`;
    return [{ where, query: block.text, variables, expectedError, as: guideRole(block.attributes, where) }];
  });
}
