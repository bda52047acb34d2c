import type { Cast, Mention } from './actors.js';
import type { TextSpan } from './proposal.js';
import type { Passage } from './spans.js';

/** What every reader of the text shares: the text, its date, its sentences and who it names. */
export interface Reading {
  text: string;
  publishedAt: string;
  sentences: Passage[];
  cast: Cast;
  /** Words that refer back to named actors ("he", "they", "both sides", "the committee"), as mentions of them. */
  references: Mention[];
  /** The attribution key of each sentence's source ("according to people …"), by the sentence's start. */
  sourceOf: Map<number, string>;
  /** The attribution of whatever no sentence attributes: the publisher's report. */
  reportKey: string;
}

/**
 * The mentions inside a span, by position; `modifiers` keeps those that only modify another name, `references` adds
 * the words that refer back to a named actor ("he", "the committee").
 */
export function mentionsIn(
  reading: Reading,
  span: TextSpan,
  { modifiers = false, references = false } = {},
): Mention[] {
  const inside = (mention: Mention) => mention.start >= span.start && mention.end <= span.end;
  const named = reading.cast.mentions.filter((mention) => inside(mention) && (modifiers || !mention.modifier));
  if (!references) return named;
  return [...named, ...reading.references.filter(inside)].sort((a, b) => a.start - b.start);
}

/** The attribution of the sentence holding a position. */
export function attributionAt(reading: Reading, at: number): string {
  const sentence = reading.sentences.find((candidate) => candidate.start <= at && at < candidate.end);
  return (sentence && reading.sourceOf.get(sentence.start)) ?? reading.reportKey;
}

/**
 * Who a "said"/"told" at `at` is by: the speaker named in the clause before it, after any closing quote, passing
 * over relative clauses ("who helped …") and appositions ("Colombian ambassador to the US").
 */
export function speakerBefore(reading: Reading, sentence: Passage, at: number): Mention | undefined {
  const before = reading.text.slice(sentence.start, at);
  const quoteEnd = Math.max(before.lastIndexOf('”'), before.lastIndexOf('"'));
  let end = at;
  const segments: TextSpan[] = [];
  const from = quoteEnd === -1 ? sentence.start : sentence.start + quoteEnd + 1;
  // Not the comma of a number ("6,000 workers").
  for (const match of [...reading.text.slice(from, at).matchAll(/,(?!\d)/g)].reverse()) {
    segments.push({ start: from + match.index + 1, end });
    end = from + match.index;
  }
  segments.push({ start: from, end });
  for (const segment of segments) {
    const words = reading.text.slice(segment.start, segment.end).trim();
    if (/^(?:who|which|that)\b/.test(words)) continue;
    // "one of the people said", "the people said": an unnamed speaker, whatever the sentence named before.
    if (UNNAMED_BEFORE.test(words)) return undefined;
    // "Northern Auto Workers, the Canadian union that represents …, said": an apposition with a clause of its own.
    if (segment.start > from && /^(?:an?|the) .*\b(?:that|who|which)\b/.test(words)) continue;
    if (
      /^(?:an? |the )?(?:[A-Z][\p{L}]+ )?(?:[a-z]+ ){0,3}?(?:[a-z]+) (?:to|of|at|for) /u.test(words) &&
      !/^its /.test(words)
    )
      continue;
    // "He also warned that …": a pronoun speaks for the person it refers to.
    const mention = mentionsIn(reading, segment, { references: true })[0];
    // Words without a named actor ("the people said") name an unnamed speaker.
    if (mention || words) return mention;
  }
  return undefined;
}

/** An unnamed speaker before the verb: "one of the people", "the sources", "two officials". */
const UNNAMED_BEFORE =
  /^(?:(?:one|some|two|three|several|many|most|none) of )?(?:the |those |two |three |several )?(?:[a-z]+ )?(?:people|person|sources?|officials?|diplomats?)$/;

/** An unnamed speaker after the verb ("…, said a person close to the group"): the words before are not a named actor's. */
export const UNNAMED_SPEAKER =
  /^(?:an?|one|two|three|several) (?:[a-z]+ ){0,2}(?:person|people|officials?|diplomats?|sources?|bankers?|investors?|analysts?)\b/;

/** A "said"/"told" in a sentence with the named speaker before it: where the verb stands, its words, who. */
export function saidIn(
  reading: Reading,
  sentence: Passage,
): { at: number; verb: string; speaker: Mention } | undefined {
  const verb = /\b(?:said|told|says|warned|added|wrote)\b/.exec(sentence.text);
  if (!verb) return undefined;
  const at = sentence.start + verb.index;
  if (UNNAMED_SPEAKER.test(reading.text.slice(at + verb[0].length + 1, sentence.end))) return undefined;
  const speaker = speakerBefore(reading, sentence, at);
  return speaker ? { at, verb: verb[0], speaker } : undefined;
}
