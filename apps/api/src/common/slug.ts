/**
 * Words as a slug: lower-case ASCII letters and digits joined by "-", accents dropped
 * ("Nicolás Maduro’s" → "nicolas-maduro-s"); empty when no letter or digit is left.
 */
export function slugOf(words: string): string {
  return words
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
