import { describeEachDatabase } from '@parley/test-support/vitest';
import { beforeAll, expect, it } from 'vitest';
import { Actor } from '../../src/actor/actor.entity.js';
import { Attribution } from '../../src/attribution/attribution.entity.js';
import { Evidence } from '../../src/evidence/evidence.entity.js';
import { Relation } from '../../src/relation/relation.entity.js';
import { useTestApi } from '../harness.js';
import { countRows } from '../revert-check.js';
import { STORY, editor, idOf, ok, refused } from './editing.js';

const CREATE = `
  mutation ($input: CreateRelationInput!) {
    createRelation(input: $input) {
      relation { id version kind category summary modality date { text start end precision } source { slug } target { slug } evidence { start end quote } }
    }
  }`;
const UPDATE = `
  mutation ($input: UpdateRelationInput!) {
    updateRelation(input: $input) { relation { id version summary kind demand date { start } evidence { quote } } }
  }`;
const DELETE = `
  mutation ($input: DeleteRelationInput!) { deleteRelation(input: $input) { deletedId deletedIds } }`;
const READ = `
  query ($id: ID!) { node(id: $id) { ... on Relation { id version summary kind demand source { slug } target { slug } evidence { quote start end } } } }`;

interface RelationRead {
  id: string;
  version: number;
  summary: string;
  kind: string;
  demand: string | null;
  evidence: { quote: string; start: number; end: number }[];
}

