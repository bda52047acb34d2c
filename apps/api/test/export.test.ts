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
