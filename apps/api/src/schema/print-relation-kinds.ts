import { RELATION_CATEGORY_DESCRIPTIONS, RELATION_KINDS } from '../relation/relation-kind.js';

/** A single-quoted TypeScript string, as Prettier writes it. */
function quote(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/**
 * The clients' copy of the relation vocabulary (`@parley/schema`'s `relationKinds`): facts the SDL
 * carries only as prose in enum descriptions — each kind's category, PLOVER mapping and score —
 * printed from the table the server itself uses, so a client never keeps its own list.
 */
export function printRelationKinds(): string {
  const kinds = Object.entries(RELATION_KINDS);
  return [
    '// The relation vocabulary of the Parley API: each kind with its category, PLOVER mapping and score.',
    '// GENERATED FILE — do not edit. Regenerate with `npm run generate` after changing the API.',
    '',
    "import type { RelationCategory, RelationKind } from './gql/enums.js';",
    '',
    '/** What the schema knows of one relation kind beyond its name. */',
    'export interface RelationKindMetadata {',
    '  /** The family the kind belongs to. */',
    '  readonly category: RelationCategory;',
    '  /** What the kind means, in one sentence. */',
    '  readonly description: string;',
    '  /** PLOVER event category and mode (Political Language Ontology for Verifiable Event Records). */',
    '  readonly plover: { readonly category: string; readonly mode: string | null };',
    '  /** Cooperation (+10) to conflict (−10), on the scale of Goldstein’s weights for comparable acts. */',
    '  readonly score: number;',
    '}',
    '',
    '/** Every relation kind with its category, PLOVER mapping and score, as the API defines them. */',
    'export const relationKinds: Readonly<Record<RelationKind, RelationKindMetadata>> = {',
    ...kinds.flatMap(([kind, def]) => [
      `  ${kind}: {`,
      `    category: ${quote(def.category)},`,
      `    description: ${quote(def.description)},`,
      `    plover: { category: ${quote(def.plover.category)}, mode: ${def.plover.mode === null ? 'null' : quote(def.plover.mode)} },`,
      `    score: ${def.score},`,
      '  },',
    ]),
    '};',
    '',
    '/** What each relation category groups. */',
    'export const relationCategoryDescriptions: Readonly<Record<RelationCategory, string>> = {',
    ...Object.entries(RELATION_CATEGORY_DESCRIPTIONS).map(([category, text]) => `  ${category}: ${quote(text)},`),
    '};',
    '',
  ].join('\n');
}
