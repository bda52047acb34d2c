import { describeEachDatabase } from '@parley/test-support/vitest';
import { beforeAll, it } from 'vitest';
import { useTestApi } from '../harness.js';
import { expectRevertRestores } from '../revert-check.js';
import { STORY, idOf, ok } from './editing.js';

/**
 * An actor as the public API shows it, with every fact that names it and their evidence. No
 * `version`: a revert moves versions forward on purpose, so a client holding the reverted
 * version cannot overwrite the restored node.
 */
const ACTOR = `
  query ($slug: String!) {
    actor(slug: $slug) {
      id slug name aliases kind summary evidence { start end quote }
      relations(first: 100) {
        id kind summary modality demand lever date { text start end precision } source { slug } target { slug } evidence { start end quote }
      }
      positions(first: 50) { title organization { slug } }
      statements(first: 50) { kind evidence { quote } }
    }
  }`;

const CREATE_ACTOR = `
  mutation ($input: CreateActorInput!) { createActor(input: $input) { actor { id version } } }`;
const UPDATE_ACTOR = `
  mutation ($input: UpdateActorInput!) { updateActor(input: $input) { actor { id version } } }`;
const DELETE_ACTOR = `
  mutation ($input: DeleteActorInput!) { deleteActor(input: $input) { deletedId } }`;
const MERGE_ACTORS = `
  mutation ($input: MergeActorsInput!) { mergeActors(input: $input) { actor { id } } }`;
const CREATE_RELATION = `
  mutation ($input: CreateRelationInput!) { createRelation(input: $input) { relation { id version } } }`;
const UPDATE_RELATION = `
  mutation ($input: UpdateRelationInput!) { updateRelation(input: $input) { relation { id version } } }`;
const DELETE_RELATION = `
  mutation ($input: DeleteRelationInput!) { deleteRelation(input: $input) { deletedId } }`;

interface Versioned {
  id: string;
  version: number;
}

// Each mutation, then `revert` of the change it made: the public view of what it touched is
// exactly as before, and every table holds as many rows.
describeEachDatabase('reverting each mutation', (database) => {
  const api = useTestApi(database);
  let documentId: string;
  let maduro: string;
  let attributionId: string;
  let firstRelation: Versioned & { source: { slug: string } };

  beforeAll(async () => {
    documentId = await idOf(api, 'document', STORY);
    maduro = await idOf(api, 'actor', 'nicolas-maduro');
    const data = await ok<{
      relations: { nodes: (Versioned & { attribution: { id: string }; source: { slug: string } })[] };
    }>(api, `query { relations(first: 1) { nodes { id version attribution { id } source { slug } } } }`);
    const [first] = data.relations.nodes;
    if (!first) throw new Error('the story has no relation');
    attributionId = first.attribution.id;
    firstRelation = first;
  });

  const maduroView = { query: ACTOR, variables: { slug: 'nicolas-maduro' } };

  async function createActor(slug: string, name: string): Promise<Versioned> {
    const data = await ok<{ createActor: { actor: Versioned } }>(api, CREATE_ACTOR, {
      input: { slug, name, kind: 'PERSON', aliases: [], documentId, evidence: [{ quote: 'Maduro', occurrence: 1 }] },
    });
    return data.createActor.actor;
  }

  async function pressure(sourceId: string, targetId: string): Promise<Versioned> {
    const data = await ok<{ createRelation: { relation: Versioned } }>(api, CREATE_RELATION, {
      input: {
        documentId,
        kind: 'PRESSURED',
        sourceId,
        targetId,
        summary: 'Pressed for a date.',
        attributionId,
        date: { text: 'last year' },
        evidence: [{ quote: 'Maduro', occurrence: 2 }],
      },
    });
    return data.createRelation.relation;
  }

  it('createRelation: the new relation is gone again', async () => {
    const source = await createActor('revert-source', 'Revert Source');
    await expectRevertRestores(api, maduroView, () => pressure(source.id, maduro));
  });

  it('updateRelation, evidence included: the relation reads as it did', async () => {
    const view = { query: ACTOR, variables: { slug: firstRelation.source.slug } };
    await expectRevertRestores(api, view, () =>
      ok(api, UPDATE_RELATION, {
        input: {
          id: firstRelation.id,
          version: firstRelation.version,
          summary: 'Rewritten by an editor.',
          evidence: [{ quote: 'Venezuela', occurrence: 3 }],
        },
      }),
    );
  });

  it('deleteRelation: the relation is back with its evidence and its id', async () => {
    const source = await createActor('revert-deleted-source', 'Revert Deleted');
    const relation = await pressure(source.id, maduro);
    await expectRevertRestores(api, maduroView, () =>
      ok(api, DELETE_RELATION, { input: { id: relation.id, version: relation.version } }),
    );
  });

  it('updateActor: names and aliases as they were', async () => {
    const actor = await createActor('revert-renamed', 'Before Rename');
    const view = { query: ACTOR, variables: { slug: 'revert-renamed' } };
    await expectRevertRestores(api, view, () =>
      ok(api, UPDATE_ACTOR, {
        input: { id: actor.id, version: actor.version, name: 'After Rename', aliases: ['Renamed'] },
      }),
    );
  });

  it('deleteActor with cascade: the actor and every relation that named it come back', async () => {
    const actor = await createActor('revert-cascade', 'Cascade Deleted');
    await pressure(actor.id, maduro);
    const view = { query: ACTOR, variables: { slug: 'revert-cascade' } };
    await expectRevertRestores(api, maduroView, async () => {
      const current = await ok<{ actor: Versioned }>(api, `query { actor(slug: "revert-cascade") { id version } }`);
      await ok(api, DELETE_ACTOR, { input: { id: current.actor.id, version: current.actor.version, cascade: true } });
    });
    await expectRevertRestores(api, view, async () => {
      const current = await ok<{ actor: Versioned }>(api, `query { actor(slug: "revert-cascade") { id version } }`);
      await ok(api, DELETE_ACTOR, { input: { id: current.actor.id, version: current.actor.version, cascade: true } });
    });
  });

  it('mergeActors: both actors and their relations are as before the merge', async () => {
    await createActor('revert-keep', 'Kept Actor');
    const merged = await createActor('revert-merged', 'Merged Actor');
    await pressure(merged.id, maduro);
    await expectRevertRestores(api, maduroView, async () => {
      const current = await ok<{ keep: Versioned; merge: Versioned }>(
        api,
        `query { keep: actor(slug: "revert-keep") { id version } merge: actor(slug: "revert-merged") { id version } }`,
      );
      await ok(api, MERGE_ACTORS, {
        input: {
          keepId: current.keep.id,
          keepVersion: current.keep.version,
          mergeId: current.merge.id,
          mergeVersion: current.merge.version,
        },
      });
    });
  });
});
