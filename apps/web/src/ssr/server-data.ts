import type { NormalizedCacheObject } from '@apollo/client/cache';

/**
 * How the page the server rendered hands its data to the browser's app: the Apollo cache the view
 * was drawn from, in a JSON data block after `#root` (a data block, not a script the page runs, so
 * the Content-Security-Policy has nothing to allow). Kept apart from the render itself, which the
 * browser never loads.
 */

/** The id of the element that carries the server's answers. */
export const SERVER_DATA_ELEMENT_ID = 'parley-server-data';

/**
 * The attribute `#root` carries while it holds the server's render of the view, until the app has
 * drawn the view in its place: until then, what the page shows does not respond yet.
 */
export const SERVER_RENDERED_ATTRIBUTE = 'data-rendered-by-server';

/**
 * The Apollo cache the server rendered the page from, if it did (the browser's side of
 * RenderedPage.data). The element goes once read: the cache holds it from then on.
 */
export function takeServerData(page: Document): NormalizedCacheObject | undefined {
  const element = page.getElementById(SERVER_DATA_ELEMENT_ID);
  const text = element?.textContent;
  element?.remove();
  if (!text) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null ? (parsed as NormalizedCacheObject) : undefined;
  } catch {
    // A page cut short in transit: start from an empty cache, as without a server render.
    return undefined;
  }
}

/** The element for a cache's contents: `<` escaped, so that no text in the data can end the element early. */
export function serverDataElement(cache: unknown): string {
  const json = JSON.stringify(cache).replaceAll('<', '\\u003c');
  return `<script type="application/json" id="${SERVER_DATA_ELEMENT_ID}">${json}</script>`;
}
