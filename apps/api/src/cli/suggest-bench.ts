import { readFile } from 'node:fs/promises';
import { storiesDir, seedStorySlug } from '@parley/story';
import { ActorKind } from '../actor/actor-kind.js';
import type { KnownActor } from '../suggestions/proposal.js';
import { proposeFacts } from '../suggestions/propose.js';

/**
 * `npm run suggest:bench`: how long proposing facts takes for an article of about 1,000 words (the seed story's
 * text twice over, as two reports on one page would be): the first run of the process, which also loads
 * compromise's lexicon, then the median of later runs; then the same with a database's worth of known actors
 * (`SUGGEST_KNOWN_ACTORS`, 20,000 by default), whose names share first names, surnames and the words of
 * organisations as a real corpus's do. Figures, not assertions.
 */
const RUNS = Number(process.env.SUGGEST_RUNS ?? 10);
const KNOWN = Number(process.env.SUGGEST_KNOWN_ACTORS ?? 20_000);
const story = await readFile(`${storiesDir}${seedStorySlug}/article.txt`, 'utf8');
const text = `${story}\n\n${story}`;
const words = text.split(/\s+/).filter(Boolean).length;
const FIRST_NAMES = ['Ana', 'Luis', 'Maria', 'Jorge', 'Elena', 'David', 'Sofia', 'Pedro', 'Laura', 'Carlos'];
const SURNAMES = ['Garcia', 'Rodriguez', 'Martinez', 'Lopez', 'Gonzalez', 'Perez', 'Sanchez', 'Ramirez', 'Torres'];
const BODIES = ['Ministry of Finance', 'Central Bank', 'Supreme Court', 'National Assembly', 'Electoral Council'];

/** `count` known actors: people and organisations whose names collide the way a large corpus's do. */
function syntheticActors(count: number): KnownActor[] {
  return Array.from({ length: count }, (_, i) => {
    const number = String(Math.floor(i / 90) + 1);
    return i % 3 === 2
      ? {
          slug: `body-${String(i)}`,
          name: `${BODIES[i % BODIES.length] ?? ''} ${number}`,
          aliases: [],
          kind: ActorKind.ORGANIZATION,
        }
      : {
          slug: `person-${String(i)}`,
          name: `${FIRST_NAMES[i % FIRST_NAMES.length] ?? ''} ${SURNAMES[i % SURNAMES.length] ?? ''}-${number}`,
          aliases: [],
          kind: ActorKind.PERSON,
        };
  });
}

const medianMs = (knownActors: KnownActor[]) => {
  const runs = Array.from({ length: RUNS }, () => {
    const start = performance.now();
    proposeFacts({ text, publishedAt: '2024-04-11', knownActors });
    return performance.now() - start;
  }).sort((a, b) => a - b);
  return runs[Math.floor(runs.length / 2)] ?? NaN;
};

const start = performance.now();
const proposals = proposeFacts({ text, publishedAt: '2024-04-11', knownActors: [] });
const first = performance.now() - start;
console.log(`${String(words)} words, ${String(proposals.length)} proposals`);
console.log(`first run (loads compromise): ${first.toFixed(0)} ms`);
console.log(`median of ${String(RUNS)} later runs: ${medianMs([]).toFixed(0)} ms`);
console.log(
  `median with ${KNOWN.toLocaleString('en')} known actors: ${medianMs(syntheticActors(KNOWN)).toFixed(0)} ms`,
);
