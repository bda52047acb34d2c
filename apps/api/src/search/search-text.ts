import { badUserInput } from '../common/errors.js';
import { MAX_SEARCH_LENGTH } from '../common/search.js';

/** Most words one search may hold: each is one more lookup in every full-text index. */
export const MAX_SEARCH_WORDS = 12;

/** A last word shorter than this is matched whole: a prefix of one or two letters matches nearly every row. */
const MIN_PREFIX_LENGTH = 3;

/**
 * What a search asks for, dialect-neutral: every phrase must occur (a phrase is one word, or the
 * words of a quoted "…" in that order). The last word, when it ends the text unquoted, also
 * matches longer words it begins ("Mex" finds "Mexico"): results appear while someone types.
 */
export interface SearchTerms {
  phrases: string[][];
  /** Whether the last word of the last phrase is matched as a prefix. */
  prefix: boolean;
  /** The terms written out canonically: the same search always gives the same cursors. */
  canonical: string;
}

/** Letters and digits: the only characters that reach the database's query syntax. */
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Reads the `text` argument of `search`. Punctuation separates words (so "$2 billion" is "2"
 * and "billion", as the indexes store it); double quotes group a phrase. Bad input is a client
 * error: empty, too long, no word at all, or too many words.
 */
export function parseSearchText(text: string): SearchTerms {
  const trimmed = text.trim();
  if (trimmed.length > MAX_SEARCH_LENGTH) {
    throw badUserInput(`"text" is limited to ${MAX_SEARCH_LENGTH} characters, got ${trimmed.length}.`, 'text');
  }
  const phrases: string[][] = [];
  let prefix = false;
  // Even pieces are outside quotes, odd ones inside.
  for (const [index, piece] of trimmed.split('"').entries()) {
    const words = (piece.match(WORD) ?? []).map((word) => word.toLowerCase());
    if (!words.length) continue;
    if (index % 2 === 1) {
      phrases.push(words);
      prefix = false;
    } else {
      phrases.push(...words.map((word) => [word]));
      const last = words.at(-1) ?? '';
      prefix = last.length >= MIN_PREFIX_LENGTH && /[\p{L}\p{N}]$/u.test(trimmed);
    }
  }
  const count = phrases.flat().length;
  if (!count) throw badUserInput('"text" must contain a word to search for (letters or digits).', 'text');
  if (count > MAX_SEARCH_WORDS) {
    throw badUserInput(`"text" may hold at most ${MAX_SEARCH_WORDS} words, got ${count}.`, 'text');
  }
  const canonical = phrases.map((phrase) => (phrase.length > 1 ? `"${phrase.join(' ')}"` : phrase.join(''))).join(' ');
  return { phrases, prefix, canonical: prefix ? `${canonical}*` : canonical };
}

/** The terms as a PostgreSQL `to_tsquery` argument: `'mexico' & 'citi':*`, phrases with `<->`. */
export function toTsQuery({ phrases, prefix }: SearchTerms): string {
  return phrases
    .map((phrase, p) =>
      phrase
        .map((word, w) => {
          const last = p === phrases.length - 1 && w === phrase.length - 1;
          return `'${word}'${prefix && last ? ':*' : ''}`;
        })
        .join(' <-> '),
    )
    .join(' & ');
}

/** The terms as an FTS5 MATCH expression: `"mexico" "city"*`, every phrase required. */
export function toFtsMatch({ phrases, prefix }: SearchTerms): string {
  return phrases
    .map((phrase, p) => `"${phrase.join(' ')}"${prefix && p === phrases.length - 1 ? '*' : ''}`)
    .join(' AND ');
}
