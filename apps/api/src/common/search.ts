import { badUserInput } from './errors.js';

/** Longest search text accepted: far above any name, far below what LIKE can be made to choke on. */
export const MAX_SEARCH_LENGTH = 200;

/** Checks a free-text search argument; an over-long one is a client error. */
export function checkSearchText(text: string | null | undefined, argumentName: string): string | null {
  const trimmed = text?.trim();
  if (!trimmed) return null;
  if (trimmed.length > MAX_SEARCH_LENGTH) {
    throw badUserInput(
      `"${argumentName}" is limited to ${MAX_SEARCH_LENGTH} characters, got ${trimmed.length}.`,
      argumentName,
    );
  }
  return trimmed;
}

/**
 * A `$like` pattern for "contains": LIKE has no portable escape character (SQLite has none by
 * default), so the user's own `%`, `_` and `\` only separate the words they must contain, in order.
 */
export function likeContains(text: string): string {
  const pieces = searchable(text)
    .split(/[%_\\]+/)
    .filter(Boolean);
  return `%${pieces.join('%')}%`;
}

/** Lower-case, diacritics dropped: "Rodríguez" and "rodriguez" search alike. */
export function searchable(...parts: (string | null | undefined)[]): string {
  return parts
    .filter((part): part is string => Boolean(part))
    .join(' \u2022 ')
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}
