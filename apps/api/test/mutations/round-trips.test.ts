import { describeEachDatabase } from '@parley/test-support/vitest';
import {
  getNamedType,
  isInterfaceType,
  isLeafType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLInterfaceType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { beforeAll, expect, it } from 'vitest';
import { fromGlobalId, toGlobalId } from '../../src/common/global-id.js';
import { readRows } from '../../src/common/read.js';
import { historyTables } from '../../src/history/history-tables.js';
import { buildParleySchema } from '../../src/schema/schema.js';
import type { TestApi } from '../harness.js';
import { useTestApi } from '../harness.js';
import { changeGlobalId, latestChangeId, revert, storedRows } from '../revert-check.js';
import { STORY, editor, idOf, ok } from './editing.js';

/**
 * Mutations that write no story: accounts, tokens, sessions, and `revert` itself; and the decisions on
 * suggested facts, which write pending suggestions or go through the create mutations walked here (their
 * own tests revert an accepted suggestion: test/suggestions.test.ts).
 */
const NOT_STORY_EDITS = new Set([
  'signIn',
  'signOut',
  'createUser',
  'updateUser',
  'createApiToken',
  'revokeApiToken',
  'revert',
  'suggestFacts',
  'acceptSuggestion',
  'rejectSuggestion',
]);

/** Object fields are followed this many levels below the node: its neighbours and theirs. */
const VIEW_DEPTH = 2;

/**
 * Every field of `type` a client can ask for without arguments, objects followed `depth` levels
 * down, but `version`: a revert moves versions forward on purpose, so a client holding the
 * reverted version cannot overwrite the restored node.
 */
function fullSelection(type: GraphQLObjectType | GraphQLInterfaceType, depth: number): string {
  const fields = Object.values(type.getFields()).flatMap((field: GraphQLField<unknown, unknown>) => {
    if (field.name === 'version') return [];
    if (field.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined)) return [];
    const named = getNamedType(field.type);
    if (isLeafType(named)) return [field.name];
    if (depth > 0 && (isObjectType(named) || isInterfaceType(named))) {
      return [`${field.name} { ${fullSelection(named, depth - 1)} }`];
    }
    return [];
  });
  return ['__typename', ...fields].join(' ');
}

/** The full query of one node, by its global ID. */
function nodeQuery(schema: GraphQLSchema, id: string): string {
  const type = schema.getType(fromGlobalId(id).typeName);
  if (!isObjectType(type)) throw new Error(`${id} is no node`);
  return `query ($id: ID!) { node(id: $id) { ... on ${type.name} { ${fullSelection(type, VIEW_DEPTH)} } } }`;
}

interface Versioned {
  id: string;
  version: number;
}

/** What the round trips build on: the seeded story's document, an attribution, two actors. */
interface Story {
  api: TestApi;
  documentId: string;
  attributionId: string;
  maduro: string;
  other: string;
  /** A node of the story, the first of its type, as stored now. */
  first(entity: string): Promise<Versioned>;
  /** The node as stored now. */
  current(id: string): Promise<Versioned>;
  /** Creates a node of its own for a case, outside the change under test. */
  create(entity: string, slug: string): Promise<Versioned>;
}

/** One mutation sent with `input`, and the nodes whose full query must read exactly as before once it is reverted. */
interface Plan {
  input: Record<string, unknown>;
  view: string[];
}

interface RoundTrip {
  does: string;
  plan(story: Story): Promise<Plan>;
}

const evidence = (quote: string, occurrence = 1) => [{ quote, occurrence }];

