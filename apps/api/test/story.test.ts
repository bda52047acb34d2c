import { graphql } from '@parley/schema';
import { describeEachDatabase } from '@parley/test-support/vitest';
import { expect, it } from 'vitest';
import { seedDatabase } from '../src/db/seed.js';
import { Evidence } from '../src/evidence/evidence.entity.js';
import { useTestApi } from './harness.js';

const SEED = 'us-venezuela-talks-2024-04-11';

const DocumentSpansQuery = graphql(`
  query DocumentSpansQuery($slug: String!) {
    document(slug: $slug) {
      title
      text
      publishedAt
      publishedAtBasis
      publisher {
        slug
      }
      contributors {
        slug
      }
      evidence {
        start
        end
        quote
        supports {
          __typename
          id
        }
      }
    }
  }
`);

const WhoPressuredQuery = graphql(`
  query WhoPressuredQuery($slug: String!) {
    actor(slug: $slug) {
      name
      relations(direction: INCOMING, categories: [PRESSURE, COERCION]) {
        kind
        category
        modality
        summary
        demand
        lever
        source {
          slug
          name
        }
        attribution {
          kind
          text
          source {
            slug
          }
        }
        evidence {
          quote
          start
          end
        }
      }
    }
  }
`);

const RelationsByFilterQuery = graphql(`
  query RelationsByFilterQuery($filter: RelationFilter, $first: Int) {
    relations(filter: $filter, first: $first) {
      totalCount
      nodes {
        kind
        category
        source {
          slug
        }
        target {
          slug
        }
        date {
          start
          end
          precision
        }
      }
    }
  }
`);

const MeetingQuery = graphql(`
  query MeetingQuery($text: String) {
    events(filter: { text: $text }) {
      nodes {
        slug
        title
        location
        secret
        date {
          text
          start
          end
          precision
          basis
        }
        attribution {
          kind
          text
        }
        participants {
          role
          outcome
          actor {
            slug
          }
          evidence {
            quote
          }
        }
      }
    }
  }
`);

const NonResponsesQuery = graphql(`
  query NonResponsesQuery {
    statements(kinds: [DECLINED_TO_COMMENT, NO_REPLY], first: 100) {
      nodes {
        kind
        speaker {
          slug
          name
        }
        evidence {
          quote
        }
      }
    }
  }
`);

const FiguresQuery = graphql(`
  query FiguresQuery {
    figures(first: 100) {
      nodes {
        amount
        currency
        summary
        modality
        period {
          text
          start
          end
          precision
        }
        attribution {
          kind
          source {
            slug
            name
          }
        }
        evidence {
          quote
        }
      }
    }
  }
`);

const NegotiationsQuery = graphql(`
  query NegotiationsQuery {
    negotiations(first: 10) {
      nodes {
        slug
        title
        issues
        parties {
          slug
        }
        rounds {
          slug
          date {
            start
          }
        }
        deadline {
          start
          precision
          basis
        }
      }
    }
  }
`);

const PathsQuery = graphql(`
  query PathsQuery($from: String!, $to: String!, $maxLength: Int) {
    paths(from: $from, to: $to, maxLength: $maxLength) {
      length
      steps {
        from {
          slug
        }
        to {
          slug
        }
        via {
          __typename
          ... on Relation {
            kind
            evidence {
              quote
            }
          }
          ... on Position {
            title
            evidence {
              quote
            }
          }
          ... on Event {
            slug
            evidence {
              quote
            }
          }
        }
      }
    }
  }
`);

const AllActorsQuery = graphql(`
  query AllActorsQuery {
    actors(first: 100) {
      nodes {
        slug
        name
        kind
      }
    }
  }
`);

const PositionsQuery = graphql(`
  query PositionsQuery($slug: String!) {
    actor(slug: $slug) {
      positions {
        title
        acting
        organization {
          slug
        }
        evidence {
          quote
        }
      }
    }
  }
`);

