import { describeEachDatabase } from '@parley/test-support/vitest';
import { beforeAll, expect, it } from 'vitest';
import { Actor } from '../../src/actor/actor.entity.js';
import { Evidence } from '../../src/evidence/evidence.entity.js';
import { Position } from '../../src/position/position.entity.js';
import { Relation } from '../../src/relation/relation.entity.js';
import { Statement } from '../../src/statement/statement.entity.js';
import { useTestApi } from '../harness.js';
import { countRows } from '../revert-check.js';
import { STORY, idOf, ok, refused } from './editing.js';

const CREATE = `
  mutation ($input: CreateActorInput!) {
    createActor(input: $input) { actor { id version slug name aliases kind evidence { quote } } }
  }`;
const UPDATE = `
  mutation ($input: UpdateActorInput!) { updateActor(input: $input) { actor { id version name aliases summary } } }`;
const DELETE = `
  mutation ($input: DeleteActorInput!) { deleteActor(input: $input) { deletedId deletedIds } }`;
const MERGE = `
  mutation ($input: MergeActorsInput!) { mergeActors(input: $input) { mergedId actor { id version slug aliases } } }`;
const ACTOR = `
  query ($slug: String!) {
    actor(slug: $slug) { id version name aliases }
    relations(filter: { actor: $slug }, first: 1) { totalCount }
  }`;
const CREATE_NEGOTIATION = `
  mutation ($input: CreateNegotiationInput!) { createNegotiation(input: $input) { negotiation { id } } }`;
const CREATE_RELATION = `
  mutation ($input: CreateRelationInput!) { createRelation(input: $input) { relation { id } } }`;

interface ActorRead {
  id: string;
  version: number;
  slug: string;
  name: string;
  aliases: string[];
}

