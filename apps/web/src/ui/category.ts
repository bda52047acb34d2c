/** Colours and labels of the four relation categories, shared by every view and legend. */
export const CATEGORIES = {
  PRESSURE: { label: 'Pressure', color: '#b45309' },
  COERCION: { label: 'Coercion', color: '#b91c1c' },
  DIPLOMACY: { label: 'Diplomacy', color: '#1d4ed8' },
  SUPPORT: { label: 'Support', color: '#15803d' },
} as const;

export type CategoryName = keyof typeof CATEGORIES;

export function categoryColor(category: string): string {
  return CATEGORIES[category as CategoryName]?.color ?? '#4b5563';
}

/** "MET_WITH" → "met with". */
export function kindLabel(kind: string): string {
  return kind.toLowerCase().replace(/_/g, ' ');
}
