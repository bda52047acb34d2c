import { readFile } from 'node:fs/promises';
import { storiesDir, seedStorySlug } from '@parley/story';
import { proposeFacts } from '../suggestions/propose.js';

/**
 * `npm run suggest:bench`: how long proposing facts takes for an article of about 1,000 words (the seed story's
 * text twice over, as two reports on one page would be): the first run of the process, which also loads
 * compromise's lexicon, then the median of later runs. Figures, not assertions.
 */
const RUNS = Number(process.env.SUGGEST_RUNS ?? 10);
const story = await readFile(`${storiesDir}${seedStorySlug}/article.txt`, 'utf8');
const text = `${story}\n\n${story}`;
const words = text.split(/\s+/).filter(Boolean).length;
const time = () => {
  const start = performance.now();
  const proposals = proposeFacts({ text, publishedAt: '2024-04-11', knownActors: [] });
  return { ms: performance.now() - start, count: proposals.length };
};
const first = time();
const later = Array.from({ length: RUNS }, () => time().ms).sort((a, b) => a - b);
const median = later[Math.floor(later.length / 2)] ?? NaN;
console.log(`${String(words)} words, ${String(first.count)} proposals`);
console.log(`first run (loads compromise): ${first.ms.toFixed(0)} ms`);
console.log(`median of ${String(RUNS)} later runs: ${median.toFixed(0)} ms`);
