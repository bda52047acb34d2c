import { describeEachDatabase } from '@parley/test-support/vitest';
import { expect, it } from 'vitest';
import { seedDatabase } from '../src/db/seed.js';
import { Evidence } from '../src/evidence/evidence.entity.js';
import { useTestApi } from './harness.js';
import { graphql } from './gql/index.js';

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

const StoryReviewQuery = graphql(`
  query StoryReviewQuery($slug: String!) {
    document(slug: $slug) {
      text
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
    actors(first: 100) {
      nodes {
        slug
        aliases
        evidence {
          quote
        }
      }
    }
    relations(first: 100) {
      totalCount
      nodes {
        kind
        modality
        demand
        source {
          slug
        }
        target {
          slug
        }
        date {
          text
          start
          end
          precision
          basis
        }
        event {
          slug
        }
        attribution {
          id
        }
        evidence {
          quote
        }
      }
    }
    events(first: 100) {
      nodes {
        slug
        date {
          text
          start
          end
          precision
          basis
        }
        attribution {
          id
        }
        participants {
          role
          actor {
            slug
          }
          attribution {
            id
          }
          evidence {
            quote
          }
        }
        evidence {
          quote
        }
      }
    }
    figures(first: 100) {
      nodes {
        attribution {
          id
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

  it('does not make US voters pressure Washington: the text says only that migration is a key issue for them', async () => {
    const { data } = await api.execute(StoryReviewQuery, { slug: SEED });
    const { relations, events } = data!;
    expect(relations.nodes.filter((r) => r.source.slug === 'us-voters' || r.target.slug === 'us-voters')).toEqual([]);
    const electionYear = events.nodes.find((event) => event.slug === 'us-election-year-2024');
    expect(electionYear!.participants.map((p) => p.actor.slug)).toContain('us-voters');
  });

  it('has the US back the agreement with the opposition, not the opposition: relations join actors only', async () => {
    const { data } = await api.execute(StoryReviewQuery, { slug: SEED });
    const backed = data!.relations.nodes.filter((r) => r.kind === 'BACKED');
    expect(backed.map((r) => `${r.source.slug} → ${r.target.slug}`)).toEqual(['united-states → gustavo-petro']);
    const agreement = data!.events.nodes.find((event) => event.slug === 'barbados-agreement-2023');
    const backer = agreement!.participants.find((p) => p.actor.slug === 'united-states');
    expect(backer).toMatchObject({ role: 'backer', evidence: [{ quote: 'a US-backed agreement' }] });
  });

  it('keeps the secret meeting’s aim on the meeting, not as pressure the US put on Maduro', async () => {
    const { data } = await api.execute(StoryReviewQuery, { slug: SEED });
    const usToMaduro = data!.relations.nodes.filter(
      (r) => r.source.slug === 'joe-biden-s-administration' && r.target.slug === 'nicolas-maduro',
    );
    expect(usToMaduro).toEqual([]);
    const meeting = data!.events.nodes.find((event) => event.slug === 'mexico-city-meeting-2024-04-09');
    expect(meeting!.evidence.map((e) => e.quote).join(' ')).toMatch(
      /met secretly this week .* to keep him engaged in negotiations over democratic reforms/,
    );
  });

  it('dates the US urging “For months” as a range of months up to publication, for the urging and the pressure asked', async () => {
    const { data } = await api.execute(StoryReviewQuery, { slug: SEED });
    const urged = data!.relations.nodes.find((r) => r.kind === 'URGED' && r.source.slug === 'united-states');
    const asked = data!.relations.nodes.find((r) => r.kind === 'PRESSURED' && r.modality === 'REQUESTED');
    expect(asked!.source.slug).toBe('venezuela-s-neighbors');
    for (const relation of [urged!, asked!]) {
      expect(relation.date).toMatchObject({
        text: 'For months',
        start: '2023-10-01',
        end: '2024-04-11',
        precision: 'MONTH',
      });
      expect(relation.date!.basis).toMatch(/Barbados in October 2023/);
    }
    expect(urged!.evidence[0]!.quote).toMatch(/^For months, the US has been urging/);
  });

  it('dates ongoing contacts as ranges up to Murillo’s remarks, not to the day he spoke', async () => {
    const { data } = await api.execute(StoryReviewQuery, { slug: SEED });
    const consulted = data!.relations.nodes.filter((r) => r.kind === 'CONSULTED');
    expect(consulted.map((r) => `${r.source.slug} → ${r.target.slug}`).sort()).toEqual([
      'luis-gilberto-murillo → maria-corina-machado',
      'petro-s-administration → united-states',
    ]);
    for (const relation of consulted) {
      expect(relation.date).toMatchObject({ start: '2022-08-01', end: '2024-04-11', precision: 'MONTH' });
      expect(relation.date!.text).toMatch(/^(was in constant touch|has also been speaking confidentially)$/);
      expect(relation.date!.basis).toMatch(/August 7, 2022/);
    }
  });

  it('dates Murillo’s help organizing the Rosales meeting before the meeting, not on it', async () => {
    const { data } = await api.execute(StoryReviewQuery, { slug: SEED });
    const meeting = data!.events.nodes.find((event) => event.slug === 'petro-rosales-meeting-2024-04-10');
    expect(meeting!.date).toMatchObject({ start: '2024-04-10', end: '2024-04-10', precision: 'DAY' });
    const organized = data!.relations.nodes.find(
      (r) => r.kind === 'FACILITATED' && r.source.slug === 'luis-gilberto-murillo',
    );
    expect(organized!.date).toMatchObject({ text: 'helped organize', start: '2022-08-01', precision: 'MONTH' });
    expect(organized!.date!.end! <= meeting!.date!.start!).toBe(true);
    expect(organized!.event).toBeNull();
  });

  it('dates Colombia’s criticism by the text alone, between the Feb. 23 meeting and the visit, with no demand', async () => {
    const { data } = await api.execute(StoryReviewQuery, { slug: SEED });
    const eventDate = (slug: string) => data!.events.nodes.find((event) => event.slug === slug)!.date!;
    const criticized = data!.relations.nodes.find((r) => r.kind === 'CRITICIZED' && r.source.slug === 'colombia');
    expect(criticized!.demand).toBeNull();
    expect(criticized!.date).toMatchObject({
      text: 'The visit took place after',
      start: '2024-02-24',
      end: '2024-04-08',
      precision: 'MONTH',
      basis: null,
    });
    expect(criticized!.date!.start! > eventDate('us-venezuela-meeting-2024-02-23').end!).toBe(true);
    expect(criticized!.date!.end! < eventDate('petro-caracas-visit-2024-04-09').start!).toBe(true);
  });

  it('keeps the well-known public record, and its basis, for the election call and the barred registrations', async () => {
    const { data } = await api.execute(StoryReviewQuery, { slug: SEED });
    const dates = [
      ...data!.events.nodes
        .filter((event) => ['early-elections-called', 'machado-yoris-registration-blocked'].includes(event.slug))
        .map((event) => event.date!),
      ...data!.relations.nodes.filter((r) => r.kind === 'BARRED').map((r) => r.date!),
    ];
    expect(dates).toHaveLength(5);
    for (const date of dates) {
      expect(date).toMatchObject({ start: '2024-03-01', end: '2024-03-31', precision: 'MONTH' });
      expect(date.basis).toMatch(/^Public record/);
    }
  });

  it('quotes evidence that carries each claim: who met Feb. 23, and nothing from the headline of another story', async () => {
    const { data } = await api.execute(StoryReviewQuery, { slug: SEED });
    const { text, evidence } = data!.document!;
    const readMore = text.indexOf('Read More: ');
    const readMoreEnd = text.indexOf('\n', readMore);
    expect(readMore).toBeGreaterThan(0);
    expect(evidence.filter((span) => span.start < readMoreEnd && span.end > readMore)).toEqual([]);

    const february = data!.events.nodes.find((event) => event.slug === 'us-venezuela-meeting-2024-02-23')!;
    const metInFebruary = data!.relations.nodes.find((r) => r.date?.start === '2024-02-23')!;
    const quotes = [
      ...february.evidence,
      ...february.participants.flatMap((p) => p.evidence),
      ...metInFebruary.evidence,
    ].map((e) => e.quote);
    expect(quotes).toHaveLength(4);
    for (const quote of quotes) expect(quote).toMatch(/^Venezuela and US officials .* They had met Feb\. 23$/);

    const sanctions = data!.relations.nodes.find((r) => r.kind === 'SANCTIONED')!;
    expect(sanctions.demand).toBe('democratic reforms');
    const license = data!.events.nodes.find((event) => event.slug === 'oil-sanctions-license-2023')!;
    const issuer = license.participants.find((p) => p.actor.slug === 'united-states')!;
    expect(issuer.evidence[0]!.quote).toMatch(/Washington .* whether to reimpose oil and gas sanctions/);
  });

  it('gives aliases only as the text spells them', async () => {
    const { data } = await api.execute(StoryReviewQuery, { slug: SEED });
    const text = data!.document!.text;
    const actors = data!.actors.nodes;
    expect(actors.flatMap((actor) => actor.aliases).length).toBeGreaterThan(20);
    const unspelled = actors.flatMap((actor) =>
      actor.aliases.filter((alias) => !text.includes(alias)).map((alias) => `${actor.slug}: ${alias}`),
    );
    expect(unspelled).toEqual([]);
  });

  it('keeps only attributions that some fact is attributed to', async () => {
    const { data } = await api.execute(StoryReviewQuery, { slug: SEED });
    const { document, relations, events, figures } = data!;
    const stored = new Set(
      document!.evidence.filter((span) => span.supports.__typename === 'Attribution').map((span) => span.supports.id),
    );
    const used = new Set([
      ...relations.nodes.map((r) => r.attribution.id),
      ...events.nodes.flatMap((event) => [event.attribution.id, ...event.participants.map((p) => p.attribution.id)]),
      ...figures.nodes.map((figure) => figure.attribution.id),
    ]);
    expect([...stored].filter((id) => !used.has(id))).toEqual([]);
    expect(stored.size).toBe(8);
  });
});
