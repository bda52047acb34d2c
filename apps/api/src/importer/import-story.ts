import type { EntityManager } from '@mikro-orm/core';
import { createHash } from 'node:crypto';
import { Actor } from '../actor/actor.entity.js';
import { Attribution } from '../attribution/attribution.entity.js';
import { searchable } from '../common/search.js';
import type { PartialDate } from '../common/partial-date.js';
import { Document } from '../document/document.entity.js';
import { Event } from '../event/event.entity.js';
import { Participation } from '../event/participation.entity.js';
import { Evidence, type EvidenceOwner } from '../evidence/evidence.entity.js';
import { Figure } from '../figure/figure.entity.js';
import { Negotiation } from '../negotiation/negotiation.entity.js';
import { Position } from '../position/position.entity.js';
import { categoryOf, isRelationKind, type RelationKind } from '../relation/relation-kind.js';
import { Relation } from '../relation/relation.entity.js';
import { Statement } from '../statement/statement.entity.js';
import type { EvidenceQuote, PartialDateInput, StoryBundle } from './bundle.format.js';
import { locateQuote, type Span } from './evidence-locator.js';
import { BundleError, type BundleProblem } from './import-errors.js';
import type { LoadedBundle } from './load-bundle.js';
import { resolvePartialDate } from './date-words.js';

export interface ImportResult {
  document: string;
  /** created: new document; replaced: its facts were rewritten; unchanged: same bundle as last time. */
  status: 'created' | 'replaced' | 'unchanged';
  counts: Record<string, number>;
}

type Spans = Span[];

/**
 * Everything the bundle says, checked against itself, its text and the database, before any
 * write: quotes located, dates resolved, every reference resolved. Collects every problem.
 */
