import { ActorKind } from '../../src/actor/actor-kind.js';
import { AttributionKind } from '../../src/attribution/attribution-kind.js';
import { searchable } from '../../src/common/search.js';
import { DatePrecision } from '../../src/common/partial-date.js';
import { EventKind } from '../../src/event/event-kind.js';
import { Modality } from '../../src/common/modality.js';
import { RELATION_KINDS, RelationCategory, RelationKind } from '../../src/relation/relation-kind.js';
import { StatementKind } from '../../src/statement/statement-kind.js';
import { PowerLaw, Random, Weighted } from './random.js';
import { emptyBatch, type Batch, type RowOf } from './tables.js';
import * as words from './vocabulary.js';

/**
 * A synthetic corpus shaped like Parley's stories, at any size: actors whose degrees follow a power
 * law (a few hubs in most stories, most actors in a handful), relations of every kind in realistic
 * proportions, events with participants, positions, statements, figures and negotiations, each
 * told in a generated document text that its evidence spans quote exactly
 * (`quote === text.slice(start, end)`). The same size and seed give the same rows.
 */
export interface CorpusSize {
  actors: number;
  relations: number;
  seed: number;
}

/** Rows of each kind per relation (documents, events, …) and the spread of actor degrees. */
export const SHAPE = {
  relationsPerDocument: 50,
  relationsPerEvent: 25,
  relationsPerStatement: 20,
  relationsPerFigure: 100,
  relationsPerNegotiation: 5000,
  actorsPerPublication: 2000,
  /** Zipf exponent of how often an actor takes part in anything. */
  degreeExponent: 0.95,
};

const FIRST_DAY = Date.UTC(2015, 0, 1) / 86_400_000;
const LAST_DAY = Date.UTC(2025, 11, 31) / 86_400_000;

interface ActorSpec {
  id: number;
  kind: ActorKind;
  name: string;
  slug: string;
  /** The name of the country it belongs to (a country's own name for a state). */
  country: string;
  aliases: string[];
  summary: string;
}

interface PartialDateValue {
  text: string;
  start: string;
  end: string;
  precision: DatePrecision;
}

interface Span {
  start: number;
  end: number;
  text: string;
}

type OwnerColumn =
  | 'actor_id'
  | 'attribution_id'
  | 'position_id'
  | 'event_id'
  | 'participation_id'
  | 'relation_id'
  | 'statement_id'
  | 'figure_id'
  | 'negotiation_id';

const NO_OWNER: Record<OwnerColumn, null> = {
  actor_id: null,
  attribution_id: null,
  position_id: null,
  event_id: null,
  participation_id: null,
  relation_id: null,
  statement_id: null,
  figure_id: null,
  negotiation_id: null,
};

/** The API's slug rule: lower-case ASCII, every other run of characters a single "-". */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function isoDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** How many of `total` items fall to part `index` of `parts`, spread evenly. */
function share(total: number, parts: number, index: number): number {
  return Math.floor(((index + 1) * total) / parts) - Math.floor((index * total) / parts);
}

/** A document's text, built sentence by sentence; `put` returns where its words landed. */
class TextBuilder {
  text = '';
  private sentences = 0;

  put(words: string): Span {
    const start = this.text.length;
    this.text += words;
    return { start, end: this.text.length, text: words };
  }

  endSentence(): void {
    this.sentences++;
    this.text += this.sentences % 6 === 0 ? '.\n\n' : '. ';
  }
}

const RELATION_KIND_PICKER = new Weighted(
  Object.values(RelationKind).map((kind) => [kind, words.RELATION_KIND_WEIGHTS[kind] ?? 1] as const),
);
const EVENT_KIND_PICKER = new Weighted(
  Object.values(EventKind).map((kind) => [kind, words.EVENT_KIND_WEIGHTS[kind] ?? 1] as const),
);
const MODALITY_PICKER = new Weighted([
  [Modality.ACTUAL, 84],
  [Modality.REQUESTED, 7],
  [Modality.POSSIBLE, 5],
  [Modality.THREATENED, 4],
] as const);
const STATEMENT_KIND_PICKER = new Weighted([
  [StatementKind.QUOTE, 45],
  [StatementKind.PARAPHRASE, 35],
  [StatementKind.DECLINED_TO_COMMENT, 12],
  [StatementKind.NO_REPLY, 8],
] as const);
const PRECISION_PICKER = new Weighted([
  [DatePrecision.DAY, 70],
  [DatePrecision.WEEK, 5],
  [DatePrecision.MONTH, 15],
  [DatePrecision.YEAR, 10],
] as const);
/** Which of a document's three attributions a fact rests on: the paper, a named source, anonymous ones. */
const ATTRIBUTION_PICKER = new Weighted([
  [0, 70],
  [1, 20],
  [2, 10],
] as const);

