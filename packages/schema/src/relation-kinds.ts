// The relation vocabulary of the Parley API: each kind with its category, PLOVER mapping and score.
// GENERATED FILE — do not edit. Regenerate with `npm run generate` after changing the API.

import type { RelationCategory, RelationKind } from './gql/enums.js';

/** What the schema knows of one relation kind beyond its name. */
export interface RelationKindMetadata {
  /** The family the kind belongs to. */
  readonly category: RelationCategory;
  /** What the kind means, in one sentence. */
  readonly description: string;
  /** PLOVER event category and mode (Political Language Ontology for Verifiable Event Records). */
  readonly plover: { readonly category: string; readonly mode: string | null };
  /** Cooperation (+10) to conflict (−10), on the scale of Goldstein’s weights for comparable acts. */
  readonly score: number;
}

/** Every relation kind with its category, PLOVER mapping and score, as the API defines them. */
export const relationKinds: Readonly<Record<RelationKind, RelationKindMetadata>> = {
  URGED: {
    category: 'PRESSURE',
    description: 'Source urged or called on the target to act.',
    plover: { category: 'REQUEST', mode: 'change' },
    score: -1,
  },
  CRITICIZED: {
    category: 'PRESSURE',
    description: 'Source criticised or condemned the target.',
    plover: { category: 'ACCUSE', mode: 'disapprove' },
    score: -2,
  },
  DEMANDED: {
    category: 'PRESSURE',
    description: 'Source demanded something of the target.',
    plover: { category: 'REQUEST', mode: 'demand' },
    score: -5,
  },
  PRESSURED: {
    category: 'PRESSURE',
    description: 'Source put (or was asked to put) pressure on the target to change course.',
    plover: { category: 'REQUEST', mode: 'pressure' },
    score: -4,
  },
  CHALLENGED: {
    category: 'PRESSURE',
    description: 'Source tested or defied the target or an undertaking made with it.',
    plover: { category: 'REJECT', mode: 'defy' },
    score: -4,
  },
  THREATENED: {
    category: 'COERCION',
    description: 'Source threatened the target with a measure (a sanction, a penalty).',
    plover: { category: 'THREATEN', mode: 'sanction' },
    score: -7,
  },
  BARRED: {
    category: 'COERCION',
    description: 'Source barred, blocked or prevented the target from doing something.',
    plover: { category: 'COERCE', mode: 'restrict' },
    score: -9,
  },
  SANCTIONED: {
    category: 'COERCION',
    description: 'Source imposed (or may impose) sanctions on the target.',
    plover: { category: 'SANCTION', mode: 'economic' },
    score: -8,
  },
  MET_WITH: {
    category: 'DIPLOMACY',
    description: 'Source met with the target.',
    plover: { category: 'CONSULT', mode: 'meet' },
    score: 1,
  },
  NEGOTIATED_WITH: {
    category: 'DIPLOMACY',
    description: 'Source negotiated with the target.',
    plover: { category: 'CONSULT', mode: 'negotiate' },
    score: 3.5,
  },
  CONSULTED: {
    category: 'DIPLOMACY',
    description: 'Source was in touch with, or spoke with, the target.',
    plover: { category: 'CONSULT', mode: 'discuss' },
    score: 1,
  },
  VISITED: {
    category: 'DIPLOMACY',
    description: 'Source travelled to visit the target.',
    plover: { category: 'CONSULT', mode: 'visit' },
    score: 1.9,
  },
  BACKED: {
    category: 'SUPPORT',
    description: 'Source backed or endorsed the target or its undertaking.',
    plover: { category: 'SUPPORT', mode: 'endorse' },
    score: 3.4,
  },
  FACILITATED: {
    category: 'SUPPORT',
    description: 'Source helped bring about or organise something for the target.',
    plover: { category: 'COOPERATE', mode: 'mediate' },
    score: 3,
  },
};

/** What each relation category groups. */
export const relationCategoryDescriptions: Readonly<Record<RelationCategory, string>> = {
  PRESSURE: 'Verbal or political pressure: urging, criticising, demanding, defying.',
  COERCION: 'Pressure backed by force or penalty: threats, bans, sanctions.',
  DIPLOMACY: 'Contact: meetings, negotiations, consultations, visits.',
  SUPPORT: 'Backing and help.',
};
