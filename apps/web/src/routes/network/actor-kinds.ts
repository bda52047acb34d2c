import type { ActorKind } from '@parley/schema';

/**
 * How the graph draws each kind of actor: a shape (told apart without colour) and a colour kept
 * away from the relation categories' hues, each at least 4.5:1 on white. Keyed by the schema's enum,
 * so a new kind fails to compile until it is drawn.
 */
export const ACTOR_KINDS: Record<ActorKind, { label: string; shape: string; color: string }> = {
  PERSON: { label: 'Person', shape: 'ellipse', color: '#374151' },
  STATE: { label: 'State', shape: 'round-rectangle', color: '#854d0e' },
  GOVERNMENT: { label: 'Government', shape: 'diamond', color: '#3f6212' },
  ORGANIZATION: { label: 'Organisation', shape: 'triangle', color: '#9d174d' },
  GROUP: { label: 'Group', shape: 'hexagon', color: '#57534e' },
};

export const ACTOR_KIND_ORDER = Object.keys(ACTOR_KINDS) as ActorKind[];