export class CorpusGenerator {
  readonly documents: number;
  readonly events: number;
  readonly statements: number;
  readonly figures: number;
  readonly negotiations: number;

  private readonly random: Random;
  private readonly actors: ActorSpec[] = [];
  private readonly publications: ActorSpec[] = [];
  /** States and governments, which titles belong to; and the other organisations. */
  private readonly governments: ActorSpec[] = [];
  private readonly organizations: ActorSpec[] = [];
  private readonly persons: ActorSpec[] = [];
  private readonly degree: PowerLaw;
  private readonly ids = {
    attribution: 0,
    document_contributors: 0,
    event: 0,
    participation: 0,
    position: 0,
    relation: 0,
    statement: 0,
    figure: 0,
    negotiation: 0,
    negotiation_party: 0,
    negotiation_round: 0,
    evidence: 0,
  };

  constructor(readonly size: CorpusSize) {
    if (size.actors < 10) throw new Error('a corpus needs at least 10 actors');
    if (size.relations < 1) throw new Error('a corpus needs at least 1 relation');
    this.documents = Math.max(1, Math.round(size.relations / SHAPE.relationsPerDocument));
    this.events = Math.max(1, Math.round(size.relations / SHAPE.relationsPerEvent));
    this.statements = Math.max(1, Math.round(size.relations / SHAPE.relationsPerStatement));
    this.figures = Math.max(1, Math.round(size.relations / SHAPE.relationsPerFigure));
    this.negotiations = Math.max(1, Math.round(size.relations / SHAPE.relationsPerNegotiation));
    this.random = new Random(size.seed);
    this.createActors(this.random.fork());
    this.degree = new PowerLaw(this.actors.length, SHAPE.degreeExponent, this.random.fork());
  }

  /** Every row: the actors first, then one batch per document with all its facts. */
  *batches(): Generator<Batch> {
    for (let start = 0; start < this.actors.length; start += 5000) {
      const batch = emptyBatch();
      for (const actor of this.actors.slice(start, start + 5000)) batch.actor.push(this.actorRow(actor));
      yield batch;
    }
    for (let index = 0; index < this.documents; index++) yield this.document(index);
  }

  /** The slug of the actor at a degree rank (0: the busiest hub). */
  slugOfRank(rank: number): string {
    return this.actors[this.degree.itemAt(rank)]!.slug;
  }

  // ---- actors -------------------------------------------------------------------------------

