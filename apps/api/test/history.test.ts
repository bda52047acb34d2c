import type { EntityManager } from '@mikro-orm/core';
import { describeEachDatabase } from '@parley/test-support/vitest';
import { expect, it } from 'vitest';
import { Actor } from '../src/actor/actor.entity.js';
import { ActorKind } from '../src/actor/actor-kind.js';
import { createContext } from '../src/common/context.js';
import { readRows } from '../src/common/read.js';
import type { Viewer } from '../src/common/viewer.js';
import { Document } from '../src/document/document.entity.js';
import { Evidence } from '../src/evidence/evidence.entity.js';
import { Negotiation } from '../src/negotiation/negotiation.entity.js';
import { Relation } from '../src/relation/relation.entity.js';
import { historyTables } from '../src/history/history-tables.js';
import { runChange } from '../src/history/run-change.js';
import { importStory } from '../src/importer/import-story.js';
import { loaded, miniBundle } from './fixtures/mini-story.js';
import { recordStatements, silentLogger, useTestApi, type TestApi } from './harness.js';
import { changeGlobalId, editor, expectRevertRestores, latestChangeId, revert, countRows } from './revert-check.js';

const reader: Viewer = { userId: 8, name: 'Rhea Reader', role: 'reader' };

/** A slug no other test uses, so tests run in any order on one database. */
let made = 0;
const uniqueSlug = (stem: string) => `${stem}-${String(++made)}-${String(Date.now())}`;

const ActorNodeQuery = `query ActorNode($id: ID!) {
  node(id: $id) {
    id
    ... on Actor { slug name aliases kind summary basis evidence { start end quote document { slug } } }
  }
}`;

const RelationNodeQuery = `query RelationNode($id: ID!) {
  node(id: $id) {
    id
    ... on Relation {
      kind category summary modality demand lever
      date { text start end precision }
      source { slug } target { slug }
      evidence { start end quote }
    }
  }
}`;

const ChangeFields = `id at userName kind summary rowCount
  reverts { id } revertedBy { id }
  rows(first: 100) { totalCount nodes { entityType nodeId operation before after } }`;

interface ChangeView {
  id: string;
  at: string;
  userName: string | null;
  kind: string;
  summary: string;
  rowCount: number;
  reverts: { id: string } | null;
  revertedBy: { id: string } | null;
  rows: {
    totalCount: number;
    nodes: { entityType: string; nodeId: string; operation: string; before: unknown; after: unknown }[];
  };
}

function contextOf(api: TestApi, viewer: Viewer = editor) {
  return createContext(api.db.orm.em, silentLogger, viewer);
}

async function seedDocument(api: TestApi): Promise<Document> {
  return api.db.orm.em.fork().findOneOrFail(Document, { slug: 'us-venezuela-talks-2024-04-11' });
}

/** Creates an actor (with evidence when `quote` is given) in one recorded change. */
async function createActor(api: TestApi, options: { quote?: string } = {}): Promise<Actor> {
  const document = await seedDocument(api);
  return runChange(contextOf(api), 'Create an actor', (em) => {
    const slug = uniqueSlug('history-actor');
    const actor = em.create(Actor, {
      slug,
      name: 'History Actor',
      kind: ActorKind.PERSON,
      aliases: ['H. Actor'],
      searchText: slug,
    });
    if (options.quote !== undefined) {
      const start = document.text.indexOf(options.quote);
      em.create(Evidence, {
        document: em.getReference(Document, document.id),
        start,
        end: start + options.quote.length,
        quote: options.quote,
        actor,
      });
    }
    return Promise.resolve(actor);
  });
}

async function changeView(api: TestApi, id: string): Promise<ChangeView> {
  const { result } = await api.request(
    `query Changes { recentChanges(first: 100) { nodes { ${ChangeFields} } } }`,
    {},
    editor,
  );
  expect(result.errors).toBeUndefined();
  const found = (result.data as { recentChanges: { nodes: ChangeView[] } }).recentChanges.nodes.find(
    (change) => change.id === id,
  );
  if (!found) throw new Error(`change ${id} is not among the recent changes`);
  return found;
}

async function historyOf(api: TestApi, id: string, first = 20, after?: string) {
  const { result } = await api.request(
    `query History($id: ID!, $first: Int, $after: String) {
      history(id: $id, first: $first, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } nodes { id kind summary }
      }
    }`,
    { id, first, after },
    editor,
  );
  expect(result.errors).toBeUndefined();
  return (
    result.data as {
      history: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        nodes: { id: string; kind: string; summary: string }[];
      };
    }
  ).history;
}

