import { seedStoryPath } from '@parley/story';
import { fileURLToPath } from 'node:url';
import { loadBundleFile, type LoadedBundle } from '../../src/importer/load-bundle.js';
import { knownActorsOf } from '../../src/suggestions/evaluate.js';
import type { Proposal } from '../../src/suggestions/proposal.js';
import { proposeFacts } from '../../src/suggestions/propose.js';

/** The article the suggester is never tuned on: its figures measure reading, not fitting. */
export const heldOutPath = fileURLToPath(
  new URL('./held-out/eu-indonesia-nickel-talks-2025-03-12/story.json', import.meta.url),
);

/** An article of another negotiation, bundled by hand before the rules were changed for it: the rules may be tuned on it. */
export const developmentPath = fileURLToPath(
  new URL('./development/ethiopia-bondholder-talks-2025-06-19/story.json', import.meta.url),
);

/**
 * A second development article, in another register (a wire report of a carmaker's labour talks with its union under a
 * federal mediator, with straight quotes), bundled by hand before the rules were changed for it.
 */
export const laborDevelopmentPath = fileURLToPath(
  new URL('./development/halvorsen-union-talks-2025-10-09/story.json', import.meta.url),
);

export const loadSeed = (): Promise<LoadedBundle> => loadBundleFile(seedStoryPath);
export const loadHeldOut = (): Promise<LoadedBundle> => loadBundleFile(heldOutPath);
export const loadDevelopment = (): Promise<LoadedBundle> => loadBundleFile(developmentPath);
export const loadLaborDevelopment = (): Promise<LoadedBundle> => loadBundleFile(laborDevelopmentPath);

/** The suggester's proposals for a bundle's text, with the bundle's actors known or none. */
export function proposalsFor({ bundle, text }: LoadedBundle, known: 'known' | 'none'): Proposal[] {
  return proposeFacts({
    text,
    publishedAt: bundle.document.publishedAt.date,
    knownActors: known === 'known' ? knownActorsOf(bundle) : [],
  });
}