  private createActors(random: Random) {
    const total = this.size.actors;
    const slugs = new Map<string, number>();
    const specs: Omit<ActorSpec, 'id'>[] = [];
    const add = (kind: ActorKind, name: string, country: string, aliases: string[], summary: string) => {
      let slug = slugify(name);
      const seen = slugs.get(slug) ?? 0;
      slugs.set(slug, seen + 1);
      if (seen) slug = `${slug}-${seen + 1}`;
      const spec = { kind, name, slug, country, aliases, summary };
      specs.push(spec);
      return spec;
    };

    const stateCount = Math.min(300, Math.max(2, Math.round(total * 0.03)));
    const countries: string[] = [];
    while (countries.length < stateCount) {
      const syllables = random.int(1, 2);
      let name = '';
      for (let i = 0; i < syllables; i++) name += random.pick(words.SYLLABLES);
      name += random.pick(words.COUNTRY_SUFFIXES);
      name = name[0]!.toUpperCase() + name.slice(1);
      if (!countries.includes(name)) countries.push(name);
    }
    for (const country of countries) add(ActorKind.STATE, country, country, [], 'A state in the region.');
    for (const country of countries.slice(0, Math.round(total * 0.03))) {
      add(
        ActorKind.GOVERNMENT,
        `Government of ${country}`,
        country,
        [`${country}'s government`],
        `The government of ${country}.`,
      );
    }
    const publicationCount = Math.max(3, Math.min(200, Math.round(total / SHAPE.actorsPerPublication)));
    for (let i = 0; i < publicationCount; i++) {
      const country = random.pick(countries);
      add(
        ActorKind.ORGANIZATION,
        `The ${country} ${random.pick(words.NEWSPAPER_WORDS)}`,
        country,
        [],
        `A newspaper published in ${country}.`,
      );
    }
    const organizationCount = Math.round(total * 0.18);
    for (let i = 0; i < organizationCount; i++) {
      const country = random.pick(countries);
      const name = random.chance(0.5)
        ? `${country} ${random.pick(words.ORGANIZATION_KINDS)}`
        : `${country} Ministry of ${random.pick(words.PORTFOLIOS)}`;
      add(ActorKind.ORGANIZATION, name, country, [], `A body of ${country}.`);
    }
    const groupCount = Math.round(total * 0.05);
    for (let i = 0; i < groupCount; i++) {
      const country = random.pick(countries);
      const name = `${country}'s ${random.pick(['opposition', 'neighbours', 'civil society', 'exiles', 'trade unions', 'business leaders'])}`;
      add(ActorKind.GROUP, name, country, [], `A group of people from ${country}.`);
    }
    while (specs.length < total) {
      const family = random.pick(words.FAMILY_NAMES);
      const name = `${random.pick(words.GIVEN_NAMES)} ${family}${random.chance(0.4) ? ` ${random.pick(words.FAMILY_NAMES)}` : ''}`;
      const country = random.pick(countries);
      add(ActorKind.PERSON, name, country, [family], `A politician from ${country}.`);
    }

    // Ids in a shuffled order, so that no kind of actor sits at the start of the table.
    random.shuffle(specs.slice(0, total)).forEach((spec, index) => {
      const actor = { ...spec, id: index + 1 };
      this.actors.push(actor);
      if (actor.kind === ActorKind.PERSON) this.persons.push(actor);
      else if (actor.kind === ActorKind.STATE || actor.kind === ActorKind.GOVERNMENT) this.governments.push(actor);
      else if (actor.kind === ActorKind.ORGANIZATION) this.organizations.push(actor);
    });
    for (const actor of this.actors) if (actor.summary.startsWith('A newspaper')) this.publications.push(actor);
  }

  private actorRow(actor: ActorSpec): RowOf<'actor'> {
    return {
      id: actor.id,
      slug: actor.slug,
      name: actor.name,
      aliases: JSON.stringify(actor.aliases),
      kind: actor.kind,
      summary: actor.summary,
      basis: null,
      search_text: searchable(actor.name, ...actor.aliases, actor.slug),
    };
  }

  /** An actor picked by degree: hubs often, most actors rarely. */
  private someone(random: Random, except?: ActorSpec): ActorSpec {
    for (;;) {
      const actor = this.actors[this.degree.sample(random)]!;
      if (actor !== except) return actor;
    }
  }

  // ---- dates --------------------------------------------------------------------------------

  private publishedDay(index: number): number {
    const span = LAST_DAY - FIRST_DAY;
    return Math.min(LAST_DAY, FIRST_DAY + Math.floor((index / this.documents) * span) + this.random.int(0, 2));
  }

  /** A date near a document's day, as precisely as a reporter would give it. */
  private partialDate(published: number): PartialDateValue {
    const random = this.random;
    const day = published - random.int(0, 10);
    const date = new Date(day * 86_400_000);
    const year = date.getUTCFullYear();
    const month = date.getUTCMonth();
    switch (PRECISION_PICKER.pick(random)) {
      case DatePrecision.DAY:
        return {
          text: `on ${date.getUTCDate()} ${words.MONTHS[month]} ${year}`,
          start: isoDay(day),
          end: isoDay(day),
          precision: DatePrecision.DAY,
        };
      case DatePrecision.WEEK: {
        const monday = day - ((date.getUTCDay() + 6) % 7);
        return { text: 'that week', start: isoDay(monday), end: isoDay(monday + 6), precision: DatePrecision.WEEK };
      }
      case DatePrecision.MONTH:
        return {
          text: `in ${words.MONTHS[month]} ${year}`,
          start: isoDay(Date.UTC(year, month, 1) / 86_400_000),
          end: isoDay(Date.UTC(year, month + 1, 0) / 86_400_000),
          precision: DatePrecision.MONTH,
        };
      default:
        return { text: `in ${year}`, start: `${year}-01-01`, end: `${year}-12-31`, precision: DatePrecision.YEAR };
    }
  }

  // ---- documents ----------------------------------------------------------------------------

