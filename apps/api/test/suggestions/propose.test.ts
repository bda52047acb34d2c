import { describe, expect, it } from 'vitest';
import { AttributionKind } from '../../src/attribution/attribution-kind.js';
import { ActorKind } from '../../src/actor/actor-kind.js';
import { EventKind } from '../../src/event/event-kind.js';
import { knownActorsOf } from '../../src/suggestions/evaluate.js';
import { StatementKind } from '../../src/statement/statement-kind.js';
import { parseBundle } from '../../src/importer/load-bundle.js';
import { locateQuote } from '../../src/facts/evidence-locator.js';
import type { Proposal } from '../../src/suggestions/proposal.js';
import { proposeFacts } from '../../src/suggestions/propose.js';
import { loadDevelopment, loadHeldOut, loadSeed, proposalsFor } from './stories.js';

const seed = await loadSeed();
const heldOut = await loadHeldOut();
const development = await loadDevelopment();
const withKnown = proposalsFor(seed, 'known');
const withNone = proposalsFor(seed, 'none');

const ofType = <T extends Proposal['type']>(proposals: Proposal[], type: T) =>
  proposals.flatMap((p) => (p.type === type ? [p as Extract<Proposal, { type: T }>] : []));

describe('proposeFacts on the seed story', () => {
  it('proposes each refusal to comment with the body that refused', () => {
    const refusals = ofType(withKnown, 'statements').filter(
      (p) => p.fact.kind !== StatementKind.QUOTE && p.fact.kind !== StatementKind.PARAPHRASE,
    );
    expect(refusals.map((p) => [p.fact.kind, p.fact.speaker])).toEqual([
      ['DECLINED_TO_COMMENT', 'us-national-security-council'],
      ['NO_REPLY', 'venezuela-s-information-ministry'],
      ['DECLINED_TO_COMMENT', 'venezuelan-affairs-unit'],
    ]);
  });

  it('gives a quote its speaker named after it', () => {
    const quote = ofType(withKnown, 'statements').find((p) => p.fact.kind === StatementKind.QUOTE);
    expect(quote?.fact).toMatchObject({
      speaker: 'luis-gilberto-murillo',
      text: 'We will always play a constructive role within the framework of diplomatic channels',
      setting: 'in a radio interview',
    });
  });

  it('reads a position from a title before a name', () => {
    const murillo = ofType(withKnown, 'positions').find((p) => p.fact.holder === 'luis-gilberto-murillo');
    expect(murillo?.fact).toMatchObject({ title: 'Foreign Minister', organization: 'colombia', acting: true });
  });

  it('takes a relation’s modality from "urged … to"', () => {
    const urged = ofType(withKnown, 'relations').filter((p) => ['URGED', 'PRESSURED'].includes(p.fact.kind));
    expect(urged.map((p) => [p.fact.kind, p.fact.source, p.fact.target, p.fact.modality ?? 'ACTUAL'])).toEqual([
      ['URGED', 'united-states', 'venezuela-s-neighbors', 'ACTUAL'],
      ['PRESSURED', 'venezuela-s-neighbors', 'nicolas-maduro', 'REQUESTED'],
    ]);
  });

  it('matches mentions to known actors by alias, fuller and shorter forms', () => {
    const matched = new Set(ofType(withKnown, 'actors').map((p) => p.matches));
    for (const slug of ['nicolas-maduro', 'venezuelan-government', 'gustavo-petro', 'united-states']) {
      expect(matched).toContain(slug);
    }
    expect(ofType(withKnown, 'actors').every((p) => p.matches === p.fact.slug)).toBe(true);
  });

  it('reads the same with a corpus of namesakes known after the story’s own actors', () => {
    // Later actors sharing the story's surnames and organisation words: the first known still wins.
    const namesakes = Array.from({ length: 3000 }, (_, i) => ({
      slug: `namesake-${String(i)}`,
      name: i % 2 ? `Carlos ${['Maduro', 'Petro', 'Machado'][i % 3] ?? ''}` : `US Treasury ${String(i)}`,
      aliases: i % 4 === 0 ? ['IMF'] : [],
      kind: i % 2 ? ActorKind.PERSON : ActorKind.ORGANIZATION,
    }));
    const crowded = proposeFacts({
      text: seed.text,
      publishedAt: seed.bundle.document.publishedAt.date,
      knownActors: [...knownActorsOf(seed.bundle), ...namesakes],
    });
    expect(crowded).toEqual(withKnown);
  });

  it('with no actor known, proposes them with a kind and links surnames to the full name', () => {
    const actors = new Map(ofType(withNone, 'actors').map((p) => [p.fact.slug, p.fact]));
    expect(actors.get('nicolas-maduro')?.kind).toBe('PERSON');
    expect(actors.get('us-national-security-council')?.kind).toBe('ORGANIZATION');
    expect(actors.get('colombia')?.kind).toBe('STATE');
    const petroMet = ofType(withNone, 'relations').find(
      (p) => p.fact.kind === 'MET_WITH' && p.fact.target === 'nicolas-maduro',
    );
    expect(petroMet?.fact.source).toBe('gustavo-petro');
  });

  it('resolves an event’s date words against the publication date', () => {
    const meeting = ofType(withKnown, 'events').find((p) => p.fact.location === 'Mexico City');
    expect(meeting?.fact).toMatchObject({ kind: 'MEETING', date: 'Tuesday' });
    const following = ofType(withKnown, 'events').find((p) =>
      JSON.stringify(p.fact.date).includes('following morning'),
    );
    expect(following?.fact.date).toMatchObject({ start: '2024-04-10' });
  });

  it('proposes figures with currency, period, condition and who estimates them', () => {
    expect(ofType(withKnown, 'figures').map((p) => p.fact)).toEqual([
      expect.objectContaining({
        amount: 2_000_000_000,
        currency: 'USD',
        modality: 'POSSIBLE',
        condition: 'If the suspension is lifted',
        subject: 'venezuela',
        period: 'by the end of 2024',
        attribution: 'luis-barcenas',
      }),
      expect.objectContaining({
        amount: 740_000_000,
        period: 'From October until March',
        attribution: 'eduardo-fortuny',
      }),
    ]);
  });

  it('reads an article that opens with a place or an acronym, not a wire name, and quotes only words', () => {
    for (const text of [
      'GENEVA -- Envoy Ada Quill met minister Bo Reed on Tuesday in Geneva, officials said. Reed declined to comment.',
      'NATO talks resumed. Quill said talks would resume.',
    ]) {
      const proposals = proposeFacts({ text, publishedAt: '2024-04-11', knownActors: [] });
      expect(proposals.length).toBeGreaterThan(0);
      for (const proposal of proposals) for (const span of proposal.spans) expect(span.end).toBeGreaterThan(span.start);
      // No wire name in brackets: the article reports in its own voice, not as a publisher found in its first word.
      const reports = proposals.filter(
        (proposal) => proposal.type === 'attributions' && proposal.fact.kind === AttributionKind.REPORTED,
      );
      expect(reports.map((proposal) => proposal.fact)).toEqual([expect.objectContaining({ key: 'report' })]);
    }
  });

  it('proposes nothing for an empty text', () => {
    expect(proposeFacts({ text: ' ', publishedAt: '2024-04-11', knownActors: [] })).toEqual([]);
  });
});

