import { RelationCategory } from '@parley/schema';
import { CATEGORIES, CATEGORY_ORDER } from '../../ui/category';

/**
 * The reader's highlight layers: the four relation categories, then the other kinds of fact a
 * passage can support, then (for editors, while some wait for review) the suggested facts. A reader
 * picks the layers to see; only their words are highlighted.
 */
export const LAYERS = {
  ...Object.fromEntries(CATEGORY_ORDER.map((category) => [category, { label: CATEGORIES[category].label }])),
  EVENTS: { label: 'Events' },
  STATEMENTS: { label: 'Statements' },
  FIGURES: { label: 'Figures' },
  ATTRIBUTION: { label: 'Sources' },
  NAMES: { label: 'Names and titles' },
  SUGGESTIONS: { label: 'Suggestions' },
} as Record<
  RelationCategory | 'EVENTS' | 'STATEMENTS' | 'FIGURES' | 'ATTRIBUTION' | 'NAMES' | 'SUGGESTIONS',
  { label: string }
>;

export type Layer = keyof typeof LAYERS;

export const LAYER_ORDER = Object.keys(LAYERS) as Layer[];

/** What a reader sees first, without a link to some words: who acted on whom. */
export const DEFAULT_LAYERS: readonly Layer[] = CATEGORY_ORDER;

/** The layer of the suggested facts an editor reviews: shown only to editors, on while any wait. */
export const SUGGESTIONS: Layer = 'SUGGESTIONS';

/** The layer of a fact, from its type (and a relation's category). */
export function layerOf(fact: { __typename: string; category?: RelationCategory }): Layer {
  switch (fact.__typename) {
    case 'Relation':
      return fact.category ?? RelationCategory.PRESSURE;
    case 'Event':
    case 'Participation':
      return 'EVENTS';
    case 'Statement':
      return 'STATEMENTS';
    case 'Figure':
      return 'FIGURES';
    case 'Attribution':
      return 'ATTRIBUTION';
    default:
      return 'NAMES';
  }
}

/** The layers named in `?layers=`, keeping only known ones; null when the parameter is absent. */
export function layersFromParam(text: string | null): Layer[] | null {
  if (text === null) return null;
  return text.split(',').filter((item): item is Layer => item in LAYERS);
}
