/** Where a phrase occurs in a text: offsets in UTF-16 code units, end exclusive, in text order. */
export interface TextMatch {
  start: number;
  end: number;
}

/**
 * Every occurrence of `phrase` in `text`, ignoring case, any run of spaces in the phrase matching
 * any run of white space in the text (a line break between two words still matches). Occurrences
 * do not overlap. An empty phrase matches nothing.
 */
export function findInText(text: string, phrase: string): TextMatch[] {
  const words = phrase.trim().split(/\s+/).filter(Boolean);
  if (!words.length) return [];
  const pattern = new RegExp(words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'giu');
  return [...text.matchAll(pattern)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}