async function plan(em: EntityManager, { bundle, text, source }: LoadedBundle) {
  const problems: BundleProblem[] = [];
  const publishedAt = bundle.document.publishedAt.date;

  const spans = (path: string, quotes: EvidenceQuote[]): Spans =>
    quotes.flatMap((quote, index) => {
      try {
        return [locateQuote(text, quote)];
      } catch (error) {
        problems.push({ path: `${path}.evidence[${index}]`, message: (error as Error).message });
        return [];
      }
    });
  const date = (path: string, spec: PartialDateInput | undefined): PartialDate | undefined => {
    if (spec === undefined) return undefined;
    try {
      return resolvePartialDate(spec, publishedAt);
    } catch (error) {
      problems.push({ path, message: (error as Error).message });
      return undefined;
    }
  };
  const unique = <T>(section: string, items: T[], keyOf: (item: T) => string) => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      const key = keyOf(item);
      if (seen.has(key)) problems.push({ path: `${section}[${index}]`, message: `"${key}" is defined twice` });
      seen.add(key);
    });
    return seen;
  };

  const bundleActors = unique('actors', bundle.actors, (actor) => actor.slug);
  const attributionKeys = unique('attributions', bundle.attributions, (attribution) => attribution.key);
  unique('positions', bundle.positions, (position) => position.key);
  const eventSlugs = unique('events', bundle.events, (event) => event.slug);
  unique('relations', bundle.relations, (relation) => relation.key);
  unique('statements', bundle.statements, (statement) => statement.key);
  unique('figures', bundle.figures, (figure) => figure.key);
  unique('negotiations', bundle.negotiations, (negotiation) => negotiation.slug);

  // Actors may also be ones an earlier story defined.
  const referencedActors = new Set<string>([
    ...(bundle.document.publisher ? [bundle.document.publisher] : []),
    ...bundle.document.contributors,
    ...bundle.attributions.flatMap((a) => (a.source ? [a.source] : [])),
    ...bundle.positions.flatMap((p) => [p.holder, ...(p.organization ? [p.organization] : [])]),
    ...bundle.events.flatMap((e) => e.participants.map((p) => p.actor)),
    ...bundle.relations.flatMap((r) => [r.source, r.target]),
    ...bundle.statements.map((s) => s.speaker),
    ...bundle.figures.flatMap((f) => (f.subject ? [f.subject] : [])),
    ...bundle.negotiations.flatMap((n) => n.parties),
  ]);
  const outside = [...referencedActors].filter((slug) => !bundleActors.has(slug));
  const known = new Set([
    ...bundleActors,
    ...(outside.length ? await em.find(Actor, { slug: { $in: outside } }) : []).map((actor) => actor.slug),
  ]);
  const actor = (path: string, slug: string | undefined) => {
    if (slug !== undefined && !known.has(slug))
      problems.push({ path, message: `no actor "${slug}" in this bundle or the database` });
  };
  const attribution = (path: string, key: string | undefined) => {
    if (key !== undefined && !attributionKeys.has(key))
      problems.push({ path, message: `no attribution "${key}" in this bundle` });
  };
  const event = (path: string, slug: string | undefined) => {
    if (slug !== undefined && !eventSlugs.has(slug))
      problems.push({ path, message: `no event "${slug}" in this bundle` });
  };

  const { document } = bundle;
  actor('document.publisher', document.publisher);
  document.contributors.forEach((slug, i) => actor(`document.contributors[${i}]`, slug));

  // Slugs of events and negotiations are global: another document must not own them.
  const existingDocument = await em.findOne(Document, { slug: document.slug });
  for (const [section, entity, slugs] of [
    ['events', Event, bundle.events.map((e) => e.slug)],
    ['negotiations', Negotiation, bundle.negotiations.map((n) => n.slug)],
  ] as const) {
    const taken = slugs.length
      ? await em.find(entity as typeof Event, { slug: { $in: slugs }, document: { $ne: existingDocument?.id ?? 0 } })
      : [];
    for (const other of taken) {
      problems.push({
        path: `${section}[${slugs.indexOf(other.slug)}].slug`,
        message: `"${other.slug}" belongs to another document`,
      });
    }
  }

  const planned = {
    actors: bundle.actors.map((a, i) => ({ ...a, spans: spans(`actors[${i}]`, a.evidence) })),
    attributions: bundle.attributions.map((a, i) => {
      actor(`attributions[${i}].source`, a.source);
      return { ...a, spans: spans(`attributions[${i}]`, a.evidence) };
    }),
    positions: bundle.positions.map((p, i) => {
      actor(`positions[${i}].holder`, p.holder);
      actor(`positions[${i}].organization`, p.organization);
      return { ...p, spans: spans(`positions[${i}]`, p.evidence) };
    }),
    events: bundle.events.map((e, i) => {
      attribution(`events[${i}].attribution`, e.attribution);
      return {
        ...e,
        resolvedDate: date(`events[${i}].date`, e.date),
        spans: spans(`events[${i}]`, e.evidence),
        participants: e.participants.map((p, j) => {
          actor(`events[${i}].participants[${j}].actor`, p.actor);
          attribution(`events[${i}].participants[${j}].attribution`, p.attribution);
          return { ...p, spans: spans(`events[${i}].participants[${j}]`, p.evidence) };
        }),
      };
    }),
    relations: bundle.relations.map((r, i) => {
      if (!isRelationKind(r.kind))
        problems.push({ path: `relations[${i}].kind`, message: `"${r.kind}" is not a relation kind` });
      actor(`relations[${i}].source`, r.source);
      actor(`relations[${i}].target`, r.target);
      event(`relations[${i}].event`, r.event);
      attribution(`relations[${i}].attribution`, r.attribution);
      return { ...r, resolvedDate: date(`relations[${i}].date`, r.date), spans: spans(`relations[${i}]`, r.evidence) };
    }),
    statements: bundle.statements.map((s, i) => {
      actor(`statements[${i}].speaker`, s.speaker);
      event(`statements[${i}].event`, s.event);
      return {
        ...s,
        resolvedDate: date(`statements[${i}].date`, s.date),
        spans: spans(`statements[${i}]`, s.evidence),
      };
    }),
    figures: bundle.figures.map((f, i) => {
      actor(`figures[${i}].subject`, f.subject);
      attribution(`figures[${i}].attribution`, f.attribution);
      return {
        ...f,
        resolvedPeriod: date(`figures[${i}].period`, f.period),
        spans: spans(`figures[${i}]`, f.evidence),
      };
    }),
    negotiations: bundle.negotiations.map((n, i) => {
      n.parties.forEach((slug, j) => actor(`negotiations[${i}].parties[${j}]`, slug));
      n.rounds.forEach((slug, j) => event(`negotiations[${i}].rounds[${j}]`, slug));
      return {
        ...n,
        resolvedDeadline: date(`negotiations[${i}].deadline`, n.deadline),
        spans: spans(`negotiations[${i}]`, n.evidence),
      };
    }),
  };
  if (problems.length) throw new BundleError(source, problems);
  return { planned, existingDocument };
}

