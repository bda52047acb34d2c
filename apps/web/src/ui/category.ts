import type { RelationCategory } from '@parley/schema';

/**
 * Colours and labels of the relation categories, shared by every view and legend, in the order
 * legends and filters show them. Keyed by the schema's enum, so a new category fails to compile
 * until it has a colour and a label.
 *
 * Chosen to stay apart for colour-blind readers, not only by hue: simulated protanopia,
 * deuteranopia and tritanopia (Machado et al. 2009) keep every pair at least ΔE 19 apart, where
 * an amber/red/blue/green set put pressure and coercion within ΔE 10 under deuteranopia. Each
 * has at least 4.5:1 contrast on white, so it also works for text and thin lines.
 */
export const CATEGORIES: Record<RelationCategory, { label: string; color: string }> = {
  PRESSURE: { label: 'Pressure', color: '#be5513' },
  COERCION: { label: 'Coercion', color: '#7f1d1d' },
  DIPLOMACY: { label: 'Diplomacy', color: '#1d4ed8' },
  SUPPORT: { label: 'Support', color: '#0f766e' },
};

/** The categories in display order (the keys of CATEGORIES, which are exactly the schema's). */
export const CATEGORY_ORDER = Object.keys(CATEGORIES) as RelationCategory[];

export function categoryColor(category: RelationCategory): string {
  return CATEGORIES[category].color;
}

/** "MET_WITH" → "met with": any enum value of the schema, as words. */
export function kindLabel(kind: string): string {
  return kind.toLowerCase().replace(/_/g, ' ');
}
