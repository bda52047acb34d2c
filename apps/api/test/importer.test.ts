import { describeEachDatabase } from '@parley/test-support/vitest';
import { beforeEach, expect, it } from 'vitest';
import { Actor } from '../src/actor/actor.entity.js';
import { Document } from '../src/document/document.entity.js';
import { Evidence } from '../src/evidence/evidence.entity.js';
import { Relation } from '../src/relation/relation.entity.js';
import { BundleError } from '../src/importer/import-errors.js';
import { importStory } from '../src/importer/import-story.js';
import { parseBundle } from '../src/importer/load-bundle.js';
import { loaded, miniBundle, MINI_TEXT } from './fixtures/mini-story.js';
import { useTestApi } from './harness.js';
import { graphql } from './gql/index.js';

const MiniRelationsQuery = graphql(`
  query MiniRelationsQuery {
    relations(filter: { source: "rufus-firefly" }) {
      nodes {
        kind
        category
        summary
        demand
        date {
          text
          start
          end
          precision
        }
        attribution {
          kind
          text
          source {
            slug
          }
        }
        event {
          slug
          location
        }
        evidence {
          start
          end
          quote
          document {
            slug
          }
        }
      }
    }
  }
`);

async function rowCounts(em: import('@mikro-orm/core').EntityManager) {
  const fork = em.fork();
  return {
    documents: await fork.count(Document, {}),
    actors: await fork.count(Actor, {}),
    relations: await fork.count(Relation, {}),
    evidence: await fork.count(Evidence, {}),
  };
}

function expectProblems(error: unknown, expected: { path: string; message: RegExp }[]) {
  expect(error).toBeInstanceOf(BundleError);
  for (const problem of expected) {
    const messages = (error as BundleError).problems
      .filter(({ path }) => path === problem.path)
      .map(({ message }) => message);
    expect(messages, problem.path).toContainEqual(expect.stringMatching(problem.message));
  }
}

describeEachDatabase('importer', (database) => {
  const api = useTestApi(database, { seed: false });
  // Each test starts from an empty database and imports what it needs itself.
  beforeEach(() => api.db.empty());

  /** Imports the mini story as it is, as a test's starting point. */
  async function importMiniStory() {
    const result = await importStory(api.db.orm.em, loaded());
    expect(result.status).toBe('created');
  }

  it('imports a bundle with every quote located in the text', async () => {
    const result = await importStory(api.db.orm.em, loaded());
    expect(result).toMatchObject({
      document: 'mini-story',
      status: 'created',
      counts: { actors: 7, relations: 1, events: 1 },
    });
    const { data } = await api.execute(MiniRelationsQuery);
    const urged = data!.relations.nodes[0]!;
    expect(urged).toMatchObject({
      kind: 'URGED',
      category: 'PRESSURE',
      demand: 'withdraw troops',
      date: { text: 'on Monday', start: '2024-04-29', end: '2024-04-29', precision: 'DAY' },
      attribution: { kind: 'ANONYMOUS_SOURCES', text: 'according to two officials', source: null },
      event: { slug: 'athens-meeting', location: 'Athens' },
    });
    expect(urged.evidence).toHaveLength(1);
    const [span] = urged.evidence;
    expect(MINI_TEXT.slice(span!.start, span!.end)).toBe('Firefly urged Trentino to withdraw troops');
    expect(span!.quote).toBe('Firefly urged Trentino to withdraw troops');
  });

  it('changes nothing when the same bundle is imported again', async () => {
    await importMiniStory();
    const before = await rowCounts(api.db.orm.em);
    const again = await importStory(api.db.orm.em, loaded());
    expect(again.status).toBe('unchanged');
    expect(await rowCounts(api.db.orm.em)).toEqual(before);
  });

  it('rejects a bundle with one bad fact, naming it, and writes nothing', async () => {
    await importMiniStory();
    const before = await rowCounts(api.db.orm.em);
    const bundle = miniBundle();
    bundle.document.slug = 'mini-story-broken';
    bundle.events[0]!.slug = 'athens-meeting-2';
    bundle.negotiations[0]!.slug = 'talks-2';
    bundle.negotiations[0]!.rounds = ['athens-meeting-2'];
    bundle.relations[0]!.event = 'athens-meeting-2';
    bundle.relations[0]!.evidence = [{ quote: 'Firefly begged Trentino' }];
    bundle.statements[0]!.evidence = [{ quote: 'Trentino' }];
    bundle.figures[0]!.attribution = 'nobody';
    const error = await importStory(api.db.orm.em, loaded(bundle)).catch((e: unknown) => e);
    expectProblems(error, [
      { path: 'relations[0].evidence[0]', message: /quote not found in the text: "Firefly begged Trentino"/ },
      { path: 'statements[0].evidence[0]', message: /occurs 2 times; add "occurrence" or "within"/ },
      { path: 'figures[0].attribution', message: /no attribution "nobody"/ },
    ]);
    expect((error as Error).message).toMatch(/nothing was imported/);
    expect(await rowCounts(api.db.orm.em)).toEqual(before);
  });

  it('reports shape errors with their path in the file', () => {
    // A bundle as read from a file: plain JSON, free to break the types.
    const raw = JSON.parse(JSON.stringify({ ...miniBundle(), format: 'parley-story/1' })) as {
      relations: { kind: unknown }[];
      figures: { currency: unknown }[];
      actors: { name?: unknown }[];
    };
    raw.relations[0]!.kind = 42;
    raw.figures[0]!.currency = 'dollars';
    delete raw.actors[1]!.name;
    const error = (() => {
      try {
        parseBundle(raw, 'broken.json');
      } catch (e) {
        return e;
      }
    })();
    expectProblems(error, [
      { path: 'relations[0].kind', message: /string/ },
      { path: 'figures[0].currency', message: /ISO 4217/ },
      { path: 'actors[1].name', message: /string/ },
    ]);
  });

  it('rejects an unknown relation kind and unresolvable date words', async () => {
    const bundle = miniBundle();
    bundle.relations[0]!.kind = 'HUGGED';
    bundle.relations[0]!.date = 'a while ago';
    const error = await importStory(api.db.orm.em, loaded(bundle)).catch((e: unknown) => e);
    expectProblems(error, [
      { path: 'relations[0].kind', message: /"HUGGED" is not a relation kind/ },
      { path: 'relations[0].date', message: /cannot resolve the date words "a while ago"/ },
    ]);
  });

  it('replaces a document’s facts when its bundle changed', async () => {
    await importMiniStory();
    const bundle = miniBundle();
    bundle.relations[0]!.kind = 'DEMANDED';
    const result = await importStory(api.db.orm.em, loaded(bundle));
    expect(result.status).toBe('replaced');
    const { data } = await api.execute(MiniRelationsQuery);
    expect(data!.relations.nodes.map((relation) => relation.kind)).toEqual(['DEMANDED']);
    const counts = await rowCounts(api.db.orm.em);
    expect(counts).toMatchObject({ documents: 1, actors: 7, relations: 1 });
  });
});
