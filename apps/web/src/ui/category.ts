import type { RelationKind } from '@parley/schema';

/**
 * Colours and labels of the four relation categories, shared by every view and legend.
 *
 * Chosen to stay apart for colour-blind readers, not only by hue: simulated protanopia,
 * deuteranopia and tritanopia (Machado et al. 2009) keep every pair at least ΔE 19 apart, where
 * an amber/red/blue/green set put pressure and coercion within ΔE 10 under deuteranopia. Each
 * has at least 4.5:1 contrast on white, so it also works for text and thin lines.
 */
export const CATEGORIES = {
  PRESSURE: { label: 'Pressure', color: '#be5513' },
  COERCION: { label: 'Coercion', color: '#7f1d1d' },
  DIPLOMACY: { label: 'Diplomacy', color: '#1d4ed8' },
  SUPPORT: { label: 'Support', color: '#0f766e' },
} as const;

export type CategoryName = keyof typeof CATEGORIES;

/** Every relation kind, to check values read from a URL before they reach a query. */
export const RELATION_KINDS = [
  'URGED',
  'CRITICIZED',
  'DEMANDED',
  'PRESSURED',
  'CHALLENGED',
  'THREATENED',
  'BARRED',
  'SANCTIONED',
  'MET_WITH',
  'NEGOTIATED_WITH',
  'CONSULTED',
  'VISITED',
  'BACKED',
  'FACILITATED',
] as const satisfies readonly RelationKind[];

// Fails to compile when the schema gains a kind this list lacks.
const everyKindListed: Exclude<RelationKind, (typeof RELATION_KINDS)[number]> extends never ? true : never = true;
void everyKindListed;

export function categoryColor(category: string): string {
  return CATEGORIES[category as CategoryName]?.color ?? '#4b5563';
}

/** "MET_WITH" → "met with". */
export function kindLabel(kind: string): string {
  return kind.toLowerCase().replace(/_/g, ' ');
}