/** A valid new node of each type, its slug (where it has one) given. */
const CREATE_INPUTS: Record<string, (story: Story, slug: string) => Record<string, unknown>> = {
  Document: (_, slug) => ({ slug, title: 'A new article', text: 'Words of our own.', publishedAt: '2024-05-02' }),
  Actor: ({ documentId }, slug) => ({
    slug,
    name: `Actor ${slug}`,
    kind: 'PERSON',
    aliases: ['Another name'],
    documentId,
    evidence: evidence('Maduro'),
  }),
  Attribution: ({ documentId, maduro }) => ({
    documentId,
    kind: 'NAMED_SOURCE',
    sourceId: maduro,
    text: 'said',
    evidence: evidence('said', 2),
  }),
  Position: ({ documentId, maduro, other }) => ({
    documentId,
    holderId: maduro,
    organizationId: other,
    title: 'envoy',
    acting: true,
    evidence: evidence('Maduro', 3),
  }),
  Event: ({ documentId, attributionId, maduro, other }, slug) => ({
    documentId,
    slug,
    kind: 'MEETING',
    title: 'A meeting',
    date: { text: 'last year' },
    attributionId,
    location: 'Doha',
    participants: [
      { actorId: maduro, role: 'host', evidence: evidence('Maduro', 2) },
      { actorId: other, evidence: evidence('Venezuela', 2) },
    ],
    evidence: evidence('met'),
  }),
  Relation: ({ documentId, attributionId, maduro, other }) => ({
    documentId,
    kind: 'PRESSURED',
    sourceId: other,
    targetId: maduro,
    summary: 'Pressed for a date.',
    attributionId,
    date: { text: 'last year' },
    evidence: evidence('Maduro', 2),
  }),
  Statement: ({ documentId, maduro }) => ({
    documentId,
    kind: 'PARAPHRASE',
    speakerId: maduro,
    text: 'Talks would go on.',
    evidence: evidence('said'),
  }),
  Figure: ({ documentId, attributionId, maduro }) => ({
    documentId,
    attributionId,
    subjectId: maduro,
    amount: 5,
    currency: 'USD',
    summary: 'Five dollars.',
    period: { text: 'last year' },
    evidence: evidence('Venezuela'),
  }),
  Negotiation: ({ documentId, maduro, other }, slug) => ({
    documentId,
    slug,
    title: 'New talks',
    partyIds: [maduro, other],
    issues: ['oil'],
    evidence: evidence('negotiations'),
  }),
};

/** A change to every kind of field of each type: scalars, references, evidence, lists. */
const UPDATE_INPUTS: Record<string, (story: Story) => Record<string, unknown>> = {
  Document: ({ other }) => ({ title: 'Retitled', url: null, publisherId: other, contributorIds: [other] }),
  Actor: () => ({ name: 'Renamed', aliases: ['First alias', 'Second alias'], summary: 'Rewritten.' }),
  Attribution: ({ other }) => ({ kind: 'NAMED_SOURCE', sourceId: other, text: 'said', evidence: evidence('said', 3) }),
  Position: ({ other }) => ({ title: 'former envoy', holderId: other, acting: true, evidence: evidence('Maduro', 4) }),
  Event: ({ other }) => ({
    title: 'Retitled meeting',
    location: null,
    date: { text: 'last year' },
    participants: [{ actorId: other, role: 'guest', evidence: evidence('Venezuela', 3) }],
  }),
  Relation: ({ other }) => ({
    summary: 'Rewritten by an editor.',
    targetId: other,
    evidence: evidence('Venezuela', 3),
  }),
  Statement: () => ({ kind: 'PARAPHRASE', text: 'Something else.', evidence: evidence('said', 4) }),
  Figure: () => ({ amount: 7, summary: 'Seven.', period: null }),
  Negotiation: ({ maduro }) => ({ title: 'Renamed talks', partyIds: [maduro], roundIds: [], issues: [] }),
};

const TYPES = Object.keys(CREATE_INPUTS);

/** The round trips of each mutation: at least one per mutation field of the schema. */
const ROUND_TRIPS: Record<string, RoundTrip[]> = {};
for (const type of TYPES) {
  const slug = `round-trip-${type.toLowerCase()}`;
  ROUND_TRIPS[`create${type}`] = [
    {
      does: 'the new node is gone again',
      plan: (story) =>
        Promise.resolve({
          input: CREATE_INPUTS[type]!(story, slug),
          view: [story.documentId, story.maduro, story.other],
        }),
    },
  ];
  ROUND_TRIPS[`update${type}`] = [
    {
      does: 'the node and its neighbours read as they did',
      plan: async (story) => {
        const node = await story.first(type);
        return {
          input: { id: node.id, version: node.version, ...UPDATE_INPUTS[type]!(story) },
          view: [node.id, story.documentId, story.maduro, story.other],
        };
      },
    },
  ];
  ROUND_TRIPS[`delete${type}`] = [
    {
      does: 'a node nothing refers to is back, with its evidence and parts',
      plan: async (story) => {
        const node = await story.create(type, `${slug}-deleted`);
        return { input: { id: node.id, version: node.version }, view: [node.id, story.documentId, story.maduro] };
      },
    },
    {
      does: 'with cascade, a node of the story is back with every fact that referred to it',
      plan: async (story) => {
        const node = type === 'Actor' ? await story.current(story.maduro) : await story.first(type);
        return {
          input: { id: node.id, version: node.version, cascade: true },
          view: [node.id, story.documentId, story.maduro, story.other],
        };
      },
    },
  ];
}
ROUND_TRIPS.mergeActors = [
  {
    does: 'both actors, and every fact that moved, read as before the merge',
    plan: async (story) => {
      const keep = await story.current(story.maduro);
      const merge = await story.current(story.other);
      return {
        input: { keepId: keep.id, keepVersion: keep.version, mergeId: merge.id, mergeVersion: merge.version },
        view: [keep.id, merge.id, story.documentId],
      };
    },
  },
  {
    does: 'an actor made here merged into one of the story',
    plan: async (story) => {
      const keep = await story.current(story.maduro);
      const merge = await story.create('Actor', 'round-trip-merged');
      return {
        input: { keepId: keep.id, keepVersion: keep.version, mergeId: merge.id, mergeVersion: merge.version },
        view: [keep.id, merge.id, story.documentId],
      };
    },
  },
];

