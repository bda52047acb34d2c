import { SuggestionType } from './suggestion-status.js';

const text = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');

/** A suggested fact in one line, as a reviewer reads it first; slugs stand for the actors they name. */
export function summaryOf(type: SuggestionType, fact: Record<string, unknown>): string {
  switch (type) {
    case SuggestionType.ACTOR:
      return `${text(fact.name)} (${text(fact.kind).toLowerCase()})`;
    case SuggestionType.ATTRIBUTION:
      return `Attribution: ${text(fact.text) || text(fact.kind).toLowerCase()}`;
    case SuggestionType.POSITION:
      return `${text(fact.holder)}: ${text(fact.title)}`;
    case SuggestionType.EVENT:
      return `${text(fact.title)} (${text(fact.kind).toLowerCase()})`;
    case SuggestionType.RELATION:
      return `${text(fact.source)} ${text(fact.kind)} ${text(fact.target)}: ${text(fact.summary)}`;
    case SuggestionType.STATEMENT:
      return `${text(fact.speaker)} (${text(fact.kind).toLowerCase()}): ${text(fact.text)}`.replace(/: $/, '');
    case SuggestionType.FIGURE:
      return `${text(fact.summary)} (${text(fact.amount)} ${text(fact.currency)})`;
  }
}