describeEachDatabase('relation mutations', (database) => {
  const api = useTestApi(database);
  let documentId: string;
  let text: string;
  let maduro: string;
  let biden: string;
  let attributionId: string;

  beforeAll(async () => {
    const data = await ok<{ document: { id: string; text: string } }>(
      api,
      `query { document(slug: "${STORY}") { id text } }`,
    );
    documentId = data.document.id;
    text = data.document.text;
    maduro = await idOf(api, 'actor', 'nicolas-maduro');
    const relations = await ok<{ relations: { nodes: { attribution: { id: string }; source: { id: string } }[] } }>(
      api,
      `query { relations(first: 1) { nodes { attribution { id } source { id } } } }`,
    );
    const [first] = relations.relations.nodes;
    if (!first) throw new Error('the story has no relation');
    attributionId = first.attribution.id;
    biden = first.source.id;
  });

  const base = () => ({
    documentId,
    kind: 'PRESSURED',
    sourceId: biden,
    targetId: maduro,
    summary: 'Pressed for a fair election.',
    attributionId,
    date: { text: 'last year' },
  });

  it('creates a relation cited by quote, and the public queries read it back', async () => {
    const data = await ok<{
      createRelation: { relation: RelationRead & { date: { start: string; precision: string } } };
    }>(api, CREATE, { input: { ...base(), evidence: [{ quote: 'Maduro', occurrence: 1 }] } });
    const created = data.createRelation.relation;
    expect(created).toMatchObject({ version: 1, kind: 'PRESSURED', summary: 'Pressed for a fair election.' });
    expect(created.date).toMatchObject({ start: '2023-01-01', precision: 'YEAR' });
    const start = text.indexOf('Maduro');
    expect(created.evidence).toEqual([{ start, end: start + 'Maduro'.length, quote: 'Maduro' }]);
    const read = await ok<{ node: RelationRead }>(api, READ, { id: created.id });
    expect(read.node).toMatchObject({ id: created.id, version: 1, summary: 'Pressed for a fair election.' });
  });

  it('creates a relation cited by offsets, as a reader selection sends them', async () => {
    const start = text.indexOf('Venezuela');
    const data = await ok<{ createRelation: { relation: RelationRead } }>(api, CREATE, {
      input: { ...base(), evidence: [{ start, end: start + 9 }] },
    });
    expect(data.createRelation.relation.evidence).toEqual([{ start, end: start + 9, quote: 'Venezuela' }]);
  });

  it('refuses words the document does not have, naming the evidence path, and writes nothing', async () => {
    const before = await countRows(api, [Relation, Evidence]);
    const error = await refused(api, CREATE, {
      input: { ...base(), evidence: [{ quote: 'Maduro', occurrence: 1 }, { quote: 'words nobody wrote' }] },
    });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', path: 'input.evidence[1].quote' });
    const start = text.indexOf('Maduro');
    const offsets = await refused(api, CREATE, {
      input: { ...base(), evidence: [{ start, end: start + 6, quote: 'Biden' }] },
    });
    expect(offsets.extensions).toMatchObject({ code: 'BAD_USER_INPUT', path: 'input.evidence[0].quote' });
    const outside = await refused(api, CREATE, {
      input: { ...base(), evidence: [{ start: 0, end: text.length + 1 }] },
    });
    expect(outside.extensions).toMatchObject({ path: 'input.evidence[0]' });
    expect(await countRows(api, [Relation, Evidence])).toEqual(before);
  });

  it('refuses a fact without evidence, a blank summary, an unresolvable date and an unknown actor, all at once', async () => {
    const before = await countRows(api, [Relation, Evidence]);
    const error = await refused(api, CREATE, {
      input: { ...base(), summary: '', date: { text: 'sometime' }, sourceId: documentId, evidence: [] },
    });
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    const paths = (error.extensions?.problems as { path: string }[]).map((problem) => problem.path);
    expect(paths).toEqual(expect.arrayContaining(['input.summary', 'input.sourceId', 'input.date', 'input.evidence']));
    expect(await countRows(api, [Relation, Evidence])).toEqual(before);
  });

  it('updates a relation, bumps its version, and refuses the stale version with the current one', async () => {
    const created = await ok<{ createRelation: { relation: RelationRead } }>(api, CREATE, {
      input: { ...base(), evidence: [{ quote: 'Maduro', occurrence: 1 }] },
    });
    const { id } = created.createRelation.relation;
    const updated = await ok<{ updateRelation: { relation: RelationRead } }>(api, UPDATE, {
      input: { id, version: 1, summary: 'Urged a fair election.', kind: 'URGED', demand: 'a fair vote' },
    });
    expect(updated.updateRelation.relation).toMatchObject({
      version: 2,
      summary: 'Urged a fair election.',
      kind: 'URGED',
    });
    const read = await ok<{ node: RelationRead }>(api, READ, { id });
    expect(read.node).toMatchObject({ version: 2, summary: 'Urged a fair election.', demand: 'a fair vote' });

    const stale = await refused(api, UPDATE, { input: { id, version: 1, summary: 'Overwrite.' } });
    expect(stale.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    expect((await ok<{ node: RelationRead }>(api, READ, { id })).node.summary).toBe('Urged a fair election.');

    const cleared = await ok<{ updateRelation: { relation: RelationRead } }>(api, UPDATE, {
      input: { id, version: 2, demand: null },
    });
    expect(cleared.updateRelation.relation).toMatchObject({ version: 3, demand: null });
    const required = await refused(api, UPDATE, { input: { id, version: 3, sourceId: null } });
    expect(required.extensions).toMatchObject({ code: 'BAD_USER_INPUT', path: 'input.sourceId' });
  });

  it('deletes a relation with its evidence, at the version read', async () => {
    const created = await ok<{ createRelation: { relation: RelationRead } }>(api, CREATE, {
      input: { ...base(), evidence: [{ quote: 'Maduro', occurrence: 1 }] },
    });
    const { id } = created.createRelation.relation;
    const before = await countRows(api, [Relation, Evidence]);
    const stale = await refused(api, DELETE, { input: { id, version: 7 } });
    expect(stale.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 1 });
    const deleted = await ok<{ deleteRelation: { deletedId: string; deletedIds: string[] } }>(api, DELETE, {
      input: { id, version: 1 },
    });
    expect(deleted.deleteRelation.deletedId).toBe(id);
    expect(deleted.deleteRelation.deletedIds).toHaveLength(2);
    expect(await countRows(api, [Relation, Evidence])).toEqual({
      Relation: (before.Relation ?? 0) - 1,
      Evidence: (before.Evidence ?? 0) - 1,
    });
    expect((await ok<{ node: null }>(api, READ, { id })).node).toBeNull();
    const missing = await refused(api, DELETE, { input: { id, version: 1 } });
    expect(missing.extensions).toMatchObject({ code: 'NOT_FOUND', path: 'input.id' });
  });

  /** A new actor named inline, with a slug no other test uses (the tests share one database). */
  let made = 0;
  const newActor = (name: string) => ({
    name,
    kind: 'GOVERNMENT',
    slug: `inline-${String(++made)}-${String(Date.now())}`,
  });

  it('creates a relation with a new source actor in one recorded change', async () => {
    const source = newActor('Venezuela');
    const data = await ok<{ createRelation: { relation: RelationRead & { source: { slug: string } } } }>(api, CREATE, {
      input: { ...base(), sourceId: undefined, newSource: source, evidence: [{ quote: 'Maduro', occurrence: 1 }] },
    });
    const relation = data.createRelation.relation;
    expect(relation.source.slug).toBe(source.slug);
    const actor = await ok<{ actor: { id: string; name: string; evidence: { quote: string }[] } }>(
      api,
      `query ($slug: String!) { actor(slug: $slug) { id name evidence { quote } } }`,
      { slug: source.slug },
    );
    expect(actor.actor).toMatchObject({ name: 'Venezuela', evidence: [{ quote: 'Venezuela' }] });
    const history = await ok<{
      history: {
        nodes: { summary: string; rows: { nodes: { entityType: string; nodeId: string; operation: string }[] } }[];
      };
    }>(
      api,
      `query ($id: ID!) { history(id: $id, first: 5) { nodes { summary rows(first: 20) { nodes { entityType nodeId operation } } } } }`,
      { id: relation.id },
    );
    expect(history.history.nodes).toHaveLength(1);
    const rows = history.history.nodes[0]?.rows.nodes ?? [];
    expect(rows).toEqual(
      expect.arrayContaining([
        { entityType: 'Actor', nodeId: actor.actor.id, operation: 'CREATE' },
        { entityType: 'Relation', nodeId: relation.id, operation: 'CREATE' },
      ]),
    );

    // An edit and its revert cancel out: the creation can then be undone, the new actor with it.
    await ok(api, UPDATE, { input: { id: relation.id, version: 1, summary: 'Reworded.' } });
    const changes = await ok<{ history: { nodes: { id: string }[] } }>(
      api,
      `query ($id: ID!) { history(id: $id, first: 5) { nodes { id } } }`,
      { id: relation.id },
    );
    const [edited, created] = changes.history.nodes;
    const REVERT = `mutation ($input: RevertInput!) { revert(input: $input) { change { id } } }`;
    await ok(api, REVERT, { input: { changeId: edited?.id } });
    await ok(api, REVERT, { input: { changeId: created?.id } });
    const gone = await ok<{ node: null; actor: null }>(
      api,
      `query ($id: ID!, $slug: String!) { node(id: $id) { id } actor(slug: $slug) { id } }`,
      { id: relation.id, slug: source.slug },
    );
    expect(gone).toEqual({ node: null, actor: null });
  });

  it('creates no actor when the relation naming it is refused', async () => {
    const before = await countRows(api, [Actor, Relation, Evidence]);
    const error = await refused(api, CREATE, {
      input: {
        ...base(),
        sourceId: undefined,
        newSource: newActor('Venezuela'),
        targetId: undefined,
        newTarget: newActor('Maduro'),
        summary: '',
        evidence: [{ quote: 'Maduro', occurrence: 1 }],
      },
    });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', path: 'input.summary' });
    const unnamed = await refused(api, CREATE, {
      input: { ...base(), sourceId: undefined, evidence: [{ quote: 'Maduro', occurrence: 1 }] },
    });
    expect(unnamed.extensions).toMatchObject({ code: 'BAD_USER_INPUT', path: 'input.sourceId' });
    expect(await countRows(api, [Actor, Relation, Evidence])).toEqual(before);
  });

  it('creates the attribution it cites in the same change: the article in its own voice, on the same words', async () => {
    const CREATE_ATTRIBUTED = `
      mutation ($input: CreateRelationInput!) {
        createRelation(input: $input) { relation { id attribution { id kind evidence { quote } } } }
      }`;
    const data = await ok<{
      createRelation: {
        relation: { id: string; attribution: { id: string; kind: string; evidence: { quote: string }[] } };
      };
    }>(api, CREATE_ATTRIBUTED, {
      input: {
        ...base(),
        attributionId: undefined,
        newAttribution: {},
        evidence: [{ quote: 'Maduro', occurrence: 1 }],
      },
    });
    const { attribution } = data.createRelation.relation;
    expect(attribution).toMatchObject({ kind: 'REPORTED', evidence: [{ quote: 'Maduro' }] });
    expect(attribution.id).not.toBe(attributionId);
    const history = await ok<{
      history: { nodes: { rows: { nodes: { entityType: string; operation: string }[] } }[] };
    }>(
      api,
      `query ($id: ID!) { history(id: $id, first: 5) { nodes { rows(first: 20) { nodes { entityType operation } } } } }`,
      { id: data.createRelation.relation.id },
    );
    expect(history.history.nodes).toHaveLength(1);
    expect(history.history.nodes[0]?.rows.nodes).toEqual(
      expect.arrayContaining([
        { entityType: 'Attribution', operation: 'CREATE' },
        { entityType: 'Relation', operation: 'CREATE' },
      ]),
    );

    // Refused, the relation leaves no attribution behind; and it takes one way of naming it, not both.
    const before = await countRows(api, [Attribution, Relation, Evidence]);
    const refusedSummary = await refused(api, CREATE, {
      input: {
        ...base(),
        attributionId: undefined,
        newAttribution: {},
        summary: '',
        evidence: [{ quote: 'Maduro', occurrence: 1 }],
      },
    });
    expect(refusedSummary.extensions).toMatchObject({ code: 'BAD_USER_INPUT', path: 'input.summary' });
    const both = await refused(api, CREATE, {
      input: {
        ...base(),
        newAttribution: { kind: 'ANONYMOUS_SOURCES' },
        evidence: [{ quote: 'Maduro', occurrence: 1 }],
      },
    });
    expect(both.extensions).toMatchObject({ code: 'BAD_USER_INPUT', path: 'input.newAttribution' });
    const neither = await refused(api, CREATE, {
      input: { ...base(), attributionId: undefined, evidence: [{ quote: 'Maduro', occurrence: 1 }] },
    });
    expect(neither.extensions).toMatchObject({ code: 'BAD_USER_INPUT', path: 'input.attributionId' });
    const badWords = await refused(api, CREATE, {
      input: {
        ...base(),
        attributionId: undefined,
        newAttribution: { evidence: [{ quote: 'words the article does not hold' }] },
        evidence: [{ quote: 'Maduro', occurrence: 1 }],
      },
    });
    expect(badWords.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(JSON.stringify(badWords.extensions)).toContain('input.newAttribution.evidence');
    expect(await countRows(api, [Attribution, Relation, Evidence])).toEqual(before);
  });

  it('checks a new actor as createActor does, at its own path', async () => {
    const before = await countRows(api, [Actor, Relation, Evidence]);
    const taken = { ...newActor('Nicolás Maduro'), slug: 'nicolas-maduro' };
    const error = await refused(api, CREATE, {
      input: {
        ...base(),
        sourceId: biden,
        newSource: { ...newActor('Words nobody wrote'), name: 'Words nobody wrote' },
        targetId: undefined,
        newTarget: taken,
        evidence: [{ quote: 'Maduro', occurrence: 1 }],
      },
    });
    const paths = (error.extensions?.problems as { path: string }[]).map((problem) => problem.path);
    expect(paths).toEqual(expect.arrayContaining(['input.newSource', 'input.newTarget.slug']));
    const unquoted = await refused(api, CREATE, {
      input: {
        ...base(),
        sourceId: undefined,
        newSource: newActor('Words nobody wrote'),
        evidence: [{ quote: 'Maduro', occurrence: 1 }],
      },
    });
    expect(unquoted.extensions).toMatchObject({ path: 'input.newSource.evidence[0].quote' });
    expect(await countRows(api, [Actor, Relation, Evidence])).toEqual(before);
  });

  it('is for editors only', async () => {
    const input = { ...base(), evidence: [{ quote: 'Maduro', occurrence: 1 }] };
    const anonymous = await api.request(CREATE, { input });
    expect(anonymous.result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const reader = await api.request(CREATE, { input }, { ...editor, role: 'reader' });
    expect(reader.result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
