import type { EvidenceQuote } from '../facts/bundle.format.js';
import { slugOf as slugOfWords } from '../common/slug.js';
import type { TextSpan } from './proposal.js';

/** A stretch of the text with its words. */
export interface Passage extends TextSpan {
  text: string;
}

/** Where each occurrence of `needle` starts, counted as the evidence locator counts them (overlaps included). */
function starts(text: string, needle: string): number[] {
  const found: number[] = [];
  // An empty needle is "found" at every offset, and indexOf never moves past the end: nothing to count.
  if (!needle) return found;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) found.push(at);
  return found;
}

/** The evidence quote for a span: its exact words, with the occurrence that picks it when the words repeat. */
export function quoteOf(text: string, span: TextSpan): EvidenceQuote {
  const quote = text.slice(span.start, span.end);
  const found = starts(text, quote);
  if (found.length <= 1) return { quote };
  return { quote, occurrence: found.indexOf(span.start) + 1 };
}

/** A span without the spaces and trailing punctuation at its edges, so quotes start and end on words. */
export function trimmed(text: string, span: TextSpan, trailing = /[\s,;:]+$/): TextSpan {
  let { start, end } = span;
  while (start < end && /\s/.test(text.charAt(start))) start += 1;
  const tail = trailing.exec(text.slice(start, end));
  if (tail) end -= tail[0].length;
  return { start, end };
}

export const passage = (text: string, start: number, end: number): Passage => ({
  start,
  end,
  text: text.slice(start, end),
});

/**
 * A wire story's opening: "(Bloomberg) --", or a place and a day before the wire's name, "DETROIT, Oct 9 (Reuters) -",
 * "GENEVA (AP) —". Group 1 is the place and day, group 2 the wire's name.
 */
export const DATELINE =
  /^((?:[A-Z][A-Z./'’ -]*[A-Z.](?:, [A-Z][\p{L}.]*(?: [A-Z][\p{L}.]*)*)*(?:, [A-Z][a-z]{2,8}\.? \d{1,2})?)?\s*)\(([A-Z][\p{L} ]+)\)\s*(?:--|[-–—])\s*/u;

export const overlaps = (a: TextSpan, b: TextSpan): boolean => a.start < b.end && b.start < a.end;

/**
 * The text's sentences, by offsets: a sentence ends at a full stop, question or exclamation mark (or a closing
 * quote after one) followed by a space and a capital, a quote or a bracket, and at every line break. Abbreviations
 * such as "Feb." or "U.S." followed by a number or a lower-case word do not end one.
 */
const ABBREVIATION =
  /\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Jr|No|[A-Z])\.$/;

export function sentencesOf(text: string): Passage[] {
  const sentences: Passage[] = [];
  const boundary = /(?<=[.!?][”"’]?)[ \t]+(?=[A-Z“"(©])|\n+/g;
  let from = 0;
  for (const match of text.matchAll(boundary)) {
    const before = text.slice(Math.max(0, match.index - 5), match.index);
    if (ABBREVIATION.test(before) && !match[0].includes('\n')) continue;
    pushSentence(text, sentences, from, match.index);
    from = match.index + match[0].length;
  }
  pushSentence(text, sentences, from, text.length);
  return sentences;
}

function pushSentence(text: string, sentences: Passage[], start: number, end: number): void {
  const span = trimmed(text, { start, end }, /\s+$/);
  if (span.end > span.start) sentences.push(passage(text, span.start, span.end));
}

/** A slug for a name ("Nicolás Maduro’s" → "nicolas-maduro-s"); "unnamed" when the name has no letter or digit. */
export function slugOf(name: string): string {
  return slugOfWords(name) || 'unnamed';
}

/** A name compared loosely: lower case, no leading "the", no accents, one kind of apostrophe. */
export const normalName = (name: string): string =>
  name
    .toLowerCase()
    .replace(/^the /, '')
    .replace(/'/g, '’')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim();

/** Hands out keys unique among those it gave: "murillo", then "murillo-2". */
export function uniqueKeys(): (base: string) => string {
  const taken = new Set<string>();
  return (base) => {
    let key = base;
    for (let n = 2; taken.has(key); n += 1) key = `${base}-${String(n)}`;
    taken.add(key);
    return key;
  };
}
