// @ts-check
// Builds the reference served at /docs: the guides (Markdown in guides/, with their generated
// tables filled in) as SpectaQL's introduction, then SpectaQL's reference of every type, field,
// argument and enum value, generated from the SDL in @parley/schema. Offline: SpectaQL's default
// theme loads nothing from other origins, and the last step fails the build if anything would.
import { errorCodeDescriptions } from '@parley/schema';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { filterArgumentsTable } from './lib/filter-arguments.js';
import { errorCodesTable, readmeTable } from './lib/tables.js';
import { assertNoExternalResources, focusableGuideTables, slugAnchors } from './lib/post-process.js';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const schemaFile = require.resolve('@parley/schema/schema.graphql');
const readme = readFileSync(join(here, '../../README.md'), 'utf8');
const target = join(here, 'dist');

/** The guides, in the order of the site's navigation; each slug is its anchor (`/docs/#pagination`). */
const GUIDES = [
  { slug: 'getting-started', title: 'Getting started' },
  { slug: 'authentication', title: 'Authentication' },
  { slug: 'editing', title: 'Editing' },
  { slug: 'global-ids', title: 'Global IDs' },
  { slug: 'pagination', title: 'Pagination' },
  { slug: 'filtering', title: 'Filtering' },
  { slug: 'errors', title: 'Errors' },
  { slug: 'limits', title: 'Limits' },
  { slug: 'exports', title: 'Exports' },
];

/**
 * What each `<!-- generated: … -->` line of a guide becomes.
 * @param {string} markdown
 * @param {string} file
 */
function expand(markdown, file) {
  return markdown.replace(
    /^<!-- generated: (.+?) -->$/gm,
    (/** @type {string} */ _line, /** @type {string} */ what) => {
      if (what === 'error-codes') return errorCodesTable(errorCodeDescriptions);
      if (what === 'filter-arguments') return filterArgumentsTable(readFileSync(schemaFile, 'utf8'));
      const readmeMarker = /^readme-table: (.+)$/.exec(what)?.[1];
      if (readmeMarker) return readmeTable(readme, readmeMarker);
      throw new Error(`${file}: no generator for "${what}"`);
    },
  );
}

const work = mkdtempSync(join(tmpdir(), 'parley-docs-'));
try {
  const introItems = GUIDES.map(({ slug, title }) => {
    const file = join(work, `${slug}.md`);
    writeFileSync(file, expand(readFileSync(join(here, 'guides', `${slug}.md`), 'utf8'), `guides/${slug}.md`));
    return { title, file };
  });
  // JSON is YAML: SpectaQL reads its configuration from a YAML file.
  const config = {
    // The theme folder is laid over SpectaQL's default theme (stylesheets/custom.scss).
    spectaql: { targetDir: target, themeDir: join(here, 'theme'), faviconUrl: 'data:,', logoFile: false },
    introspection: {
      schemaFile,
      removeTrailingPeriodFromDescriptions: false,
      // The schema's descriptions are the manual: show every query's arguments and fields.
      fieldExpansionDepth: 2,
    },
    info: {
      title: 'Parley API',
      'x-htmlTitle': 'Parley API reference',
      description: readFileSync(join(here, 'guides/welcome.md'), 'utf8'),
      'x-introItems': introItems,
    },
    servers: [{ url: 'http://localhost:4000/graphql', description: 'A local server (npm start)', production: true }],
  };
  writeFileSync(join(work, 'config.yml'), JSON.stringify(config, null, 2));
  rmSync(target, { recursive: true, force: true });
  const spectaql = require.resolve('spectaql/bin/spectaql.js');
  const built = spawnSync(process.execPath, [spectaql, join(work, 'config.yml'), '--quiet'], {
    cwd: work,
    encoding: 'utf8',
  });
  if (built.status !== 0) {
    throw new Error(`SpectaQL failed (${built.status}):\n${built.stdout}${built.stderr}`);
  }
  hashAssets();
} finally {
  rmSync(work, { recursive: true, force: true });
}

/**
 * Moves SpectaQL's script and stylesheet into assets/ under names that carry their content's hash
 * (so the server can cache them for a year, as it does the explorer's), gives each guide its slug
 * as anchor, and checks that the page loads nothing from another origin.
 */
function hashAssets() {
  const indexFile = join(target, 'index.html');
  let html = readFileSync(indexFile, 'utf8');
  mkdirSync(join(target, 'assets'));
  for (const asset of ['stylesheets/spectaql.min.css', 'javascripts/spectaql.min.js']) {
    const content = readFileSync(join(target, asset));
    const hash = createHash('sha256').update(content).digest('hex').slice(0, 10);
    const name = asset.replace(/^.*\/(spectaql)\.min\.(\w+)$/, `assets/$1.${hash}.min.$2`);
    renameSync(join(target, asset), join(target, name));
    rmSync(join(target, dirname(asset)), { recursive: true });
    if (!html.includes(`"${asset}"`)) throw new Error(`index.html does not reference ${asset}`);
    html = html.replaceAll(`"${asset}"`, `"${name}"`);
    assertNoExternalResources(content.toString('utf8'), name);
  }
  // SpectaQL lists the schema's empty operation groups (no mutations, no subscriptions) as links
  // without a name or a target.
  html = html.replace(/^\s*<li><a href="#"><\/a><\/li>\n/gm, '');
  html = focusableGuideTables(html);
  html = slugAnchors(
    html,
    GUIDES.map((guide) => guide.slug),
  );
  assertNoExternalResources(html, 'index.html');
  writeFileSync(indexFile, html);
}