/** Removes every fact a document contributed (actors stay: other documents may name them). */
async function clearDocument(em: EntityManager, document: Document) {
  const events = await em.find(Event, { document });
  const negotiations = await em.find(Negotiation, { document }, { populate: ['parties', 'rounds'] });
  negotiations.forEach((negotiation) => {
    negotiation.parties.removeAll();
    negotiation.rounds.removeAll();
  });
  await em.flush();
  await em.nativeDelete(Evidence, { document });
  await em.nativeDelete(Participation, { event: { $in: events.map((e) => e.id) } });
  for (const entity of [Relation, Statement, Figure, Position, Negotiation, Event, Attribution] as const) {
    await em.nativeDelete(entity as typeof Relation, { document });
  }
  em.clear();
}

export function bundleHash({ bundle, text }: LoadedBundle): string {
  return createHash('sha256').update(JSON.stringify(bundle)).update('\0').update(text).digest('hex');
}

/**
 * Imports a validated bundle in one transaction: a bundle with one bad fact changes nothing, and
 * importing the same bundle again changes nothing. A changed bundle replaces that document's facts.
 */
export async function importStory(rootEm: EntityManager, loaded: LoadedBundle): Promise<ImportResult> {
  const em = rootEm.fork();
  const hash = bundleHash(loaded);
  const { bundle, text } = loaded;
  const { planned, existingDocument } = await plan(em, loaded);
  if (existingDocument?.bundleHash === hash) {
    return { document: bundle.document.slug, status: 'unchanged', counts: {} };
  }

  await em.transactional(async (tx) => {
    if (existingDocument) await clearDocument(tx, existingDocument);

    // Actors: created, or brought up to date and given this bundle's aliases too.
    const actorBySlug = new Map((await tx.find(Actor, {})).map((a) => [a.slug, a]));
    for (const a of planned.actors) {
      const current =
        actorBySlug.get(a.slug) ?? tx.create(Actor, { slug: a.slug, name: a.name, kind: a.kind, searchText: '' });
      current.name = a.name;
      current.kind = a.kind;
      current.summary = a.summary;
      current.basis = a.basis;
      current.aliases = [...new Set([...(current.aliases ?? []), ...a.aliases])];
      current.searchText = searchable(current.name, ...current.aliases, current.slug);
      actorBySlug.set(a.slug, current);
    }
    const actorOf = (slug: string) => actorBySlug.get(slug)!;
    const optionalActor = (slug: string | undefined) => (slug ? actorOf(slug) : undefined);

    const document =
      (existingDocument && (await tx.findOne(Document, { id: existingDocument.id }, { populate: ['contributors'] }))) ??
      tx.create(Document, { slug: bundle.document.slug, title: '', text: '', bundleHash: '' });
    tx.assign(document, {
      title: bundle.document.title,
      text,
      publisher: optionalActor(bundle.document.publisher),
      publishedAt: bundle.document.publishedAt.date,
      publishedAtBasis: bundle.document.publishedAt.basis,
      url: bundle.document.url,
      bundleHash: hash,
    });
    document.contributors.set(bundle.document.contributors.map(actorOf));

    const addEvidence = (owner: EvidenceOwner, fact: object, spans: Spans) =>
      spans.forEach((span) => tx.create(Evidence, { document, ...span, [owner]: fact }));
    planned.actors.forEach((a) => addEvidence('actor', actorOf(a.slug), a.spans));

    const attributionByKey = new Map<string, Attribution>();
    for (const a of planned.attributions) {
      const created = tx.create(Attribution, {
        document,
        key: a.key,
        kind: a.kind,
        source: optionalActor(a.source),
        text: a.text,
      });
      attributionByKey.set(a.key, created);
      addEvidence('attribution', created, a.spans);
    }
    const attributionOf = (key: string) => attributionByKey.get(key)!;

    for (const p of planned.positions) {
      const position = tx.create(Position, {
        document,
        key: p.key,
        holder: actorOf(p.holder),
        organization: optionalActor(p.organization),
        title: p.title,
        acting: p.acting,
        basis: p.basis,
      });
      addEvidence('position', position, p.spans);
    }

    // Events in date order (undated last), so that id order reads as a timeline.
    const eventBySlug = new Map<string, Event>();
    const byDate = [...planned.events].sort((a, b) =>
      (a.resolvedDate?.start ?? '9999').localeCompare(b.resolvedDate?.start ?? '9999'),
    );
    for (const e of byDate) {
      const event = tx.create(Event, {
        document,
        slug: e.slug,
        kind: e.kind,
        title: e.title,
        summary: e.summary,
        date: e.resolvedDate,
        location: e.location,
        secret: e.secret,
        attribution: attributionOf(e.attribution),
        searchText: searchable(e.title, e.summary, e.location),
      });
      eventBySlug.set(e.slug, event);
      addEvidence('event', event, e.spans);
      for (const p of e.participants) {
        const participation = tx.create(Participation, {
          event,
          actor: actorOf(p.actor),
          role: p.role,
          outcome: p.outcome,
          attribution: p.attribution ? attributionOf(p.attribution) : undefined,
        });
        addEvidence('participation', participation, p.spans);
      }
    }
    const optionalEvent = (slug: string | undefined) => (slug ? eventBySlug.get(slug) : undefined);

    for (const r of planned.relations) {
      const kind = r.kind as RelationKind; // checked by plan()
      const relation = tx.create(Relation, {
        document,
        key: r.key,
        kind,
        category: categoryOf(kind),
        source: actorOf(r.source),
        target: actorOf(r.target),
        summary: r.summary,
        modality: r.modality,
        date: r.resolvedDate,
        event: optionalEvent(r.event),
        demand: r.demand,
        lever: r.lever,
        attribution: attributionOf(r.attribution),
      });
      addEvidence('relation', relation, r.spans);
    }

    for (const s of planned.statements) {
      const statement = tx.create(Statement, {
        document,
        key: s.key,
        kind: s.kind,
        speaker: actorOf(s.speaker),
        text: s.text,
        setting: s.setting,
        date: s.resolvedDate,
        event: optionalEvent(s.event),
      });
      addEvidence('statement', statement, s.spans);
    }

    for (const f of planned.figures) {
      const figure = tx.create(Figure, {
        document,
        key: f.key,
        amount: f.amount,
        currency: f.currency,
        summary: f.summary,
        measure: f.measure,
        modality: f.modality,
        condition: f.condition,
        subject: optionalActor(f.subject),
        period: f.resolvedPeriod,
        attribution: attributionOf(f.attribution),
      });
      addEvidence('figure', figure, f.spans);
    }

    for (const n of planned.negotiations) {
      const negotiation = tx.create(Negotiation, {
        document,
        slug: n.slug,
        title: n.title,
        summary: n.summary,
        deadline: n.resolvedDeadline,
        issues: n.issues,
      });
      negotiation.parties.set(n.parties.map(actorOf));
      negotiation.rounds.set(n.rounds.map((slug) => eventBySlug.get(slug)!));
      addEvidence('negotiation', negotiation, n.spans);
    }
  });

  return {
    document: bundle.document.slug,
    status: existingDocument ? 'replaced' : 'created',
    counts: countFacts(bundle),
  };
}

function countFacts(bundle: StoryBundle): Record<string, number> {
  const evidence = [
    ...bundle.actors,
    ...bundle.attributions,
    ...bundle.positions,
    ...bundle.events,
    ...bundle.events.flatMap((e) => e.participants),
    ...bundle.relations,
    ...bundle.statements,
    ...bundle.figures,
    ...bundle.negotiations,
  ].reduce((sum, fact) => sum + fact.evidence.length, 0);
  return {
    actors: bundle.actors.length,
    attributions: bundle.attributions.length,
    positions: bundle.positions.length,
    events: bundle.events.length,
    participations: bundle.events.reduce((sum, e) => sum + e.participants.length, 0),
    relations: bundle.relations.length,
    statements: bundle.statements.length,
    figures: bundle.figures.length,
    negotiations: bundle.negotiations.length,
    evidence,
  };
}