/** The relations proposed for a short text, none of its actors known: kind, source, target and modality. */
function relationsOf(text: string, publishedAt = '2025-06-19'): string[][] {
  return ofType(proposeFacts({ text, publishedAt, knownActors: [] }), 'relations').map((p) => [
    p.fact.kind,
    p.fact.source,
    p.fact.target,
    p.fact.modality ?? 'ACTUAL',
  ]);
}

describe('proposeFacts reads relations told without a lexicon verb between its two ends', () => {
  it('reads a passive: the agent after "by" is the source', () => {
    expect(relationsOf('Germany was pressured by France to cut its deficit.')).toEqual([
      ['PRESSURED', 'france', 'germany', 'ACTUAL'],
    ]);
  });

  it('takes "he" for the last person named and "they" for the last actors named together', () => {
    expect(relationsOf('Emmanuel Macron flew to Berlin on Monday. He met Olaf Scholz for two hours.')).toEqual([
      ['MET_WITH', 'emmanuel-macron', 'olaf-scholz', 'ACTUAL'],
    ]);
    expect(relationsOf('Kenya and Uganda signed a border pact. They had met Feb. 3 in Nairobi.')).toEqual([
      ['MET_WITH', 'kenya', 'uganda', 'ACTUAL'],
    ]);
  });

  it('dates a meeting told with a pronoun by the sentence before it', () => {
    const events = ofType(
      proposeFacts({
        text: 'Emmanuel Macron visited Berlin on Monday. He met Olaf Scholz for two hours.',
        publishedAt: '2025-06-19',
        knownActors: [],
      }),
      'events',
    );
    expect(events.find((p) => p.fact.kind === EventKind.MEETING)?.fact).toMatchObject({
      date: 'Monday',
      participants: [
        expect.objectContaining({ actor: 'emmanuel-macron' }),
        expect.objectContaining({ actor: 'olaf-scholz' }),
      ],
    });
  });

  it('pairs every coordinated subject with the object', () => {
    expect(relationsOf('Brazil, Peru and Argentina urged Chile to lower its tariffs.').sort()).toEqual([
      ['URGED', 'argentina', 'chile', 'ACTUAL'],
      ['URGED', 'brazil', 'chile', 'ACTUAL'],
      ['URGED', 'peru', 'chile', 'ACTUAL'],
    ]);
  });

  it('gives a relative clause its antecedent as subject, and passes over it to find the main verb’s', () => {
    expect(relationsOf('Norway, which backed Colombia’s plan, criticized Cuba.')).toEqual([
      ['BACKED', 'norway', 'colombia', 'ACTUAL'],
      ['CRITICIZED', 'norway', 'cuba', 'ACTUAL'],
    ]);
  });

  it('reads talks between two actors, a meeting without "with" and "the committee" as the one named before', () => {
    expect(relationsOf('Talks between Israel and Egypt resumed.')).toEqual([
      ['NEGOTIATED_WITH', 'israel', 'egypt', 'ACTUAL'],
    ]);
    expect(
      relationsOf('Zambia met an ad hoc committee of bondholders in Paris. France later urged the committee to wait.'),
    ).toEqual([
      ['MET_WITH', 'zambia', 'ad-hoc-committee-of-bondholders', 'ACTUAL'],
      ['URGED', 'france', 'ad-hoc-committee-of-bondholders', 'ACTUAL'],
    ]);
  });

  it('takes no object that stands after a noun or a preposition of its own', () => {
    expect(relationsOf('Egypt accused Sudan of threatening its water supply with the Merowe Dam.')).toEqual([
      ['CRITICIZED', 'egypt', 'sudan', 'ACTUAL'],
    ]);
    expect(relationsOf('Ahmed Shide asked for American support at the International Monetary Fund.')).toEqual([]);
  });

  it('resolves a day to come after the publication date, not a year back', () => {
    const events = ofType(
      proposeFacts({
        text: 'Kenya and Uganda are expected to meet again on Jan. 15.',
        publishedAt: '2025-12-19',
        knownActors: [],
      }),
      'events',
    );
    expect(events[0]?.fact.date).toMatchObject({ text: 'Jan. 15', start: '2026-01-15' });
  });
});

