/**
 * What recording an import as a change costs: imports the seed story and a generated story of
 * many thousand rows into fresh databases, once through `importStory` (recorded as one change)
 * and once through the same validation and writing without the history, and prints the median
 * times. Figures, not assertions: `npm run bench:import -w @parley/api`.
 */
import 'reflect-metadata';
import { seedStoryPath } from '@parley/story';
import { postgresAnswers } from '@parley/test-support';
import { bundleHash, importStory } from '../src/importer/import-story.js';
import { loadBundleFile, parseBundle, type LoadedBundle } from '../src/importer/load-bundle.js';
import { validateBundle } from '../src/importer/validate-bundle.js';
import { writeBundle } from '../src/importer/write-bundle.js';
import { readRows } from '../src/common/read.js';
import { createTestDatabase } from './databases.js';

const RUNS = Number(process.env.IMPORT_RUNS ?? 3);
const PEOPLE = Number(process.env.IMPORT_PEOPLE ?? 2000);

/** A story of `people` actors, each meeting the next: an actor, a relation and two quotes per person. */
function generatedStory(people: number): LoadedBundle {
  const sentences = Array.from(
    { length: people },
    (_, i) => `Person ${String(i)} met Person ${String(i + 1)} in City ${String(i)}.`,
  );
  const text = `WIRE -- ${sentences.join(' ')} Person ${String(people)} stayed home.`;
  const slug = (i: number) => `person-${String(i)}`;
  const bundle = parseBundle(
    {
      format: 'parley-story/1',
      document: {
        slug: 'generated-story',
        title: 'Generated',
        text,
        publishedAt: { date: '2024-05-02' },
        contributors: [],
      },
      actors: [
        { slug: 'wire', name: 'WIRE', kind: 'ORGANIZATION', evidence: [{ quote: 'WIRE' }] },
        ...Array.from({ length: people + 1 }, (_, i) => ({
          slug: slug(i),
          name: `Person ${String(i)}`,
          kind: 'PERSON',
          evidence: [{ quote: i < people ? `Person ${String(i)} met` : `Person ${String(i)} stayed` }],
        })),
      ],
      attributions: [{ key: 'wire', kind: 'REPORTED', source: 'wire' }],
      relations: sentences.map((sentence, i) => ({
        key: `meeting-${String(i)}`,
        kind: 'MET_WITH',
        source: slug(i),
        target: slug(i + 1),
        summary: sentence,
        attribution: 'wire',
        evidence: [{ quote: sentence }],
      })),
      positions: [],
      events: [],
      statements: [],
      figures: [],
      negotiations: [],
    },
    'generated-story.json',
  );
  return { bundle, text, source: 'generated-story.json' };
}

/** The same validation and writing as `importStory`, in one transaction, with nothing recorded. */
async function importWithoutHistory(em: Parameters<typeof importStory>[0], loaded: LoadedBundle) {
  await em.fork().transactional(async (tx) => {
    const valid = await validateBundle(tx, loaded);
    await writeBundle(tx, valid, loaded, bundleHash(loaded));
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

const databases = (await postgresAnswers()) ? (['sqlite', 'postgresql'] as const) : (['sqlite'] as const);
const stories = [
  { name: 'seed story', loaded: await loadBundleFile(seedStoryPath) },
  { name: `generated (${String(PEOPLE)} people)`, loaded: generatedStory(PEOPLE) },
];
for (const database of databases) {
  for (const { name, loaded } of stories) {
    const times = { without: [] as number[], with: [] as number[] };
    let recorded = 0;
    for (let run = 0; run < RUNS; run++) {
      for (const mode of ['without', 'with'] as const) {
        const db = await createTestDatabase(database);
        try {
          const started = performance.now();
          if (mode === 'with') await importStory(db.orm.em, loaded);
          else await importWithoutHistory(db.orm.em, loaded);
          times[mode].push(performance.now() - started);
          if (mode === 'with') {
            const [row] = await readRows(db.orm.em, 'select count(*) as total from change_row', []);
            recorded = Number(row?.total);
          }
        } finally {
          await db.drop();
        }
      }
    }
    const without = median(times.without);
    const withHistory = median(times.with);
    console.log(
      `${database.padEnd(10)} ${name.padEnd(26)} without history ${without.toFixed(0).padStart(6)} ms   recorded ${withHistory.toFixed(0).padStart(6)} ms (${recorded} rows)   ×${(withHistory / without).toFixed(2)}`,
    );
  }
}
