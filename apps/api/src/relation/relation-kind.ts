import { registerEnumType } from 'type-graphql';

export enum RelationCategory {
  PRESSURE = 'PRESSURE',
  COERCION = 'COERCION',
  DIPLOMACY = 'DIPLOMACY',
  SUPPORT = 'SUPPORT',
}

export enum RelationKind {
  URGED = 'URGED',
  CRITICIZED = 'CRITICIZED',
  DEMANDED = 'DEMANDED',
  PRESSURED = 'PRESSURED',
  CHALLENGED = 'CHALLENGED',
  THREATENED = 'THREATENED',
  BARRED = 'BARRED',
  SANCTIONED = 'SANCTIONED',
  MET_WITH = 'MET_WITH',
  NEGOTIATED_WITH = 'NEGOTIATED_WITH',
  CONSULTED = 'CONSULTED',
  VISITED = 'VISITED',
  BACKED = 'BACKED',
  FACILITATED = 'FACILITATED',
}

export interface RelationKindDefinition {
  category: RelationCategory;
  description: string;
  /** PLOVER event category and mode (Political Language Ontology for Verifiable Event Records). */
  plover: { category: string; mode: string | null };
  /** Cooperation (+10) to conflict (−10), on the scale of Goldstein's weights for comparable acts. */
  score: number;
}

/**
 * The relation vocabulary: every kind, its category, its PLOVER mapping and its
 * cooperation–conflict score. The one place a kind is defined; the schema serves it as
 * `relationKinds` and in the enum descriptions.
 */
export const RELATION_KINDS: Record<RelationKind, RelationKindDefinition> = {
  URGED: {
    category: RelationCategory.PRESSURE,
    description: 'Source urged or called on the target to act.',
    plover: { category: 'REQUEST', mode: 'change' },
    score: -1,
  },
  CRITICIZED: {
    category: RelationCategory.PRESSURE,
    description: 'Source criticised or condemned the target.',
    plover: { category: 'ACCUSE', mode: 'disapprove' },
    score: -2,
  },
  DEMANDED: {
    category: RelationCategory.PRESSURE,
    description: 'Source demanded something of the target.',
    plover: { category: 'REQUEST', mode: 'demand' },
    score: -5,
  },
  PRESSURED: {
    category: RelationCategory.PRESSURE,
    description: 'Source put (or was asked to put) pressure on the target to change course.',
    plover: { category: 'REQUEST', mode: 'pressure' },
    score: -4,
  },
  CHALLENGED: {
    category: RelationCategory.PRESSURE,
    description: 'Source tested or defied the target or an undertaking made with it.',
    plover: { category: 'REJECT', mode: 'defy' },
    score: -4,
  },
  THREATENED: {
    category: RelationCategory.COERCION,
    description: 'Source threatened the target with a measure (a sanction, a penalty).',
    plover: { category: 'THREATEN', mode: 'sanction' },
    score: -7,
  },
  BARRED: {
    category: RelationCategory.COERCION,
    description: 'Source barred, blocked or prevented the target from doing something.',
    plover: { category: 'COERCE', mode: 'restrict' },
    score: -9,
  },
  SANCTIONED: {
    category: RelationCategory.COERCION,
    description: 'Source imposed (or may impose) sanctions on the target.',
    plover: { category: 'SANCTION', mode: 'economic' },
    score: -8,
  },
  MET_WITH: {
    category: RelationCategory.DIPLOMACY,
    description: 'Source met with the target.',
    plover: { category: 'CONSULT', mode: 'meet' },
    score: 1,
  },
  NEGOTIATED_WITH: {
    category: RelationCategory.DIPLOMACY,
    description: 'Source negotiated with the target.',
    plover: { category: 'CONSULT', mode: 'negotiate' },
    score: 3.5,
  },
  CONSULTED: {
    category: RelationCategory.DIPLOMACY,
    description: 'Source was in touch with, or spoke with, the target.',
    plover: { category: 'CONSULT', mode: 'discuss' },
    score: 1,
  },
  VISITED: {
    category: RelationCategory.DIPLOMACY,
    description: 'Source travelled to visit the target.',
    plover: { category: 'CONSULT', mode: 'visit' },
    score: 1.9,
  },
  BACKED: {
    category: RelationCategory.SUPPORT,
    description: 'Source backed or endorsed the target or its undertaking.',
    plover: { category: 'SUPPORT', mode: 'endorse' },
    score: 3.4,
  },
  FACILITATED: {
    category: RelationCategory.SUPPORT,
    description: 'Source helped bring about or organise something for the target.',
    plover: { category: 'COOPERATE', mode: 'mediate' },
    score: 3,
  },
};

export function categoryOf(kind: RelationKind): RelationCategory {
  return RELATION_KINDS[kind].category;
}

export function isRelationKind(value: string): value is RelationKind {
  return Object.hasOwn(RELATION_KINDS, value);
}

/** What each category groups; the schema's enum descriptions and the clients' metadata both read it. */
export const RELATION_CATEGORY_DESCRIPTIONS: Record<RelationCategory, string> = {
  PRESSURE: 'Verbal or political pressure: urging, criticising, demanding, defying.',
  COERCION: 'Pressure backed by force or penalty: threats, bans, sanctions.',
  DIPLOMACY: 'Contact: meetings, negotiations, consultations, visits.',
  SUPPORT: 'Backing and help.',
};

registerEnumType(RelationCategory, {
  name: 'RelationCategory',
  description: 'The four families of relation kinds.',
  valuesConfig: Object.fromEntries(
    Object.entries(RELATION_CATEGORY_DESCRIPTIONS).map(([category, description]) => [category, { description }]),
  ),
});

registerEnumType(RelationKind, {
  name: 'RelationKind',
  description:
    'What one actor did to or with another. `relationKinds` lists each kind with its category, PLOVER mapping and score.',
  valuesConfig: Object.fromEntries(
    Object.entries(RELATION_KINDS).map(([kind, def]) => [
      kind,
      {
        description: `${def.description} ${def.category}; PLOVER ${def.plover.category}${def.plover.mode ? `/${def.plover.mode}` : ''}; score ${def.score}.`,
      },
    ]),
  ),
});
