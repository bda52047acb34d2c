import { resolve } from 'node:path';
import { loadBundleFile } from '../importer/load-bundle.js';
import { evaluateProposals, formatScores, knownActorsOf } from '../suggestions/evaluate.js';
import { proposeFacts } from '../suggestions/propose.js';

/**
 * `npm run suggest:eval -- [--no-known-actors] <story.json>`: proposes facts for a bundle's text and scores them
 * against the bundle's own facts, per kind of fact: once with the bundle's actors known (as the database would know
 * them) and once with none known; `--no-known-actors` runs only the second.
 */
const args = process.argv.slice(2);
const onlyUnknown = args.includes('--no-known-actors');
const files = args.filter((arg) => !arg.startsWith('--'));
if (files.length !== 1 || !files[0]) {
  console.error('usage: npm run suggest:eval -- [--no-known-actors] <story.json>');
  process.exit(2);
}
const base = process.env.INIT_CWD ?? process.cwd();
const { bundle, text } = await loadBundleFile(resolve(base, files[0]));
const publishedAt = bundle.document.publishedAt.date;
const runs = onlyUnknown
  ? [{ title: 'no actors known', knownActors: [] }]
  : [
      { title: 'the bundle’s actors known', knownActors: knownActorsOf(bundle) },
      { title: 'no actors known', knownActors: [] },
    ];
for (const { title, knownActors } of runs) {
  const proposals = proposeFacts({ text, publishedAt, knownActors });
  console.log(formatScores(`${bundle.document.slug}: ${title}`, evaluateProposals(text, proposals, bundle)));
  console.log();
}