describe('proposeFacts reads a wire report’s ways of telling', () => {
  it('reads a dateline with a place and a day: the wire publishes, the place and the day are no actor and no date', () => {
    const proposals = proposeFacts({
      text: 'DETROIT, Oct 9 (Reuters) - Germany and France resumed talks in Berlin on Wednesday.',
      publishedAt: '2025-10-09',
      knownActors: [],
    });
    expect(ofType(proposals, 'attributions')[0]?.fact).toMatchObject({
      kind: AttributionKind.REPORTED,
      source: 'reuters',
      text: '(Reuters)',
    });
    expect(ofType(proposals, 'actors').map((p) => p.fact.slug)).not.toContain('detroit');
    expect(ofType(proposals, 'events').find((p) => p.fact.kind === EventKind.MEETING)?.fact.date).toBe('Wednesday');
    expect(ofType(proposals, 'relations').map((p) => [p.fact.kind, p.fact.source, p.fact.target])).toEqual([
      ['NEGOTIATED_WITH', 'germany', 'france'],
    ]);
  });

  it('takes "both sides" for the last two named together and an object "her" for the sentence’s other person', () => {
    expect(relationsOf('Germany and France resumed talks on Monday. Norway later sat down with both sides.')).toEqual([
      ['NEGOTIATED_WITH', 'germany', 'france', 'ACTUAL'],
      ['MET_WITH', 'norway', 'germany', 'ACTUAL'],
      ['MET_WITH', 'norway', 'france', 'ACTUAL'],
    ]);
    expect(relationsOf('Emmanuel Macron held talks with Angela Merkel in Paris and pressed her to act.')).toEqual([
      ['NEGOTIATED_WITH', 'emmanuel-macron', 'angela-merkel', 'ACTUAL'],
      ['PRESSURED', 'emmanuel-macron', 'angela-merkel', 'ACTUAL'],
    ]);
  });

  it('takes "the company" for the last company named, and reads "lobbied" as pressure', () => {
    expect(relationsOf('Tessaro Motors cut 900 jobs in Ohio. Brazil lobbied the company.')).toEqual([
      ['PRESSURED', 'brazil', 'tessaro-motors', 'ACTUAL'],
    ]);
  });

  it('does not take meeting demands for a meeting, and dates a weekday to come ahead of the publication', () => {
    const proposals = proposeFacts({
      text: 'Emmanuel Macron could not meet the demands of Angela Merkel. He is expected to travel to Lima on Saturday.',
      publishedAt: '2025-10-09',
      knownActors: [],
    });
    expect(ofType(proposals, 'relations').map((p) => p.fact.kind)).not.toContain('MET_WITH');
    const events = ofType(proposals, 'events');
    expect(events.map((p) => p.fact.kind)).toEqual([EventKind.VISIT]);
    expect(events[0]?.fact.date).toMatchObject({ text: 'Saturday', start: '2025-10-11' });
  });

  it('dates what a speaker announces by its own date words, not by the day it was said', () => {
    const proposals = proposeFacts({
      text: 'Emmanuel Macron said on Tuesday that he will visit Lima next month.',
      publishedAt: '2025-10-09',
      knownActors: [],
    });
    const events = ofType(proposals, 'events');
    expect(events.map((p) => p.fact.kind)).toEqual([EventKind.VISIT]);
    expect(events[0]?.fact.date).toBe('next month');
  });
});

