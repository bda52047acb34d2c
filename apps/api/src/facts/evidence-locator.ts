import type { EvidenceQuote } from './bundle.format.js';

export interface Span {
  start: number;
  end: number;
  quote: string;
}

function occurrencesOf(text: string, needle: string, from = 0, to = text.length): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(needle, from); at !== -1 && at + needle.length <= to; at = text.indexOf(needle, at + 1)) {
    found.push(at);
  }
  return found;
}

/**
 * Finds where a quote stands in the text, as UTF-16 offsets (JavaScript string indices).
 * Ambiguity is an error unless `occurrence` (1-based) or `within` (a unique longer passage) picks one.
 */
export function locateQuote(text: string, evidence: EvidenceQuote): Span {
  const { quote, occurrence, within } = evidence;
  let from = 0;
  let to = text.length;
  if (within !== undefined) {
    if (!within.includes(quote)) throw new Error(`"within" does not contain the quote ${JSON.stringify(quote)}`);
    const passages = occurrencesOf(text, within);
    const [passage] = passages;
    if (passage === undefined || passages.length > 1) {
      throw new Error(
        `the "within" passage ${JSON.stringify(within)} occurs ${passages.length} times in the text; it must occur once`,
      );
    }
    from = passage;
    to = from + within.length;
  }
  const found = occurrencesOf(text, quote, from, to);
  const [first] = found;
  if (first === undefined) throw new Error(`quote not found in the text: ${JSON.stringify(quote)}`);
  if (occurrence !== undefined) {
    const at = found[occurrence - 1];
    if (at === undefined)
      throw new Error(
        `quote ${JSON.stringify(quote)} occurs ${found.length} times; there is no occurrence ${occurrence}`,
      );
    return { start: at, end: at + quote.length, quote };
  }
  if (found.length > 1) {
    throw new Error(
      `quote ${JSON.stringify(quote)} occurs ${found.length} times; add "occurrence" or "within" to pick one`,
    );
  }
  return { start: first, end: first + quote.length, quote };
}
