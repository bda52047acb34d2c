import { defaultModel, Model } from '@opensanctions/followthemoney';
import { describeEachDatabase } from '@parley/test-support/vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import graphology from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Document } from '../src/document/document.entity.js';
import { RELATION_CSV_COLUMNS } from '../src/export/relations-csv.export.js';
import { importStory } from '../src/importer/import-story.js';
import { loadBundleFiles, parseBundle } from '../src/importer/load-bundle.js';
import { Relation } from '../src/relation/relation.entity.js';
import { startListeningServer, type ListeningServer } from './harness.js';

const STORY = 'us-venezuela-talks-2024-04-11';
const { MultiDirectedGraph } = graphology;

async function download(server: ListeningServer, path: string) {
  const response = await fetch(`${server.url}${path}`);
  return { status: response.status, type: response.headers.get('content-type') ?? '', text: await response.text() };
}

describeEachDatabase('exports', (database) => {
  let seeded: ListeningServer;
  let relationCount: number;
  let storyText: string;
  beforeAll(async () => {
    seeded = await startListeningServer(database, { seed: true });
    const em = seeded.db.orm.em.fork();
    relationCount = await em.count(Relation);
    storyText = (await em.findOneOrFail(Document, { slug: STORY })).text;
  });
  afterAll(() => seeded.close());

  it(
    'exports a story bundle that, imported into an empty database, exports again byte for byte',
    { timeout: 120_000 },
    async () => {
      const first = await download(seeded, `/export/bundle.json?document=${STORY}`);
      expect(first.status).toBe(200);
      expect(first.type).toMatch(/^application\/json/);
      const bundle = parseBundle(JSON.parse(first.text), 'export');
      expect(bundle.relations).toHaveLength(relationCount);

      const copy = await startListeningServer(database);
      try {
        const result = await importStory(copy.db.orm.em, {
          bundle,
          text: bundle.document.text ?? '',
          source: 'export',
        });
        expect(result.status).toBe('created');
        const second = await download(copy, `/export/bundle.json?document=${STORY}`);
        expect(second.text).toBe(first.text);
        // And the answer to a full question is the same on both servers.
        const query = JSON.stringify({
          query: `{ actor(slug: "nicolas-maduro") { name relations(direction: INCOMING) { kind date { start end precision }
          source { slug } attribution { kind text } evidence { quote start end } } } }`,
        });
        const ask = (server: ListeningServer) =>
          fetch(`${server.url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: query,
          }).then((response) => response.json());
        expect(await ask(copy)).toEqual(await ask(seeded));
      } finally {
        await copy.close();
      }
    },
  );

  it('exports every story as one collection when no document is named', async () => {
    const all = JSON.parse((await download(seeded, '/export/bundle.json')).text) as {
      format: string;
      stories: unknown[];
    };
    const one = JSON.parse((await download(seeded, `/export/bundle.json?document=${STORY}`)).text) as unknown;
    expect(all.format).toBe('parley-export/1');
    expect(all.stories).toEqual([one]);
  });

  it(
    'imports the collection of every story from its file, and exports the same bytes again',
    { timeout: 120_000 },
    async () => {
      const first = await download(seeded, '/export/bundle.json');
      const folder = mkdtempSync(join(tmpdir(), 'parley-export-'));
      const copy = await startListeningServer(database);
      try {
        const file = join(folder, 'all.json');
        writeFileSync(file, first.text);
        const stories = await loadBundleFiles(file);
        expect(stories.map((story) => story.bundle.document.slug)).toEqual([STORY]);
        for (const story of stories) await importStory(copy.db.orm.em, story);
        expect((await download(copy, '/export/bundle.json')).text).toBe(first.text);
      } finally {
        await copy.close();
        rmSync(folder, { recursive: true, force: true });
      }
    },
  );

  it('exports a GEXF and a GraphML graph that Gephi and yEd parsers read, with quotes on the edges', async () => {
    const gexf = await download(seeded, '/export/graph.gexf');
    const graphml = await download(seeded, `/export/graph.graphml?document=${STORY}`);
    expect(gexf.type).toMatch(/^application\/gexf\+xml/);
    for (const graph of [parseGexf(MultiDirectedGraph, gexf.text), parseGraphml(MultiDirectedGraph, graphml.text)]) {
      expect(graph.size).toBe(relationCount);
      expect(graph.getNodeAttribute('nicolas-maduro', 'label')).toBe('Nicolás Maduro');
      const pressures = graph.filterInEdges(
        'nicolas-maduro',
        (_edge, attributes) => attributes.category === 'PRESSURE',
      );
      expect(pressures.length).toBeGreaterThan(0);
      for (const edge of pressures) {
        const quote = String(graph.getEdgeAttribute(edge, 'quote')).split(' … ')[0]!;
        expect(storyText).toContain(quote);
        expect(graph.getEdgeAttribute(edge, 'attributionKind')).toBeTruthy();
      }
    }
  });

  it('exports relations as CSV, one row per quote with offsets into the text', async () => {
    const csv = await download(seeded, '/export/relations.csv');
    expect(csv.type).toMatch(/^text\/csv/);
    const rows = parseCsv<Record<(typeof RELATION_CSV_COLUMNS)[number], string>>(csv.text, { columns: true });
    expect(Object.keys(rows[0]!)).toEqual([...RELATION_CSV_COLUMNS]);
    expect(new Set(rows.map((row) => `${row.document}/${row.relation}`)).size).toBe(relationCount);
    for (const row of rows) {
      expect(storyText.slice(Number(row.quote_start), Number(row.quote_end))).toBe(row.quote);
      expect(row.attribution_kind).not.toBe('');
    }
    expect(rows.some((row) => row.target === 'nicolas-maduro' && row.category === 'PRESSURE')).toBe(true);
  });

  it('exports FollowTheMoney entities whose schemata, properties and references FtM accepts', async () => {
    const ftm = await download(seeded, `/export/ftm.jsonl?document=${STORY}`);
    const model = new Model(defaultModel);
    const lines = ftm.text
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { id: string; schema: string; properties: Record<string, string[]> });
    const byId = new Map(lines.map((line) => [line.id, line]));
    expect(byId.size).toBe(lines.length);
    for (const raw of lines) {
      const schema = model.getSchema(raw.schema);
      expect(schema.abstract).toBe(false);
      const entity = model.getEntity(raw);
      for (const [name, values] of Object.entries(raw.properties)) {
        expect(schema.hasProperty(name), `${raw.schema}.${name}`).toBe(true);
        const property = schema.getProperty(name);
        expect(entity.getProperty(name)).toHaveLength(values.length);
        for (const value of values) {
          if (property.type.name === 'date') expect(value).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
          if (property.type.name === 'entity') {
            const target = byId.get(value);
            expect(target, `${raw.id} ${name} → ${value}`).toBeDefined();
            expect(model.getSchema(target!.schema).isA(property.getRange())).toBe(true);
          }
        }
      }
    }
    const schemata = new Set(lines.map((line) => line.schema));
    for (const expected of ['Article', 'Person', 'Organization', 'PublicBody', 'Event', 'UnknownLink']) {
      expect(schemata).toContain(expected);
    }
    expect(lines.filter((line) => line.schema === 'UnknownLink')).toHaveLength(relationCount);
    const maduro = 'parley-actor-nicolas-maduro';
    expect(
      lines.some(
        (line) =>
          line.schema === 'UnknownLink' &&
          line.properties.object?.[0] === maduro &&
          line.properties.role?.[0] === 'PRESSURED',
      ),
    ).toBe(true);
  });

  it('answers an unknown export or document with 404 and a code', async () => {
    const unknownFile = await download(seeded, '/export/graph.dot');
    expect(unknownFile.status).toBe(404);
    expect(JSON.parse(unknownFile.text)).toMatchObject({ errors: [{ extensions: { code: 'NOT_FOUND' } }] });
    const unknownDocument = await download(seeded, '/export/relations.csv?document=no-such-story');
    expect(unknownDocument.status).toBe(404);
    expect(JSON.parse(unknownDocument.text)).toMatchObject({
      errors: [{ extensions: { code: 'NOT_FOUND', argumentName: 'document' } }],
    });
  });
});

/** A relation as the GraphQL API and the exports both tell it: who did what to whom, in one sentence. */
const signature = (relation: { source: string; kind: string; target: string; summary: string }) =>
  `${relation.source} ${relation.kind} ${relation.target}: ${relation.summary}`;

interface ListedRelation {
  kind: string;
  summary: string;
  source: { slug: string };
  target: { slug: string };
}

interface RelationsPage {
  relations: { nodes: ListedRelation[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
}

describeEachDatabase('filtered exports', (database) => {
  let seeded: ListeningServer;
  beforeAll(async () => {
    seeded = await startListeningServer(database, { seed: true });
  });
  afterAll(() => seeded.close());

  async function ask<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    const response = await fetch(`${seeded.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data: T; errors?: unknown };
    expect(body.errors).toBeUndefined();
    return body.data;
  }

  /** Every relation `relations(filter:)` lists for this filter, page by page, as signatures. */
  async function listed(filter: Record<string, unknown>): Promise<string[]> {
    const found: string[] = [];
    let after: string | null = null;
    for (;;) {
      const { relations }: RelationsPage = await ask<RelationsPage>(
        `query ($filter: RelationFilter, $after: String) { relations(filter: $filter, first: 100, after: $after) {
          nodes { kind summary source { slug } target { slug } } pageInfo { hasNextPage endCursor } } }`,
        { filter, after },
      );
      found.push(...relations.nodes.map((r) => signature({ ...r, source: r.source.slug, target: r.target.slug })));
      if (!relations.pageInfo.hasNextPage) return found.sort();
      after = relations.pageInfo.endCursor;
    }
  }

  /** The relations of a relations.csv (one row a quote, so one relation per `document/relation`), as signatures. */
  async function csvRelations(query: string): Promise<string[]> {
    const csv = await download(seeded, `/export/relations.csv?${query}`);
    expect(csv.status).toBe(200);
    const rows = parseCsv<Record<(typeof RELATION_CSV_COLUMNS)[number], string>>(csv.text, { columns: true });
    const byRelation = new Map(rows.map((row) => [`${row.document}/${row.relation}`, row]));
    return [...byRelation.values()].map((row) => signature(row)).sort();
  }

  /** The edges of a graph.graphml as signatures, and its nodes. */
  async function graphmlRelations(query: string): Promise<{ edges: string[]; nodes: string[] }> {
    const graphml = await download(seeded, `/export/graph.graphml?${query}`);
    expect(graphml.status).toBe(200);
    const graph = parseGraphml(MultiDirectedGraph, graphml.text);
    const edges = graph.mapEdges((_edge, attributes, source, target) =>
      signature({ source, target, kind: String(attributes.kind), summary: String(attributes.summary) }),
    );
    return { edges: edges.sort(), nodes: graph.nodes().sort() };
  }

  const ends = (signatures: string[]) =>
    [...new Set(signatures.flatMap((s) => /^(\S+) \S+ (\S+):/.exec(s)!.slice(1, 3)))].sort();

  it('writes exactly the relations `relations(filter:)` lists for the same filter, and their actors as nodes', async () => {
    const all = await listed({});
    for (const [query, filter] of [
      ['categories=PRESSURE,COERCION', { categories: ['PRESSURE', 'COERCION'] }],
      ['kinds=PRESSURED&target=nicolas-maduro', { kinds: ['PRESSURED'], target: 'nicolas-maduro' }],
      // The guide's example.
      [
        'categories=PRESSURE,COERCION&target=nicolas-maduro&from=2024-03-01',
        { categories: ['PRESSURE', 'COERCION'], target: 'nicolas-maduro', from: '2024-03-01' },
      ],
      [
        'actor=nicolas-maduro&from=2024-03-01&to=2024-04-30',
        { actor: 'nicolas-maduro', from: '2024-03-01', to: '2024-04-30' },
      ],
    ] as const) {
      const expected = await listed(filter);
      expect(expected.length, query).toBeGreaterThan(0);
      expect(expected.length, query).toBeLessThan(all.length);
      expect(await csvRelations(query), query).toEqual(expected);
      const graph = await graphmlRelations(query);
      expect(graph.edges, query).toEqual(expected);
      expect(graph.nodes, query).toEqual(ends(expected));
    }
  });

  it('writes exactly the relations of `neighbourhood` around an actor', async () => {
    for (const [query, variables] of [
      ['around=nicolas-maduro', { slug: 'nicolas-maduro' }],
      [
        'around=nicolas-maduro&hops=2&direction=INCOMING&first=5&categories=PRESSURE,DIPLOMACY',
        {
          slug: 'nicolas-maduro',
          hops: 2,
          direction: 'INCOMING',
          first: 5,
          filter: { categories: ['PRESSURE', 'DIPLOMACY'] },
        },
      ],
    ] as const) {
      const { neighbourhood } = await ask<{ neighbourhood: { relations: ListedRelation[] } }>(
        `query ($slug: String!, $hops: Int, $first: Int, $direction: Direction, $filter: RelationFilter) {
          neighbourhood(slug: $slug, hops: $hops, first: $first, direction: $direction, filter: $filter) {
            relations { kind summary source { slug } target { slug } } } }`,
        variables,
      );
      const expected = neighbourhood.relations
        .map((r) => signature({ ...r, source: r.source.slug, target: r.target.slug }))
        .sort();
      expect(expected.length, query).toBeGreaterThan(0);
      expect(await csvRelations(query), query).toEqual(expected);
      const graph = await graphmlRelations(query);
      expect(graph.edges, query).toEqual(expected);
      expect(graph.nodes, query).toEqual(ends(expected));
    }
  });

  it('answers a bad filter with 400 and the parameter, and an unknown actor with 404', async () => {
    for (const [query, status, code, argumentName] of [
      ['relations.csv?kinds=PRESSURED,SHOUTED', 400, 'BAD_USER_INPUT', 'kinds'],
      ['relations.csv?categories=', 400, 'BAD_USER_INPUT', 'categories'],
      ['graph.graphml?from=2024-02-30', 400, 'BAD_USER_INPUT', 'from'],
      ['graph.gexf?to=April', 400, 'BAD_USER_INPUT', 'to'],
      ['relations.csv?actor=a&actor=b', 400, 'BAD_USER_INPUT', 'actor'],
      ['relations.csv?around=nicolas-maduro&hops=3', 400, 'BAD_USER_INPUT', 'hops'],
      ['relations.csv?around=nicolas-maduro&direction=SIDEWAYS', 400, 'BAD_USER_INPUT', 'direction'],
      ['relations.csv?around=nicolas-maduro&first=0', 400, 'BAD_USER_INPUT', 'first'],
      ['relations.csv?hops=2', 400, 'BAD_USER_INPUT', 'hops'],
      ['ftm.jsonl?kinds=PRESSURED', 400, 'BAD_USER_INPUT', 'kinds'],
      ['graph.graphml?source=no-such-actor', 404, 'NOT_FOUND', 'source'],
      ['relations.csv?around=no-such-actor', 404, 'NOT_FOUND', 'around'],
    ] as const) {
      const answer = await download(seeded, `/export/${query}`);
      expect(answer.status, query).toBe(status);
      const body = JSON.parse(answer.text) as { errors: { message: string; extensions: unknown }[] };
      expect(body.errors[0]?.extensions, query).toEqual({ code, argumentName });
      expect(body.errors[0]?.message, query).toContain(argumentName);
    }
  });
});