describe('every proposal is a valid bundle fact', () => {
  const cases = [
    ['seed, actors known', seed, withKnown],
    ['seed, none known', seed, withNone],
    ['held-out, actors known', heldOut, proposalsFor(heldOut, 'known')],
    ['held-out, none known', heldOut, proposalsFor(heldOut, 'none')],
    ['development, actors known', development, proposalsFor(development, 'known')],
    ['development, none known', development, proposalsFor(development, 'none')],
  ] as const;

  it.each(cases)('%s: each quote is exactly the words of its span', (_, { text }, proposals) => {
    expect(proposals.length).toBeGreaterThan(20);
    for (const proposal of proposals) {
      const evidence = proposal.fact.evidence ?? [];
      expect(evidence.length).toBe(proposal.spans.length);
      evidence.forEach((quote, index) => {
        const located = locateQuote(text, quote);
        expect({ start: located.start, end: located.end }).toEqual(proposal.spans[index]);
      });
      expect(proposal.confidence).toBeGreaterThan(0);
      expect(proposal.confidence).toBeLessThanOrEqual(1);
    }
  });

  it.each(cases)(
    '%s: the proposals form a bundle of the story format whose references resolve',
    (_, loaded, proposals) => {
      const lists = {
        actors: [],
        attributions: [],
        positions: [],
        events: [],
        relations: [],
        statements: [],
        figures: [],
      } as Record<Proposal['type'], unknown[]>;
      for (const proposal of proposals) lists[proposal.type].push(proposal.fact);
      const bundle = parseBundle(
        {
          format: 'parley-story/1',
          document: { ...loaded.bundle.document, text: loaded.text, textFile: undefined },
          ...lists,
          negotiations: [],
        },
        'proposals',
      );
      const actors = new Set(bundle.actors.map((actor) => actor.slug));
      const attributions = new Set(bundle.attributions.map((attribution) => attribution.key));
      const referenced = [
        ...bundle.positions.flatMap((p) => [p.holder, p.organization]),
        ...bundle.relations.flatMap((r) => [r.source, r.target]),
        ...bundle.statements.map((s) => s.speaker),
        ...bundle.figures.map((f) => f.subject),
        ...bundle.events.flatMap((e) => e.participants.map((p) => p.actor)),
        ...bundle.attributions.map((a) => a.source),
      ].filter((slug): slug is string => slug !== undefined);
      expect(referenced.filter((slug) => !actors.has(slug))).toEqual([]);
      const cited = [...bundle.relations, ...bundle.events, ...bundle.figures].map((fact) => fact.attribution);
      expect(cited.filter((key) => !attributions.has(key))).toEqual([]);
    },
  );
});
