import { searchable } from '../common/search.js';
import { MARK_END, MARK_START } from './search.service.js';

/** Longest snippet of a document passage; a longer passage is cut around its first match. */
export const MAX_SNIPPET_LENGTH = 280;
/** How much of a cut passage to keep before its first match. */
const SNIPPET_LEAD = 80;

const WORD = /[\p{L}\p{N}]+/gu;

/** Characters `start` to `end` (exclusive) of a string, in UTF-16 code units. */
export interface Range {
  start: number;
  end: number;
}

/** A text to show, with the ranges of the matched words in it. */
export interface Snippet {
  text: string;
  highlights: Range[];
}

/** A text the database marked, as the plain text and where the marks were (UTF-16 offsets into it). */
export function unmark(marked: string): { text: string; marks: Range[] } {
  let text = '';
  const marks: Range[] = [];
  let start = -1;
  for (const piece of marked.split(new RegExp(`([${MARK_START}${MARK_END}])`))) {
    if (piece === MARK_START) start = text.length;
    else if (piece === MARK_END) {
      if (start >= 0 && text.length > start) marks.push({ start, end: text.length });
      start = -1;
    } else text += piece;
  }
  return { text, marks };
}

/** The words the database marked in some texts, lower-case without accents, each once, in order. */
export function markedWords(markedTexts: readonly string[]): string[] {
  const words = new Set<string>();
  for (const marked of markedTexts) {
    const { text, marks } = unmark(marked);
    for (const { start, end } of marks) {
      for (const word of searchable(text.slice(start, end)).match(WORD) ?? []) words.add(word);
    }
  }
  return [...words];
}

/** Where the given words stand in a text, as whole words, ignoring case and accents. */
export function wordRanges(text: string, words: readonly string[]): Range[] {
  const wanted = new Set(words);
  return [...text.matchAll(WORD)]
    .filter((match) => wanted.has(searchable(match[0])))
    .map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

/**
 * The snippet of an entity hit: its first shown field, then any other that holds a matched
 * word, joined by " · ", with the matched words marked.
 */
export function fieldSnippet(fields: readonly (string | null | undefined)[], words: readonly string[]): Snippet {
  const present = fields.filter((field): field is string => Boolean(field?.trim()));
  const [first = '', ...others] = present;
  const text = [first, ...others.filter((field) => wordRanges(field, words).length)].join(' · ');
  return { text, highlights: wordRanges(text, words) };
}

/** A paragraph of a document: a run of text between line breaks, by offsets. */
interface Passage extends Range {
  marks: Range[];
}

/**
 * The paragraph of a text that matches best: the one with the most different matched words,
 * then the most matches, then the first. Null when no mark is in the text.
 */
export function bestPassage(text: string, marks: readonly Range[]): Passage | null {
  let best: Passage | null = null;
  let bestDistinct = 0;
  let bestCount = 0;
  for (const paragraph of text.matchAll(/[^\n]+/g)) {
    const leading = paragraph[0].length - paragraph[0].trimStart().length;
    const start = paragraph.index + leading;
    const end = paragraph.index + paragraph[0].trimEnd().length;
    const inside = marks.filter((mark) => mark.start >= start && mark.end <= end);
    if (!inside.length) continue;
    const distinct = new Set(inside.map((mark) => searchable(text.slice(mark.start, mark.end)))).size;
    if (distinct > bestDistinct || (distinct === bestDistinct && inside.length > bestCount)) {
      best = { start, end, marks: inside };
      bestDistinct = distinct;
      bestCount = inside.length;
    }
  }
  return best;
}

/** The snippet of a passage: all of it when short, else a window from a little before its first match. */
export function passageSnippet(text: string, passage: Passage): Snippet {
  let from = passage.start;
  let to = passage.end;
  if (to - from > MAX_SNIPPET_LENGTH) {
    const firstMatch = passage.marks[0]?.start ?? from;
    from = Math.max(from, firstMatch - SNIPPET_LEAD);
    // Start and end on word boundaries.
    if (from > passage.start) from = text.indexOf(' ', from) + 1 || from;
    to = Math.min(to, from + MAX_SNIPPET_LENGTH);
    if (to < passage.end) to = text.lastIndexOf(' ', to) > from ? text.lastIndexOf(' ', to) : to;
  }
  const before = from > passage.start ? '…' : '';
  const after = to < passage.end ? '…' : '';
  const shift = before.length - from;
  return {
    text: `${before}${text.slice(from, to)}${after}`,
    highlights: passage.marks
      .filter((mark) => mark.start >= from && mark.end <= to)
      .map((mark) => ({ start: mark.start + shift, end: mark.end + shift })),
  };
}