const nodeId = (type: string, id: number) => Buffer.from(`${type}:${String(id)}`, 'utf8').toString('base64url');

async function changeCounts(api: TestApi) {
  const [changes] = await readRows(api.db.orm.em, 'select count(*) as total from change', []);
  const [rows] = await readRows(api.db.orm.em, 'select count(*) as total from change_row', []);
  return { changes: Number(changes?.total), rows: Number(rows?.total) };
}

async function firstSeedRelation(em: EntityManager): Promise<Relation> {
  const [relation] = await em.find(Relation, { demand: { $ne: null } }, { orderBy: { id: 'asc' }, limit: 1 });
  if (!relation) throw new Error('the seed story has a relation with a demand');
  return relation;
}

describeEachDatabase('change history', (database) => {
  const api = useTestApi(database);

  it('records the seed import as one change of kind IMPORT, with every row it wrote', async () => {
    const { result } = await api.request(
      `{ recentChanges(first: 100) { nodes { id kind summary userName rowCount rows(first: 1) { totalCount } } } }`,
      {},
      editor,
    );
    expect(result.errors).toBeUndefined();
    const imports = (
      result.data as {
        recentChanges: {
          nodes: {
            kind: string;
            summary: string;
            userName: string | null;
            rowCount: number;
            rows: { totalCount: number };
          }[];
        };
      }
    ).recentChanges.nodes.filter((change) => change.summary === 'Imported us-venezuela-talks-2024-04-11');
    expect(imports).toHaveLength(1);
    const [seed] = imports;
    expect(seed?.kind).toBe('IMPORT');
    expect(seed?.userName).toBeNull();
    const em = api.db.orm.em.fork();
    const written =
      (await em.count(Actor, {})) + (await em.count(Evidence, { document: { slug: 'us-venezuela-talks-2024-04-11' } }));
    expect(seed?.rowCount).toBeGreaterThan(written);
    expect(seed?.rows.totalCount).toBe(seed?.rowCount);
  });

  it('records a created actor with its evidence, as written, under the viewer’s name', async () => {
    const actor = await createActor(api, { quote: 'Venezuela' });
    const change = await changeView(api, changeGlobalId(await latestChangeId(api)));
    expect(change).toMatchObject({ kind: 'MUTATION', summary: 'Create an actor', userName: 'Eda Editor', rowCount: 2 });
    expect(new Date(change.at).toISOString()).toBe(change.at);
    const rows = change.rows.nodes;
    expect(rows.map((row) => [row.entityType, row.operation])).toEqual([
      ['Actor', 'CREATE'],
      ['Evidence', 'CREATE'],
    ]);
    expect(rows[0]).toMatchObject({
      nodeId: nodeId('Actor', actor.id),
      before: null,
      after: { id: actor.id, slug: actor.slug, name: 'History Actor', aliases: ['H. Actor'], kind: 'PERSON' },
    });
    expect(rows[1]?.after).toMatchObject({ actor_id: actor.id, quote: 'Venezuela' });
  });

  it('reverting a create deletes the node; reverting the revert puts it back', async () => {
    const countsBefore = await countRows(api);
    const actor = await createActor(api, { quote: 'Caracas' });
    const created = changeGlobalId(await latestChangeId(api));
    const id = nodeId('Actor', actor.id);
    const shown = (await api.request(ActorNodeQuery, { id })).result;

    const undone = await revert(api, created);
    expect(undone.errors).toBeUndefined();
    expect(undone.data).toMatchObject({ revert: { change: { kind: 'REVERT' }, reverted: { id: created } } });
    expect((await api.request(ActorNodeQuery, { id })).result.data).toEqual({ node: null });
    expect(await countRows(api)).toEqual(countsBefore);

    const revertId = (undone.data as { revert: { change: { id: string } } }).revert.change.id;
    const redone = await revert(api, revertId);
    expect(redone.errors).toBeUndefined();
    expect((await api.request(ActorNodeQuery, { id })).result).toEqual(shown);
  });

  it('reverting an update sets the relation back exactly', async () => {
    const relation = await firstSeedRelation(api.db.orm.em.fork());
    const { change } = await expectRevertRestores(
      api,
      { query: RelationNodeQuery, variables: { id: nodeId('Relation', relation.id) } },
      () =>
        runChange(contextOf(api), 'Reword a relation', async (em) => {
          const loadedRelation = await em.findOneOrFail(Relation, { id: relation.id });
          loadedRelation.summary = 'Reworded for the history test.';
          loadedRelation.demand = undefined;
        }),
    );
    const recorded = await changeView(api, change);
    expect(recorded.rows.nodes).toHaveLength(1);
    const [row] = recorded.rows.nodes;
    expect(row).toMatchObject({ entityType: 'Relation', operation: 'UPDATE' });
    expect(row?.before).toMatchObject({ id: relation.id, summary: relation.summary, demand: relation.demand });
    expect(row?.after).toMatchObject({ id: relation.id, summary: 'Reworded for the history test.', demand: null });
  });

  it('deleting an actor records its evidence and lists; reverting restores them with the same ids', async () => {
    const actor = await createActor(api, { quote: 'Maduro' });
    const negotiationId = (
      await api.db.orm.em.fork().findOneOrFail(Negotiation, { id: { $gt: 0 } }, { orderBy: { id: 'asc' } })
    ).id;
    await runChange(contextOf(api), 'Add a party', async (em) => {
      const negotiation = await em.findOneOrFail(Negotiation, { id: negotiationId }, { populate: ['parties'] });
      negotiation.parties.add(em.getReference(Actor, actor.id));
    });
    const partiesQuery = `query Parties($id: ID!) { node(id: $id) { ... on Negotiation { parties { slug } } } }`;
    const parties = async () => (await api.request(partiesQuery, { id: nodeId('Negotiation', negotiationId) })).result;
    const partiesBefore = await parties();
    expect(JSON.stringify(partiesBefore)).toContain(actor.slug);

    const { change } = await expectRevertRestores(
      api,
      { query: ActorNodeQuery, variables: { id: nodeId('Actor', actor.id) } },
      () =>
        runChange(contextOf(api), 'Delete an actor', async (em) => {
          em.remove(await em.findOneOrFail(Actor, { id: actor.id }));
        }),
    );
    expect(await parties()).toEqual(partiesBefore);
    const rows = (await changeView(api, change)).rows.nodes;
    expect(rows.map((row) => [row.entityType, row.operation]).sort()).toEqual([
      ['Actor', 'DELETE'],
      ['Evidence', 'DELETE'],
      ['Negotiation.parties', 'UPDATE'],
    ]);
    expect(rows.find((row) => row.entityType === 'Negotiation.parties')?.nodeId).toBe(
      nodeId('Negotiation', negotiationId),
    );
  });

  it('records a change of many rows as one, and reverts it whole', async () => {
    const one = await createActor(api);
    const two = await createActor(api);
    const query = `query Two($a: ID!, $b: ID!) { nodes(ids: [$a, $b]) { id ... on Actor { name summary aliases } } }`;
    const { change } = await expectRevertRestores(
      api,
      { query, variables: { a: nodeId('Actor', one.id), b: nodeId('Actor', two.id) } },
      () =>
        runChange(contextOf(api), 'Merge two actors', async (em) => {
          const [kept, merged] = await Promise.all([
            em.findOneOrFail(Actor, { id: one.id }),
            em.findOneOrFail(Actor, { id: two.id }),
          ]);
          kept.aliases = [...kept.aliases, merged.name];
          kept.summary = 'Kept after a merge.';
          await em.flush();
          em.remove(merged);
        }),
    );
    const rows = (await changeView(api, change)).rows.nodes;
    expect(rows.map((row) => row.operation).sort()).toEqual(['DELETE', 'UPDATE']);
  });

  it('pages through a change’s rows, reading the first pages of many changes in one statement', async () => {
    await createActor(api, { quote: 'Washington' });
    const id = changeGlobalId(await latestChangeId(api));
    const rowsQuery = `query Rows($id: ID!, $after: String) {
      node(id: $id) { ... on Change { rows(first: 1, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { entityType } } } }
    }`;
    type RowsPage = {
      node: { rows: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: object[] } };
    };
    const first = (await api.request(rowsQuery, { id }, editor)).result.data as RowsPage;
    expect(first.node.rows).toMatchObject({
      totalCount: 2,
      pageInfo: { hasNextPage: true },
      nodes: [{ entityType: 'Actor' }],
    });
    const second = (await api.request(rowsQuery, { id, after: first.node.rows.pageInfo.endCursor }, editor)).result
      .data as RowsPage;
    expect(second.node.rows).toMatchObject({ pageInfo: { hasNextPage: false }, nodes: [{ entityType: 'Evidence' }] });

    const recorder = recordStatements(api.db);
    try {
      const { result } = await api.request(
        '{ recentChanges(first: 10) { nodes { rows(first: 2) { nodes { operation } } } } }',
        {},
        editor,
      );
      expect(result.errors).toBeUndefined();
    } finally {
      recorder.stop();
    }
    expect(recorder.statements.filter((sql) => sql.includes('change_row'))).toHaveLength(1);
  });

  it('lists the changes that touched a node, newest first, a page at a time', async () => {
    const actor = await createActor(api);
    const id = nodeId('Actor', actor.id);
    for (const name of ['First name', 'Second name']) {
      await runChange(contextOf(api), `Rename to ${name}`, async (em) => {
        (await em.findOneOrFail(Actor, { id: actor.id })).name = name;
      });
    }
    const all = await historyOf(api, id);
    expect(all.totalCount).toBe(3);
    expect(all.nodes.map((change) => change.summary)).toEqual([
      'Rename to Second name',
      'Rename to First name',
      'Create an actor',
    ]);
    const page = await historyOf(api, id, 2);
    expect(page.nodes).toHaveLength(2);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const rest = await historyOf(api, id, 2, page.pageInfo.endCursor ?? undefined);
    expect(rest.nodes.map((change) => change.summary)).toEqual(['Create an actor']);
    expect(rest.pageInfo.hasNextPage).toBe(false);
  });

  it('refuses with CONFLICT to revert a change a later change built on, and writes nothing', async () => {
    const relation = await firstSeedRelation(api.db.orm.em.fork());
    const reword = (summary: string) =>
      runChange(contextOf(api), `Reword to ${summary}`, async (em) => {
        (await em.findOneOrFail(Relation, { id: relation.id })).summary = summary;
      });
    await reword('Earlier wording.');
    const earlier = changeGlobalId(await latestChangeId(api));
    await reword('Later wording.');
    const later = changeGlobalId(await latestChangeId(api));
    const countsBefore = await countRows(api);
    const changesBefore = await changeCounts(api);
    const shownBefore = (await api.request(RelationNodeQuery, { id: nodeId('Relation', relation.id) })).result;

    const refused = await revert(api, earlier);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', conflictingChangeId: later });
    expect(await countRows(api)).toEqual(countsBefore);
    expect(await changeCounts(api)).toEqual(changesBefore);
    expect((await api.request(RelationNodeQuery, { id: nodeId('Relation', relation.id) })).result).toEqual(shownBefore);

    // Undoing the later change first clears the way: the later change and its revert cancel out,
    // and reverting the earlier one puts the wording before it back.
    expect((await revert(api, later)).errors).toBeUndefined();
    expect((await revert(api, earlier)).errors).toBeUndefined();
    const shown = (await api.request(RelationNodeQuery, { id: nodeId('Relation', relation.id) })).result;
    expect((shown.data as { node: { summary: string } }).node.summary).toBe(relation.summary);
  });

  it('refuses to revert a change whose later change was undone and then applied again', async () => {
    const relation = await firstSeedRelation(api.db.orm.em.fork());
    const reword = (summary: string) =>
      runChange(contextOf(api), `Reword to ${summary}`, async (em) => {
        (await em.findOneOrFail(Relation, { id: relation.id })).summary = summary;
      });
    await reword('First wording.');
    const first = changeGlobalId(await latestChangeId(api));
    await reword('Second wording.');
    const second = changeGlobalId(await latestChangeId(api));
    const undo = (await revert(api, second)).data as { revert: { change: { id: string } } };
    expect((await revert(api, undo.revert.change.id)).errors).toBeUndefined();
    // The undo and the redo cancel out: the second wording stands, and is what is in the way.
    const refused = await revert(api, first);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', conflictingChangeId: second });
  });

  it('refuses with CONFLICT to revert a change twice', async () => {
    await createActor(api);
    const change = changeGlobalId(await latestChangeId(api));
    const first = await revert(api, change);
    expect(first.errors).toBeUndefined();
    const revertId = (first.data as { revert: { change: { id: string } } }).revert.change.id;
    const again = await revert(api, change);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', conflictingChangeId: revertId });
  });

  it('refuses with CONFLICT to revert a create that later rows hang on', async () => {
    const actor = await createActor(api);
    const created = changeGlobalId(await latestChangeId(api));
    const document = await seedDocument(api);
    await runChange(contextOf(api), 'Add evidence', (em) => {
      em.create(Evidence, {
        document: em.getReference(Document, document.id),
        start: 0,
        end: 1,
        quote: document.text.slice(0, 1),
        actor: em.getReference(Actor, actor.id),
      });
      return Promise.resolve();
    });
    const added = changeGlobalId(await latestChangeId(api));
    const refused = await revert(api, created);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', conflictingChangeId: added });
    expect(await api.db.orm.em.fork().count(Actor, { id: actor.id })).toBe(1);
  });

  it('records nothing for a change that fails, and nothing for writes outside a change', async () => {
    const before = await changeCounts(api);
    const slug = uniqueSlug('never-written');
    await expect(
      runChange(contextOf(api), 'Fails half-way', async (em) => {
        em.create(Actor, { slug, name: 'Never', kind: ActorKind.PERSON, searchText: slug });
        await em.flush();
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await api.db.orm.em.fork().count(Actor, { slug })).toBe(0);
    expect(await changeCounts(api)).toEqual(before);

    const em = api.db.orm.em.fork();
    const outside = uniqueSlug('outside');
    em.create(Actor, { slug: outside, name: 'Outside', kind: ActorKind.PERSON, searchText: outside });
    await em.flush();
    expect(await changeCounts(api)).toEqual(before);
    await em.nativeDelete(Actor, { slug: outside });
  });

  it('records an import as one change, which reverts to the state before it', async () => {
    const countsBefore = await countRows(api);
    const result = await importStory(api.db.orm.em, loaded(), { by: { userId: editor.userId, name: editor.name } });
    expect(result.status).toBe('created');
    const change = await changeView(api, changeGlobalId(await latestChangeId(api)));
    expect(change).toMatchObject({ kind: 'IMPORT', summary: 'Imported mini-story', userName: 'Eda Editor' });
    const countsAfter = await countRows(api);
    const tables = historyTables(api.db.orm.em);
    const added = [...tables.byEntity.values()].reduce(
      (sum, { entity }) => sum + (countsAfter[entity] ?? 0) - (countsBefore[entity] ?? 0),
      0,
    );
    // One row per row written; each list of links (a negotiation's parties) is one row holding its links.
    const rows = change.rows.nodes;
    expect(rows.filter((row) => !row.entityType.includes('.'))).toHaveLength(added);
    expect(rows.every((row) => row.operation === 'CREATE')).toBe(true);
    expect(rows.filter((row) => row.entityType === 'Negotiation.parties')).toHaveLength(1);

    const undone = await revert(api, change.id);
    expect(undone.errors).toBeUndefined();
    expect(await countRows(api)).toEqual(countsBefore);
    const revertId = (undone.data as { revert: { change: { id: string } } }).revert.change.id;
    expect((await revert(api, revertId)).errors).toBeUndefined();
    expect(await countRows(api)).toEqual(countsAfter);

    // Importing a changed bundle replaces the document's facts (new rows, same keys); reverting
    // that puts the old rows back under their old ids.
    const bundle = miniBundle();
    const [firstRelation, ...otherRelations] = bundle.relations;
    if (!firstRelation) throw new Error('the mini story has a relation');
    const changed = {
      ...bundle,
      document: { ...bundle.document, title: 'Firefly meets Trentino again' },
      relations: [{ ...firstRelation, summary: 'Firefly pressed Trentino.' }, ...otherRelations],
    };
    await expectRevertRestores(
      api,
      {
        query: `{
          document(slug: "mini-story") { id title }
          relations(filter: { source: "rufus-firefly" }) { nodes { id summary evidence { id start end quote } } }
        }`,
      },
      async () => expect((await importStory(api.db.orm.em, loaded(changed))).status).toBe('replaced'),
    );
  });

  it('lets editors read the history and revert, and nobody else', async () => {
    const query = '{ recentChanges(first: 1) { totalCount } }';
    expect((await api.request(query)).result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await api.request(query, {}, reader)).result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await api.request(query, {}, editor)).result.errors).toBeUndefined();
    expect((await revert(api, changeGlobalId(1), reader)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const byId = `query ChangeNode($id: ID!) { node(id: $id) { id ... on Change { kind } } nodes(ids: [$id]) { id } }`;
    const id = changeGlobalId(await latestChangeId(api));
    expect((await api.request(byId, { id }, editor)).result.data).toEqual({
      node: { id, kind: expect.any(String) as unknown },
      nodes: [{ id }],
    });
    expect((await api.request(byId, { id }, reader)).result.data).toEqual({ node: null, nodes: [null] });
    expect((await api.request(byId, { id })).result.data).toEqual({ node: null, nodes: [null] });
  });
});
