// Fails when the current SDL breaks the last released one and the CHANGELOG does not say so.
//
//   node scripts/schema-evolution.js [released.graphql] [current.graphql] [CHANGELOG.md]
//
// A breaking change (a removed field, a narrowed argument, …) is recorded when the CHANGELOG's
// `## Unreleased` section names its schema path in backticks (`Actor.basis`). The release
// procedure in README.md then moves that section under the new version and copies schema.graphql
// to schema.released.graphql.
import { diff, CriticalityLevel } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The CHANGELOG's `## Unreleased` section: what the next release will say. */
export function unreleasedSection(changelog) {
  const match = /^## Unreleased[^\n]*\n([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(changelog);
  return match ? match[1] : '';
}

/**
 * Every breaking change from `released` to `current` (SDL texts), each with whether the
 * CHANGELOG's Unreleased section records it.
 */
export async function breakingChanges({ released, current, changelog }) {
  const changes = await diff(buildSchema(released), buildSchema(current));
  const unreleased = unreleasedSection(changelog);
  return changes
    .filter((change) => change.criticality.level === CriticalityLevel.Breaking)
    .map((change) => ({
      path: change.path ?? '',
      message: change.message,
      recorded: Boolean(change.path) && unreleased.includes(`\`${change.path}\``),
    }));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const here = (file) => fileURLToPath(new URL(`../${file}`, import.meta.url));
  const [released, current, changelog] = [
    process.argv[2] ?? here('schema.released.graphql'),
    process.argv[3] ?? here('schema.graphql'),
    process.argv[4] ?? here('CHANGELOG.md'),
  ].map((file) => readFileSync(file, 'utf8'));
  const changes = await breakingChanges({ released, current, changelog });
  const unrecorded = changes.filter((change) => !change.recorded);
  for (const change of changes) {
    console.log(`${change.recorded ? 'recorded' : 'NOT RECORDED'}: ${change.path} — ${change.message}`);
  }
  if (unrecorded.length > 0) {
    console.error(
      `${unrecorded.length} breaking change(s) since the last release are not in the CHANGELOG's "## Unreleased" section. ` +
        'Name each path there in backticks (`Actor.basis`), or extend the schema instead (add, deprecate).',
    );
    process.exitCode = 1;
  } else {
    console.log(`No unrecorded breaking change since the last release (${changes.length} recorded).`);
  }
}
