// @ts-check

/**
 * SpectaQL numbers its introduction items (`introduction-item-3`); the guides link to each other
 * by name (`#pagination`), and so can anyone else: give each item its slug as anchor.
 * @param {string} html
 * @param {readonly string[]} slugs in the order of the items
 */
export function slugAnchors(html, slugs) {
  return slugs.reduce(
    (page, slug, index) => page.replace(new RegExp(`introduction-item-${index}(?=")`, 'g'), slug),
    html,
  );
}

/**
 * The guides' tables scroll sideways on a narrow screen (theme/stylesheets/custom.scss); a region
 * that scrolls must take the keyboard's focus to be scrolled without a pointer.
 * @param {string} html
 */
export function focusableGuideTables(html) {
  const start = html.indexOf('<div id="introduction"');
  const end = html.indexOf('<div class="doc-row">', html.indexOf('id="group-'));
  if (start < 0 || end < 0) throw new Error('index.html has no introduction, or no reference after it');
  return html.slice(0, start) + html.slice(start, end).replaceAll('<table>', '<table tabindex="0">') + html.slice(end);
}

/**
 * Fails when a page, stylesheet or script would load anything from another origin: a `src` or a
 * stylesheet, preload or icon `href` with a scheme or `//`, a CSS `url()` or `@import` of one, or
 * a script that fetches one. Links people click (`<a href="https://…">`) are fine.
 * @param {string} text
 * @param {string} name
 */
export function assertNoExternalResources(text, name) {
  const external = [
    /\bsrc\s*=\s*["']?(?:[a-z]+:)?\/\//i,
    /<link\b[^>]*\bhref\s*=\s*["']?(?:[a-z]+:)?\/\//i,
    /url\(\s*["']?(?:[a-z]+:)?\/\//i,
    /@import\s+(?:url\()?\s*["']?(?:[a-z]+:)?\/\//i,
    // Scripts run only from files (the server's CSP refuses inline ones), and none may fetch.
    ...(name.endsWith('.js')
      ? [/\b(?:fetch|importScripts|XMLHttpRequest|WebSocket)\b/]
      : [/<script\b(?![^>]*\bsrc=)/i]),
  ];
  for (const pattern of external) {
    const match = pattern.exec(text);
    if (match) {
      const at = text.slice(Math.max(0, match.index - 60), match.index + 100);
      throw new Error(`${name} would load something from another origin (${pattern}): …${at}…`);
    }
  }
}
