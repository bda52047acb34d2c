import { describeEachDatabase } from '@parley/test-support/vitest';
import { expect, it } from 'vitest';
import { parseBundle } from '../../src/importer/load-bundle.js';
import { validateBundle } from '../../src/importer/validate-bundle.js';
import type { Proposal } from '../../src/suggestions/proposal.js';
import { createTestDatabase } from '../databases.js';
import { loadDevelopment, loadLaborDevelopment, loadHeldOut, loadSeed, proposalsFor } from './stories.js';

/** The proposals for an article as a bundle of its own, as an editor accepting them all would make. */
async function proposedBundle(load: typeof loadSeed) {
  const loaded = await load();
  const lists: Record<Proposal['type'], unknown[]> = {
    actors: [],
    attributions: [],
    positions: [],
    events: [],
    relations: [],
    statements: [],
    figures: [],
  };
  for (const proposal of proposalsFor(loaded, 'none')) lists[proposal.type].push(proposal.fact);
  const { document } = loaded.bundle;
  const raw = {
    format: 'parley-story/1',
    // The text inline, and no publisher or contributors: the proposals name their own actors.
    document: {
      ...document,
      slug: `proposed-${document.slug}`,
      textFile: undefined,
      publisher: undefined,
      contributors: [],
      text: loaded.text,
    },
    ...lists,
    negotiations: [],
  };
  return { bundle: parseBundle(raw, 'proposals'), text: loaded.text, source: 'proposals' };
}

describeEachDatabase('proposals for an article, all accepted', (database) => {
  it.each([
    ['the seed story', loadSeed],
    ['the held-out article', loadHeldOut],
    ['the development article', loadDevelopment],
    ['the labour development article', loadLaborDevelopment],
  ] as const)('pass the importer’s validation: %s', async (_, load) => {
    const db = await createTestDatabase(database);
    try {
      const loaded = await proposedBundle(load);
      const valid = await validateBundle(db.orm.em.fork(), loaded);
      expect(valid.lists.find((list) => list.type.list === 'relations')?.facts.length).toBe(
        loaded.bundle.relations.length,
      );
    } finally {
      await db.drop();
    }
  });
});

describeEachDatabase('the articles the suggester is measured on', (database) => {
  it.each([
    ['the held-out article', loadHeldOut],
    ['the development article', loadDevelopment],
    ['the labour development article', loadLaborDevelopment],
  ] as const)('have hand-made bundles that pass the importer’s validation: %s', async (_, load) => {
    const db = await createTestDatabase(database);
    try {
      const loaded = await load();
      const valid = await validateBundle(db.orm.em.fork(), loaded);
      expect(valid.lists.find((list) => list.type.list === 'relations')?.facts.length).toBe(
        loaded.bundle.relations.length,
      );
    } finally {
      await db.drop();
    }
  });
});