  private document(index: number): Batch {
    const random = this.random;
    const batch = emptyBatch();
    const documentId = index + 1;
    const text = new TextBuilder();
    const published = this.publishedDay(index);
    const publisher = random.pick(this.publications);
    const slug = `${slugify(publisher.name)}-${isoDay(published)}-${documentId}`;
    const document: RowOf<'document'> = {
      id: documentId,
      slug,
      title: '',
      publisher_id: publisher.id,
      published_at: isoDay(published),
      published_at_basis: null,
      url: `https://news.example/${slug}`,
      text: '',
      bundle_hash: Array.from({ length: 8 }, () => random.int(0, 0xffffffff).toString(16).padStart(8, '0')).join(''),
    };
    batch.document.push(document);
    for (let i = random.int(1, 2); i > 0; i--) {
      batch.document_contributors.push({
        id: ++this.ids.document_contributors,
        document_id: documentId,
        actor_id: random.pick(this.persons).id,
      });
    }

    const evidence = (owner: OwnerColumn, ownerId: number, span: Span) => {
      batch.evidence.push({
        id: ++this.ids.evidence,
        document_id: documentId,
        start_offset: span.start,
        end_offset: span.end,
        quote: span.text,
        ...NO_OWNER,
        [owner]: ownerId,
      });
    };

    // Who vouches: the paper itself, a named source, people familiar with the matter.
    const namedSource = this.someone(random);
    const attributions = [
      { kind: AttributionKind.REPORTED, source: publisher.id, text: null },
      { kind: AttributionKind.NAMED_SOURCE, source: namedSource.id, text: `according to ${namedSource.name}` },
      { kind: AttributionKind.ANONYMOUS_SOURCES, source: null, text: 'people familiar with the matter said' },
    ].map((attribution, i) => {
      const row = { id: ++this.ids.attribution, document_id: documentId, key: `a${i + 1}`, ...attribution };
      batch.attribution.push({
        id: row.id,
        document_id: documentId,
        key: row.key,
        kind: row.kind,
        source_id: row.source,
        text: row.text,
      });
      return { id: row.id, text: row.text, quoted: false };
    });
    /** Ends a sentence with its attribution, quoting the words the first time they appear. */
    const attribute = (which: number) => {
      const attribution = attributions[which]!;
      if (attribution.text) {
        text.put(', ');
        const span = text.put(attribution.text);
        if (!attribution.quoted) evidence('attribution_id', attribution.id, span);
        attribution.quoted = true;
      }
      text.endSentence();
      return attribution.id;
    };

    // Actors this document introduces (each actor once in the corpus), with a title for some.
    for (let i = index; i < this.actors.length; i += this.documents) {
      const actor = this.actors[i]!;
      evidence('actor_id', actor.id, text.put(actor.name));
      if (actor.kind === ActorKind.PERSON && random.chance(0.5)) {
        const organization = random.pick(random.chance(0.8) ? this.governments : this.organizations);
        const acting = random.chance(0.1);
        const title = random.pick(words.PERSON_TITLES);
        const id = ++this.ids.position;
        batch.position.push({
          id,
          document_id: documentId,
          key: `p${id}`,
          holder_id: actor.id,
          organization_id: organization.id,
          title,
          acting,
          basis: null,
        });
        text.put(', ');
        evidence('position_id', id, text.put(`the ${acting ? 'acting ' : ''}${title} of ${organization.name}`));
        text.put(', has followed the talks closely');
      } else {
        text.put(` is ${actor.summary[0]!.toLowerCase()}${actor.summary.slice(1, -1)}`);
      }
      text.endSentence();
    }

    // Events, with the actors who took part.
    const events: { id: number; kind: EventKind }[] = [];
    for (let n = share(this.events, this.documents, index); n > 0; n--) {
      const id = ++this.ids.event;
      const kind = EVENT_KIND_PICKER.pick(random);
      const city = random.pick(words.CITIES);
      const date = random.chance(0.9) ? this.partialDate(published) : null;
      const participants: ActorSpec[] = [];
      for (let count = random.int(2, 6); participants.length < count;) {
        const actor = this.someone(random);
        if (!participants.includes(actor)) participants.push(actor);
      }
      const title = `${words.EVENT_TITLES[kind] ?? 'Event in'} ${city}`;
      const names = participants.slice(0, 3).map((actor) => actor.name);
      const summary = `${names.join(', ')} ${participants.length > 3 ? 'and others ' : ''}took part.`;
      evidence('event_id', id, text.put(`${title}${date ? ` ${date.text}` : ''}`));
      text.put(` brought together ${names.join(', ')}`);
      const attributionId = attribute(random.chance(0.8) ? 0 : 2);
      batch.event.push({
        id,
        document_id: documentId,
        slug: `${kind.toLowerCase()}-${slugify(city)}-${date?.start ?? 'undated'}-${id}`,
        kind,
        title,
        summary,
        date_text: date?.text ?? null,
        date_start: date?.start ?? null,
        date_end: date?.end ?? null,
        date_precision: date?.precision ?? null,
        date_basis: null,
        location: city,
        secret: random.chance(0.05),
        attribution_id: attributionId,
        search_text: searchable(title, summary, city),
      });
      for (const actor of participants) {
        const participationId = ++this.ids.participation;
        const role = random.pick(words.ROLES);
        batch.participation.push({
          id: participationId,
          event_id: id,
          actor_id: actor.id,
          role,
          outcome: random.chance(0.05) ? random.pick(words.OUTCOMES) : null,
          attribution_id: random.chance(0.1) ? attributions[2]!.id : null,
        });
        if (random.chance(0.25)) {
          evidence('participation_id', participationId, text.put(`${actor.name} ${role}`));
          text.endSentence();
        }
      }
      events.push({ id, kind });
    }

    // Relations: who pressed, met or backed whom.
    let title = '';
    for (let n = share(this.size.relations, this.documents, index); n > 0; n--) {
      const id = ++this.ids.relation;
      const source = this.someone(random);
      const target = this.someone(random, source);
      const kind = RELATION_KIND_PICKER.pick(random);
      const category = RELATION_KINDS[kind].category;
      const forceful = category === RelationCategory.PRESSURE || category === RelationCategory.COERCION;
      const demand = forceful && random.chance(0.5) ? random.pick(words.DEMANDS) : null;
      const lever = category === RelationCategory.COERCION && random.chance(0.6) ? random.pick(words.LEVERS) : null;
      const date = random.chance(0.9) ? this.partialDate(published) : null;
      const event =
        category === RelationCategory.DIPLOMACY && events.length && random.chance(0.3) ? random.pick(events) : null;
      const verb = words.RELATION_VERBS[kind] ?? kind.toLowerCase();
      const act = `${source.name} ${verb} ${target.name}`;
      title ||= act;
      const spans = [text.put(act)];
      if (demand) {
        text.put(' to ');
        spans.push(text.put(demand));
      }
      if (lever) text.put(` with ${lever}`);
      if (date) {
        text.put(' ');
        spans.push(text.put(date.text));
      }
      const attributionId = attribute(ATTRIBUTION_PICKER.pick(random));
      evidence('relation_id', id, spans[0]!);
      if (spans.length > 1 && random.chance(0.3)) evidence('relation_id', id, spans[1]!);
      batch.relation.push({
        id,
        document_id: documentId,
        key: `r${id}`,
        kind,
        category,
        source_id: source.id,
        target_id: target.id,
        summary: `${act}${demand ? ` to ${demand}` : ''}.`,
        modality: MODALITY_PICKER.pick(random),
        date_text: date?.text ?? null,
        date_start: date?.start ?? null,
        date_end: date?.end ?? null,
        date_precision: date?.precision ?? null,
        date_basis: null,
        event_id: event?.id ?? null,
        demand,
        lever,
        attribution_id: attributionId,
      });
    }

    // Statements, including the refusals to comment.
    for (let n = share(this.statements, this.documents, index); n > 0; n--) {
      const id = ++this.ids.statement;
      const speaker = this.someone(random);
      const kind = STATEMENT_KIND_PICKER.pick(random);
      const date = random.chance(0.8) ? this.partialDate(published) : null;
      const interviews = events.filter((event) => event.kind === EventKind.INTERVIEW);
      const event = interviews.length && random.chance(0.3) ? random.pick(interviews) : null;
      const setting = random.chance(0.4) ? random.pick(words.SETTINGS) : null;
      let said: string | null = null;
      let span: Span;
      if (kind === StatementKind.QUOTE) {
        said = random.pick(words.QUOTES);
        text.put('“');
        span = text.put(said);
        text.put(`,” ${speaker.name} said`);
      } else if (kind === StatementKind.PARAPHRASE) {
        said = random.pick(words.PARAPHRASES);
        span = text.put(`${speaker.name} said ${said}`);
      } else if (kind === StatementKind.DECLINED_TO_COMMENT) {
        span = text.put(`${speaker.name} declined to comment`);
      } else {
        span = text.put(`${speaker.name} did not immediately reply to a request for comment`);
      }
      if (setting) text.put(` ${setting}`);
      text.endSentence();
      evidence('statement_id', id, span);
      batch.statement.push({
        id,
        document_id: documentId,
        key: `s${id}`,
        kind,
        speaker_id: speaker.id,
        text: said,
        setting,
        date_text: date?.text ?? null,
        date_start: date?.start ?? null,
        date_end: date?.end ?? null,
        date_precision: date?.precision ?? null,
        date_basis: null,
        event_id: event?.id ?? null,
      });
    }

    // Figures: amounts with who estimates them.
    for (let n = share(this.figures, this.documents, index); n > 0; n--) {
      const id = ++this.ids.figure;
      const subject = random.chance(0.7) ? this.someone(random) : null;
      const measure = random.pick(words.MEASURES);
      const euros = random.chance(0.2);
      const billions = random.int(1, 99) / 10;
      const amountText = `${euros ? '€' : '$'}${billions} billion`;
      const possible = random.chance(0.2);
      const year = new Date(published * 86_400_000).getUTCFullYear() - random.int(0, 1);
      const period = {
        text: `in ${year}`,
        start: `${year}-01-01`,
        end: `${year}-12-31`,
        precision: DatePrecision.YEAR,
      };
      if (possible) text.put('If sanctions are lifted, ');
      text.put(`${subject ? `${subject.name}'s ` : 'The '}${measure} ${possible ? 'could reach' : 'reached'} `);
      const span = text.put(amountText);
      text.put(` ${period.text}`);
      const which = random.chance(0.7) ? 0 : 1;
      const attributionId = attribute(which);
      evidence('figure_id', id, span);
      batch.figure.push({
        id,
        document_id: documentId,
        key: `f${id}`,
        amount: billions * 1e9,
        currency: euros ? 'EUR' : 'USD',
        summary: `${subject ? `${subject.name}: ` : ''}${measure} of ${amountText} ${period.text}.`,
        measure,
        modality: possible ? Modality.POSSIBLE : Modality.ACTUAL,
        condition: possible ? 'If sanctions are lifted' : null,
        subject_id: subject?.id ?? null,
        period_text: period.text,
        period_start: period.start,
        period_end: period.end,
        period_precision: period.precision,
        period_basis: null,
        attribution_id: attributionId,
      });
    }

    // Negotiations: parties, rounds (this document's meetings), issues.
    for (let n = share(this.negotiations, this.documents, index); n > 0; n--) {
      const id = ++this.ids.negotiation;
      const parties: ActorSpec[] = [];
      for (let count = random.int(2, 4); parties.length < count;) {
        const actor = this.someone(random);
        if (!parties.includes(actor)) parties.push(actor);
      }
      const issues = [...new Set([random.pick(words.ISSUES), random.pick(words.ISSUES)])];
      const deadline = random.chance(0.5) ? this.partialDate(published + 60) : null;
      const [first, second] = [parties[0]!, parties[1]!];
      evidence(
        'negotiation_id',
        id,
        text.put(`${first.name} and ${second.name} are negotiating over ${issues.join(' and ')}`),
      );
      text.endSentence();
      batch.negotiation.push({
        id,
        document_id: documentId,
        slug: `talks-${first.slug}-${second.slug}-${id}`,
        title: `Talks between ${first.name} and ${second.name}`,
        summary: `Negotiations over ${issues.join(' and ')}.`,
        deadline_text: deadline?.text ?? null,
        deadline_start: deadline?.start ?? null,
        deadline_end: deadline?.end ?? null,
        deadline_precision: deadline?.precision ?? null,
        deadline_basis: null,
        issues: JSON.stringify(issues),
      });
      for (const party of parties) {
        batch.negotiation_party.push({ id: ++this.ids.negotiation_party, negotiation_id: id, actor_id: party.id });
      }
      for (const event of events.filter((event) => event.kind === EventKind.MEETING).slice(0, 3)) {
        batch.negotiation_round.push({ id: ++this.ids.negotiation_round, negotiation_id: id, event_id: event.id });
      }
    }

    document.title = title || `News from ${publisher.country}`;
    document.text = text.text;
    return batch;
  }
}