describeEachDatabase('actor mutations', (database) => {
  const api = useTestApi(database);
  let documentId: string;
  let attributionId: string;

  beforeAll(async () => {
    documentId = await idOf(api, 'document', STORY);
    const data = await ok<{ relations: { nodes: { attribution: { id: string } }[] } }>(
      api,
      `query { relations(first: 1) { nodes { attribution { id } } } }`,
    );
    attributionId = data.relations.nodes[0]?.attribution.id ?? '';
  });

  async function createActor(slug: string, name: string, quote = 'Maduro') {
    const data = await ok<{ createActor: { actor: ActorRead } }>(api, CREATE, {
      input: { slug, name, kind: 'PERSON', aliases: [], documentId, evidence: [{ quote, occurrence: 1 }] },
    });
    return data.createActor.actor;
  }

  async function relate(sourceId: string, targetId: string) {
    await ok(api, CREATE_RELATION, {
      input: {
        documentId,
        kind: 'MET_WITH',
        sourceId,
        targetId,
        summary: 'They met.',
        attributionId,
        evidence: [{ quote: 'Maduro', occurrence: 1 }],
      },
    });
  }

  it('creates an actor and reads it back by slug; a taken slug is refused and writes nothing', async () => {
    const created = await createActor('ana-editor', 'Ana Editor');
    expect(created).toMatchObject({ version: 1, slug: 'ana-editor', name: 'Ana Editor', kind: 'PERSON' });
    expect(created).toHaveProperty('evidence', [{ quote: 'Maduro' }]);
    const read = await ok<{ actor: ActorRead; relations: { totalCount: number } }>(api, ACTOR, { slug: 'ana-editor' });
    expect(read.actor.id).toBe(created.id);

    const before = await countRows(api, [Actor, Evidence]);
    const taken = await refused(api, CREATE, {
      input: {
        slug: 'nicolas-maduro',
        name: 'Again',
        kind: 'PERSON',
        documentId,
        evidence: [{ quote: 'Maduro', occurrence: 1 }],
      },
    });
    expect(taken.extensions).toMatchObject({ code: 'BAD_USER_INPUT', path: 'input.slug' });
    const badSlug = await refused(api, CREATE, {
      input: {
        slug: 'Not A Slug',
        name: 'X',
        kind: 'PERSON',
        documentId,
        evidence: [{ quote: 'Maduro', occurrence: 1 }],
      },
    });
    expect(badSlug.extensions).toMatchObject({ code: 'BAD_USER_INPUT', path: 'input.slug' });
    expect(await countRows(api, [Actor, Evidence])).toEqual(before);
  });

  it('updates an actor at the version read, and refuses a stale one', async () => {
    const created = await createActor('bo-editor', 'Bo Editor');
    const updated = await ok<{ updateActor: { actor: ActorRead } }>(api, UPDATE, {
      input: { id: created.id, version: 1, name: 'Bo B. Editor', aliases: ['Bo'] },
    });
    expect(updated.updateActor.actor).toMatchObject({ version: 2, name: 'Bo B. Editor', aliases: ['Bo'] });
    const search = await ok<{ actors: { nodes: { slug: string }[] } }>(
      api,
      `query { actors(search: "b. editor") { nodes { slug } } }`,
    );
    expect(search.actors.nodes.map((actor) => actor.slug)).toContain('bo-editor');
    const stale = await refused(api, UPDATE, { input: { id: created.id, version: 1, name: 'Lost update' } });
    expect(stale.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
  });

  it('refuses to delete an actor others refer to, counting them by type; cascade deletes them in one change', async () => {
    const maduro = await ok<{ actor: ActorRead; relations: { totalCount: number } }>(api, ACTOR, {
      slug: 'nicolas-maduro',
    });
    const before = await countRows(api, [Actor, Relation, Statement, Position, Evidence]);
    const error = await refused(api, DELETE, { input: { id: maduro.actor.id, version: maduro.actor.version } });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', path: 'input.id' });
    const references = error.extensions?.references as Record<string, number>;
    expect(references.Relation).toBe(maduro.relations.totalCount);
    expect(await countRows(api, [Actor, Relation, Statement, Position, Evidence])).toEqual(before);

    const lonely = await createActor('cy-editor', 'Cy Editor');
    const other = await createActor('di-editor', 'Di Editor');
    await relate(lonely.id, other.id);
    const deleted = await ok<{ deleteActor: { deletedIds: string[] } }>(api, DELETE, {
      input: { id: lonely.id, version: 1, cascade: true },
    });
    // The actor, its evidence, the relation and the relation's evidence.
    expect(deleted.deleteActor.deletedIds).toHaveLength(4);
    expect(
      (await ok<{ actor: ActorRead | null; relations: { totalCount: number } }>(api, ACTOR, { slug: 'cy-editor' }))
        .actor,
    ).toBeNull();
    const di = await ok<{ actor: ActorRead; relations: { totalCount: number } }>(api, ACTOR, { slug: 'di-editor' });
    expect(di.relations.totalCount).toBe(0);
  });

  it('merges two actors: the kept one gets every relation and the other names; the other is gone', async () => {
    const keep = await createActor('ed-editor', 'Ed Editor');
    const merge = await createActor('edward-editor', 'Edward Editor');
    const third = await createActor('fa-editor', 'Fa Editor');
    await relate(merge.id, third.id);
    await relate(third.id, merge.id);
    await relate(keep.id, third.id);
    const negotiation = await ok<{ createNegotiation: { negotiation: { id: string } } }>(api, CREATE_NEGOTIATION, {
      input: {
        documentId,
        slug: 'editors-talks',
        title: 'Editors talk',
        partyIds: [merge.id, third.id],
        evidence: [{ quote: 'Maduro', occurrence: 1 }],
      },
    });

    const self = await refused(api, MERGE, {
      input: { keepId: keep.id, keepVersion: 1, mergeId: keep.id, mergeVersion: 1 },
    });
    expect(self.extensions).toMatchObject({ code: 'BAD_USER_INPUT', path: 'input.mergeId' });
    const stale = await refused(api, MERGE, {
      input: { keepId: keep.id, keepVersion: 1, mergeId: merge.id, mergeVersion: 5 },
    });
    expect(stale.extensions).toMatchObject({ code: 'CONFLICT', path: 'input.mergeVersion', currentVersion: 1 });

    const merged = await ok<{ mergeActors: { mergedId: string; actor: ActorRead } }>(api, MERGE, {
      input: { keepId: keep.id, keepVersion: 1, mergeId: merge.id, mergeVersion: 1 },
    });
    expect(merged.mergeActors).toMatchObject({ mergedId: merge.id, actor: { id: keep.id, version: 2 } });
    expect(merged.mergeActors.actor.aliases).toContain('Edward Editor');
    const kept = await ok<{ actor: ActorRead; relations: { totalCount: number } }>(api, ACTOR, { slug: 'ed-editor' });
    expect(kept.relations.totalCount).toBe(3);
    expect(
      (await ok<{ actor: ActorRead | null; relations: { totalCount: number } }>(api, ACTOR, { slug: 'edward-editor' }))
        .actor,
    ).toBeNull();
    const talks = await ok<{ negotiation: { parties: { slug: string }[] } }>(
      api,
      `query { negotiation(slug: "editors-talks") { parties { slug } } }`,
    );
    expect(talks.negotiation.parties.map((party) => party.slug).sort()).toEqual(['ed-editor', 'fa-editor']);
    expect(negotiation.createNegotiation.negotiation.id).toBeTruthy();

    // Deleting an actor that is a party, with cascade, takes it off the list and keeps the negotiation.
    const fa1 = await ok<{ actor: ActorRead }>(api, ACTOR, { slug: 'fa-editor' });
    const references = await refused(api, DELETE, { input: { id: fa1.actor.id, version: fa1.actor.version } });
    expect(references.extensions?.references).toMatchObject({ Negotiation: 1, Relation: 3 });
    const fa = await ok<{ actor: ActorRead; relations: { totalCount: number } }>(api, ACTOR, { slug: 'fa-editor' });
    expect(fa.relations.totalCount).toBe(3);
    // Every relation of the kept actor was with this one: they go with it.
    await ok(api, DELETE, { input: { id: fa.actor.id, version: fa.actor.version, cascade: true } });
    const after = await ok<{ negotiation: { parties: { slug: string }[] } }>(
      api,
      `query { negotiation(slug: "editors-talks") { parties { slug } } }`,
    );
    expect(after.negotiation.parties.map((party) => party.slug)).toEqual(['ed-editor']);
    expect(
      (await ok<{ relations: { totalCount: number } }>(api, ACTOR, { slug: 'ed-editor' })).relations.totalCount,
    ).toBe(0);
  });
});