const schema = await buildParleySchema();
const storyMutations = Object.values(schema.getMutationType()?.getFields() ?? {}).filter(
  (field) => !NOT_STORY_EDITS.has(field.name),
);

it('has a round trip for every mutation that edits the story', () => {
  expect(Object.keys(ROUND_TRIPS).sort()).toEqual(storyMutations.map((field) => field.name).sort());
});

// Each mutation, then `revert` of the change it made: every node it touched, and every row of
// every table the history records, exactly as before (versions aside).
describeEachDatabase('every mutation reverts exactly', (database) => {
  const api = useTestApi(database);
  const story = {} as Story;

  beforeAll(async () => {
    const em = api.db.orm.em;
    const tables = historyTables(em);
    const [attribution] = await readRows(em, 'select min(id) as id from attribution', []);
    Object.assign(story, {
      api,
      documentId: await idOf(api, 'document', STORY),
      attributionId: toGlobalId('Attribution', Number(attribution?.id)),
      maduro: await idOf(api, 'actor', 'nicolas-maduro'),
      other: await idOf(api, 'actor', 'venezuela'),
      async first(entity: string) {
        const table = tables.byEntity.get(entity)?.table ?? '';
        const [row] = await readRows(
          em.fork(),
          `select min(id) as id from ${em.getPlatform().quoteIdentifier(table)}`,
          [],
        );
        return story.current(toGlobalId(entity, Number(row?.id)));
      },
      async current(id: string) {
        const fragments = TYPES.map((type) => `... on ${type} { version }`).join(' ');
        const data = await ok<{ node: Versioned | null }>(api, `query ($id: ID!) { node(id: $id) { ${fragments} } }`, {
          id,
        });
        if (!data.node) throw new Error(`no node ${id}`);
        return { id, version: data.node.version };
      },
      async create(entity: string, slug: string) {
        const field = `create${entity}`;
        const data = await ok<Record<string, Record<string, Versioned>>>(
          api,
          `mutation ($input: Create${entity}Input!) { ${field}(input: $input) { ${entity.charAt(0).toLowerCase()}${entity.slice(1)} { id version } } }`,
          { input: CREATE_INPUTS[entity]!(story, slug) },
        );
        const node = Object.values(data[field] ?? {})[0];
        if (!node) throw new Error(`${field} made nothing`);
        return node;
      },
    } satisfies Story);
  });

  const cases = storyMutations.flatMap((field) =>
    (ROUND_TRIPS[field.name] ?? []).map((roundTrip) => [`${field.name}: ${roundTrip.does}`, field, roundTrip] as const),
  );

  it.each(cases)('%s', async (_, field, roundTrip) => {
    const { input, view } = await roundTrip.plan(story);
    const read = async () =>
      Promise.all(view.map(async (id) => (await api.request(nodeQuery(schema, id), { id }, editor)).result));
    const viewBefore = await read();
    for (const answer of viewBefore) expect(answer.errors).toBeUndefined();
    const rowsBefore = await storedRows(api);
    const latestBefore = await latestChangeId(api);

    const [arg] = field.args;
    await ok(api, `mutation ($input: ${String(arg?.type)}) { ${field.name}(input: $input) { __typename } }`, { input });
    const change = await latestChangeId(api);
    expect(change, 'the mutation recorded a change').toBeGreaterThan(latestBefore);
    expect(await storedRows(api), 'the mutation changed the story').not.toEqual(rowsBefore);

    const viewAfter = await read();
    const rowsAfter = await storedRows(api);

    // Reverted, the revert reverted (the change again), and that reverted: before, after, before.
    let undone = changeGlobalId(change);
    for (const [view, rows] of [
      [viewBefore, rowsBefore],
      [viewAfter, rowsAfter],
      [viewBefore, rowsBefore],
    ] as const) {
      const reverted = await revert(api, undone);
      expect(reverted.errors).toBeUndefined();
      expect(await read()).toEqual(view);
      expect(await storedRows(api)).toEqual(rows);
      undone = (reverted.data as { revert: { change: { id: string } } }).revert.change.id;
    }
  });
});
