import { EventKind, StatementKind } from '@parley/schema';

/**
 * A suggested fact an editor corrects in an add-fact form before saving it: saving sends its `id`
 * as `suggestionId`, which accepts it. `fact` is the proposal in the story bundle's shape (actors
 * by slug, dates as words or `{ text }`), read here only for the form's first values.
 */
export interface SuggestedFact {
  id: string;
  /** The suggestion's type (`RELATION`, `EVENT`, `STATEMENT`, `FIGURE`…). */
  type: string;
  fact: Record<string, unknown>;
}

/** A text field of a suggested fact, or empty. */
export function textOf(fact: Record<string, unknown> | undefined, field: string): string {
  const value = fact?.[field];
  return typeof value === 'string' ? value : '';
}

/** A bundle date (its words, or `{ text, … }`) as the words a date field takes. */
export function dateWordsOf(fact: Record<string, unknown> | undefined, field: string): string {
  const date = fact?.[field];
  if (typeof date === 'string') return date;
  return date && typeof date === 'object' ? textOf(date as Record<string, unknown>, 'text') : '';
}

/** `value` when it is one of `allowed`, else `fallback`. */
function oneOf<T extends string>(value: string, allowed: Record<string, T>, fallback: T): T {
  return (Object.values(allowed) as string[]).includes(value) ? (value as T) : fallback;
}

export interface EventValues {
  title: string;
  kind: EventKind;
  dateText: string;
  location: string;
  participants: { slug: string | null; role: string }[];
}

/** The event form's first values: empty, or the suggested event's. */
export function eventValues(suggestion?: SuggestedFact): EventValues {
  const fact = suggestion?.fact;
  const participants = Array.isArray(fact?.participants)
    ? (fact.participants as Record<string, unknown>[]).map((participant) => ({
        slug: textOf(participant, 'actor') || null,
        role: textOf(participant, 'role'),
      }))
    : [];
  return {
    title: textOf(fact, 'title'),
    kind: oneOf(textOf(fact, 'kind'), EventKind, EventKind.MEETING),
    dateText: dateWordsOf(fact, 'date'),
    location: textOf(fact, 'location'),
    participants: participants.length ? participants : [{ slug: null, role: '' }],
  };
}

export interface StatementValues {
  speakerSlug: string | null;
  kind: StatementKind;
  /** What was said; null keeps the form's default, the selected words. */
  text: string | null;
  dateText: string;
}

/** The statement form's first values: empty, or the suggested statement's. */
export function statementValues(suggestion?: SuggestedFact): StatementValues {
  const fact = suggestion?.fact;
  return {
    speakerSlug: textOf(fact, 'speaker') || null,
    kind: oneOf(textOf(fact, 'kind'), StatementKind, StatementKind.QUOTE),
    text: suggestion ? textOf(fact, 'text') : null,
    dateText: dateWordsOf(fact, 'date'),
  };
}

export interface FigureValues {
  summary: string;
  amount: string;
  currency: string;
  periodText: string;
}

/** The figure form's first values: empty (in US dollars), or the suggested figure's. */
export function figureValues(suggestion?: SuggestedFact): FigureValues {
  const fact = suggestion?.fact;
  const amount = fact?.amount;
  return {
    summary: textOf(fact, 'summary'),
    amount: typeof amount === 'number' && Number.isFinite(amount) ? String(amount) : '',
    currency: textOf(fact, 'currency') || 'USD',
    periodText: dateWordsOf(fact, 'period'),
  };
}

export interface PositionValues {
  holderSlug: string | null;
  organizationSlug: string | null;
  title: string;
  acting: boolean;
  basis: string;
}

/** The position form's first values: empty, or the suggested position's (holder and organisation by slug). */
export function positionValues(suggestion?: SuggestedFact): PositionValues {
  const fact = suggestion?.fact;
  return {
    holderSlug: textOf(fact, 'holder') || null,
    organizationSlug: textOf(fact, 'organization') || null,
    title: textOf(fact, 'title'),
    acting: fact?.acting === true,
    basis: textOf(fact, 'basis'),
  };
}