describeEachDatabase('the seed story', (database) => {
  const api = useTestApi(database);

  it('stores the article byte-exact, and every evidence span equals the text at its offsets', async () => {
    const { data, errors } = await api.execute(DocumentSpansQuery, { slug: SEED });
    expect(errors).toBeUndefined();
    const document = data!.document!;
    expect(document.text).toMatch(/^\(Bloomberg\) -- US officials met secretly this week/);
    expect(document.text).toContain('\u00a0');
    expect(document).toMatchObject({ publishedAt: '2024-04-11', publisher: { slug: 'bloomberg-news' } });
    expect(document.contributors.map((c) => c.slug)).toContain('fabiola-zerpa');
    expect(document.evidence.length).toBeGreaterThan(100);
    for (const span of document.evidence) {
      expect(document.text.slice(span.start, span.end)).toBe(span.quote);
    }
    expect(document.evidence.every((span) => span.supports.id.length > 0)).toBe(true);
  });

  it('names every actor by the slug rule: the name in lower-case ASCII, other runs of characters as "-"', async () => {
    const { data } = await api.execute(AllActorsQuery);
    const slugify = (name: string) =>
      name
        .normalize('NFD')
        .replace(/\p{Diacritic}/gu, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '');
    const actors = data!.actors.nodes;
    expect(actors.length).toBeGreaterThan(30);
    expect(actors.filter((actor) => actor.slug !== slugify(actor.name))).toEqual([]);
    expect(actors.find((actor) => actor.slug === 'nicolas-maduro')?.name).toBe('Nicolás Maduro');
  });

  it('seeds only an empty database: starting again adds nothing', async () => {
    const before = await api.db.orm.em.fork().count(Evidence, {});
    expect(await seedDatabase(api.db.orm)).toBeNull();
    expect(await api.db.orm.em.fork().count(Evidence, {})).toBe(before);
  });

  it('answers who pressured Maduro, with the words and who says so', async () => {
    const { data } = await api.execute(WhoPressuredQuery, { slug: 'nicolas-maduro' });
    const relations = data!.actor!.relations;
    const colombia = relations.find((r) => r.source.slug === 'colombia' && r.kind === 'CRITICIZED');
    expect(colombia).toBeDefined();
    expect(colombia!.category).toBe('PRESSURE');
    expect(colombia!.evidence.map((e) => e.quote).join(' ')).toMatch(/criticizing Maduro/);
    expect(colombia!.attribution.kind).toBe('REPORTED');
    expect(relations.some((r) => r.kind === 'PRESSURED' && r.modality === 'REQUESTED')).toBe(true);
  });

  it('knows the US urged Venezuela’s neighbours to pressure Maduro', async () => {
    const { data } = await api.execute(RelationsByFilterQuery, {
      filter: { source: 'united-states', kinds: ['URGED'] },
    });
    expect(data!.relations.nodes.length).toBeGreaterThan(0);
    expect(data!.relations.nodes[0]!.target.slug).toMatch(/neighbo/);
  });

  it('filters relations by date overlap and category', async () => {
    const week = await api.execute(RelationsByFilterQuery, {
      filter: { from: '2024-04-09', to: '2024-04-09' },
      first: 100,
    });
    expect(week.data!.relations.totalCount).toBeGreaterThan(0);
    for (const relation of week.data!.relations.nodes) {
      expect(relation.date!.start! <= '2024-04-09' && relation.date!.end! >= '2024-04-09').toBe(true);
    }
    const support = await api.execute(RelationsByFilterQuery, { filter: { categories: ['SUPPORT'] }, first: 100 });
    expect(support.data!.relations.nodes.every((r) => r.category === 'SUPPORT')).toBe(true);
    expect(support.data!.relations.nodes.some((r) => r.kind === 'BACKED')).toBe(true);
  });

  it('tells who sat in the secret Mexico City meeting, dated from outside the text', async () => {
    const { data } = await api.execute(MeetingQuery, { text: 'mexico city' });
    const meeting = data!.events.nodes.find((event) => event.location === 'Mexico City');
    expect(meeting).toBeDefined();
    expect(meeting!.secret).toBe(true);
    expect(meeting!.date).toMatchObject({ start: '2024-04-09', end: '2024-04-09', precision: 'DAY' });
    expect(meeting!.date!.basis).toMatch(/Reuters/);
    expect(meeting!.attribution.kind).toBe('ANONYMOUS_SOURCES');
    const present = meeting!.participants.map((p) => p.actor.slug);
    expect(present).toEqual(
      expect.arrayContaining(['daniel-erikson', 'jorge-rodriguez', 'francisco-palmieri', 'jennifer-daskal']),
    );
    expect(meeting!.participants.every((p) => p.evidence.length > 0)).toBe(true);
  });

  it('keeps the non-responses: the NSC declined to comment, the ministry did not reply', async () => {
    const { data } = await api.execute(NonResponsesQuery);
    const statements = data!.statements.nodes;
    expect(statements.map((s) => [s.kind, s.speaker.slug])).toContainEqual([
      'DECLINED_TO_COMMENT',
      'us-national-security-council',
    ]);
    expect(statements.some((s) => s.kind === 'NO_REPLY' && /information ministry/i.test(s.speaker.name))).toBe(true);
  });

  it('gives each figure with who estimates it and for which period', async () => {
    const { data } = await api.execute(FiguresQuery);
    const earned = data!.figures.nodes.find((f) => f.amount === 740_000_000);
    expect(earned).toMatchObject({
      currency: 'USD',
      attribution: { kind: 'NAMED_SOURCE', source: { slug: 'eduardo-fortuny' } },
      period: { start: '2023-10-01', end: '2024-03-31', precision: 'MONTH' },
    });
    const loss = data!.figures.nodes.find((f) => f.amount === 2_000_000_000);
    expect(loss).toMatchObject({
      currency: 'USD',
      modality: 'POSSIBLE',
      attribution: { source: { slug: 'luis-barcenas' } },
    });
    expect(loss!.period!.end).toBe('2024-12-31');
  });

  it('models the negotiation with its rounds and its deadline', async () => {
    const { data } = await api.execute(NegotiationsQuery);
    const talks = data!.negotiations.nodes.find((n) => n.rounds.some((round) => round.date?.start === '2024-04-09'));
    expect(talks).toBeDefined();
    expect(talks!.rounds.map((round) => round.date?.start)).toContain('2024-02-23');
    expect(talks!.deadline).toMatchObject({ start: '2024-04-18', precision: 'DAY' });
    expect(talks!.deadline!.basis).toBeTruthy();
  });

  it('knows Murillo is the acting foreign minister', async () => {
    const { data } = await api.execute(PositionsQuery, { slug: 'luis-gilberto-murillo' });
    const positions = data!.actor!.positions;
    expect(
      positions.some((p) => p.acting && /Foreign Minister/.test(p.title) && p.organization?.slug === 'colombia'),
    ).toBe(true);
    expect(positions.some((p) => !p.acting && /ambassador/i.test(p.title))).toBe(true);
  });

  it('finds how Petro connects to Machado, shortest first, each hop with evidence', async () => {
    const { data, errors } = await api.execute(PathsQuery, { from: 'gustavo-petro', to: 'maria-corina-machado' });
    expect(errors).toBeUndefined();
    const paths = data!.paths;
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.map((p) => p.length)).toEqual([...paths.map((p) => p.length)].sort((a, b) => a - b));
    for (const path of paths) {
      expect(path.steps[0]!.from.slug).toBe('gustavo-petro');
      expect(path.steps.at(-1)!.to.slug).toBe('maria-corina-machado');
      path.steps.forEach((step, i) => i > 0 && expect(step.from.slug).toBe(path.steps[i - 1]!.to.slug));
      for (const step of path.steps) {
        expect('evidence' in step.via && step.via.evidence.length).toBeGreaterThan(0);
      }
    }
  });

  it('rejects impossible path questions clearly', async () => {
    const unknown = await api.execute(PathsQuery, { from: 'gustavo-petro', to: 'nobody-at-all' });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const tooLong = await api.execute(PathsQuery, { from: 'gustavo-petro', to: 'nicolas-maduro', maxLength: 50 });
    expect(tooLong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
