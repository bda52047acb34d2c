import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/** How a change to the page's address joins the browser history. */
export interface UrlChangeOptions {
  /** Replace the current entry instead of adding one: the change is not a step to go Back through. */
  replace?: boolean;
  /** Keep the scroll position (React Router scrolls to the top on a new entry otherwise). */
  preventScrollReset?: boolean;
}

/**
 * The page's search parameters as the state of its controls (filters, toggles, choices), so that a link shares
 * them and Back undoes them. `update` sets the keys given (a null or empty value removes a key) and keeps the rest.
 *
 * React Router applies a navigation as a transition, so a checkbox or select bound to the address would show its
 * old value until the page has re-rendered: on a busy phone the click looks ignored. These changes commit at once.
 */
export function useUrlControls() {
  const [params, setParams] = useSearchParams();
  const update = useCallback(
    (changes: Record<string, string | null>, options: UrlChangeOptions = {}) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [key, value] of Object.entries(changes)) {
            if (value) next.set(key, value);
            else next.delete(key);
          }
          return next;
        },
        { ...options, flushSync: true },
      ),
    [setParams],
  );
  return [params, update] as const;
}
