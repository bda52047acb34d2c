import { resolveDateWords } from '../facts/date-words.js';
import type { TextSpan } from './proposal.js';
import type { Reading } from './reading.js';

/** Date words a news text uses, longest first so "earlier this week" wins over "this week". */
const DATE_WORDS = new RegExp(
  [
    '\\b(?:earlier |later )?(?:this|last|next) (?:week|month|year)\\b',
    '\\b(?:on |late |early )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: (?:morning|afternoon|evening|night))?\\b',
    '\\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.? \\d{1,2}(?:, \\d{4})?\\b',
    '\\bby (?:the )?end of \\d{4}\\b',
    '\\b(?:From |from )?(?:January|February|March|April|May|June|July|August|September|October|November|December) (?:until|to|through) (?:January|February|March|April|May|June|July|August|September|October|November|December)\\b',
    '\\b(?:in |since )?(?:19|20)\\d{2}\\b',
    '\\b(?:today|yesterday)\\b',
    '\\b(?:January|February|March|April|June|July|August|September|October|November|December)\\b',
  ].join('|'),
  'gi',
);

/** Every date the words of a span resolve to against the publication date, with where they stand. */
export function datesIn(reading: Reading, span: TextSpan): { at: number; words: string; start: string; end: string }[] {
  const found: { at: number; words: string; start: string; end: string }[] = [];
  for (const match of reading.text.slice(span.start, span.end).matchAll(DATE_WORDS)) {
    const words = match[0].replace(/^(?:on|in|since) /i, '');
    const resolved = resolveDateWords(words, reading.publishedAt);
    if (resolved) found.push({ at: span.start + match.index, words, start: resolved.start, end: resolved.end });
  }
  return found;
}

/** The first resolvable date words of a span, as a bundle date (the words, resolved by the importer's rules). */
export function dateIn(reading: Reading, span: TextSpan): string | undefined {
  return datesIn(reading, span)[0]?.words;
}
