// @ts-check
// Markdown tables the guides take from elsewhere, so that each fact has one source.

/**
 * `|` ends a Markdown table cell; inside one it must be escaped.
 * @param {string} text
 */
export function cell(text) {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}

/**
 * The API's error codes and what each means, as @parley/schema exports them (generated from the
 * API's own list), in the API's order.
 * @param {Readonly<Record<string, string>>} descriptions
 */
export function errorCodesTable(descriptions) {
  const rows = Object.entries(descriptions).map(([code, meaning]) => `| \`${code}\` | ${cell(meaning)} |`);
  return ['| code | meaning |', '| --- | --- |', ...rows].join('\n');
}

/**
 * The first Markdown table after the line of the README that contains `marker`: tables the README
 * keeps (the limits, the exports) are shown in the guides as they are, not copied.
 * @param {string} readme
 * @param {string} marker
 */
export function readmeTable(readme, marker) {
  const lines = readme.split('\n');
  const start = lines.findIndex((line) => line.includes(marker));
  if (start < 0) throw new Error(`the README has no line containing "${marker}"`);
  const first = lines.findIndex((line, index) => index > start && line.startsWith('|'));
  if (first < 0) throw new Error(`the README has no table after "${marker}"`);
  const end = lines.findIndex((line, index) => index > first && !line.startsWith('|'));
  return lines.slice(first, end < 0 ? undefined : end).join('\n');
}
