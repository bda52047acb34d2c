import type { EntityManager } from '@mikro-orm/core';
import { Attribution } from '../attribution/attribution.entity.js';
import type { PartialDate } from '../common/partial-date.js';
import { Document } from '../document/document.entity.js';
import { Event } from '../event/event.entity.js';
import { Participation } from '../event/participation.entity.js';
import type { Evidence, EvidenceOwner } from '../evidence/evidence.entity.js';
import { Figure } from '../figure/figure.entity.js';
import type { EvidenceQuote, PartialDateInput, StoryBundle } from '../facts/bundle.format.js';
import { COLLECTION_FORMAT } from '../importer/load-bundle.js';
import { Negotiation } from '../negotiation/negotiation.entity.js';
import { Position } from '../position/position.entity.js';
import { Relation } from '../relation/relation.entity.js';
import { Statement } from '../statement/statement.entity.js';
import { actorPages, evidenceOf, pagesOf, type ExportSink } from './export-pages.js';

/**
 * How a stored quote is cited again: its words, and which occurrence when they appear more than
 * once, found as the importer's locator finds them (overlapping matches count).
 */
function citation(text: string, evidence: Evidence): EvidenceQuote {
  let count = 0;
  let at = text.indexOf(evidence.quote);
  let occurrence = 0;
  while (at !== -1) {
    count += 1;
    if (at === evidence.start) occurrence = count;
    at = text.indexOf(evidence.quote, at + 1);
  }
  return count > 1 ? { quote: evidence.quote, occurrence } : { quote: evidence.quote };
}

/** A stored date as a bundle gives it explicitly, so importing it resolves to the same range. */
function dateOf(date: PartialDate | undefined | null): PartialDateInput | undefined {
  if (!date?.start) return date?.text ?? undefined;
  return compact({ text: date.text, start: date.start, end: date.end, precision: date.precision, basis: date.basis });
}

/** Drops absent values (null from the database, undefined), as a bundle leaves optional fields out. */
function compact<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined && field !== null)) as T;
}

/**
 * Streams one document as a story bundle ("parley-story/1", its text inline): importing it into an
 * empty database writes the same facts with the same evidence, and exporting that gives the same
 * bytes. Facts are read a page at a time, in the order they were written.
 */
export async function exportStoryBundle(sink: ExportSink, em: EntityManager, document: Document): Promise<void> {
  const text = document.text;
  const documentId = document.id;
  const head = await em.findOneOrFail(Document, { id: documentId }, { populate: ['publisher', 'contributors'] });
  const header: StoryBundle['document'] = compact({
    slug: head.slug,
    title: head.title,
    text,
    publisher: head.publisher?.getEntity().slug,
    publishedAt: compact({ date: head.publishedAt ?? '', basis: head.publishedAtBasis }),
    contributors: head.contributors.getItems().map((actor) => actor.slug),
    url: head.url,
  });
  await sink.write(`{"format":"parley-story/1",\n"document":${JSON.stringify(header)}`);

  const quotes = async (owner: EvidenceOwner, facts: readonly { id: number }[]) => {
    const byFact = await evidenceOf(em, owner, facts, documentId);
    return (fact: { id: number }) => (byFact.get(fact.id) ?? []).map((evidence) => citation(text, evidence));
  };
  const list = async <T>(name: string, pages: AsyncIterable<T[]>, entries: (page: T[]) => Promise<unknown[]>) => {
    await sink.write(`,\n"${name}":[`);
    let first = true;
    for await (const page of pages) {
      for (const entry of await entries(page)) {
        await sink.write(`${first ? '\n' : ',\n'}${JSON.stringify(entry)}`);
        first = false;
      }
    }
    await sink.write(first ? ']' : '\n]');
  };
  const inDocument = { document: documentId };

  await list('actors', actorPages(em, { document: head }, { quotedOnly: true }), async (actors) => {
    const evidence = await quotes('actor', actors);
    return actors.map((actor) =>
      compact({
        slug: actor.slug,
        name: actor.name,
        aliases: actor.aliases,
        kind: actor.kind,
        summary: actor.summary,
        basis: actor.basis,
        evidence: evidence(actor),
      }),
    );
  });
  await list('attributions', pagesOf(em, Attribution, inDocument, { populate: ['source'] }), async (page) => {
    const evidence = await quotes('attribution', page);
    return page.map((a) =>
      compact({
        key: a.key,
        kind: a.kind,
        source: a.source?.getEntity().slug,
        text: a.text,
        evidence: evidence(a),
      }),
    );
  });
  await list('positions', pagesOf(em, Position, inDocument, { populate: ['holder', 'organization'] }), async (page) => {
    const evidence = await quotes('position', page);
    return page.map((p) =>
      compact({
        key: p.key,
        holder: p.holder.getEntity().slug,
        organization: p.organization?.getEntity().slug,
        title: p.title,
        acting: p.acting,
        basis: p.basis,
        evidence: evidence(p),
      }),
    );
  });
  await list('events', pagesOf(em, Event, inDocument, { populate: ['attribution'] }), async (events) => {
    const evidence = await quotes('event', events);
    const participations = await em.find(
      Participation,
      { event: { $in: events.map((event) => event.id) } },
      { populate: ['actor', 'attribution'], orderBy: { id: 'asc' } },
    );
    const participantEvidence = await quotes('participation', participations);
    return events.map((e) =>
      compact({
        slug: e.slug,
        kind: e.kind,
        title: e.title,
        summary: e.summary,
        date: dateOf(e.date),
        location: e.location,
        secret: e.secret,
        attribution: e.attribution.getEntity().key,
        participants: participations
          .filter((p) => p.event.id === e.id)
          .map((p) =>
            compact({
              actor: p.actor.getEntity().slug,
              role: p.role,
              outcome: p.outcome,
              attribution: p.attribution?.getEntity().key,
              evidence: participantEvidence(p),
            }),
          ),
        evidence: evidence(e),
      }),
    );
  });
  await list(
    'relations',
    pagesOf(em, Relation, inDocument, { populate: ['source', 'target', 'event', 'attribution'] }),
    async (page) => {
      const evidence = await quotes('relation', page);
      return page.map((r) =>
        compact({
          key: r.key,
          kind: r.kind,
          source: r.source.getEntity().slug,
          target: r.target.getEntity().slug,
          summary: r.summary,
          modality: r.modality,
          date: dateOf(r.date),
          event: r.event?.getEntity().slug,
          demand: r.demand,
          lever: r.lever,
          attribution: r.attribution.getEntity().key,
          evidence: evidence(r),
        }),
      );
    },
  );
  await list('statements', pagesOf(em, Statement, inDocument, { populate: ['speaker', 'event'] }), async (page) => {
    const evidence = await quotes('statement', page);
    return page.map((s) =>
      compact({
        key: s.key,
        kind: s.kind,
        speaker: s.speaker.getEntity().slug,
        text: s.text,
        setting: s.setting,
        date: dateOf(s.date),
        event: s.event?.getEntity().slug,
        evidence: evidence(s),
      }),
    );
  });
  await list('figures', pagesOf(em, Figure, inDocument, { populate: ['subject', 'attribution'] }), async (page) => {
    const evidence = await quotes('figure', page);
    return page.map((f) =>
      compact({
        key: f.key,
        amount: f.amount,
        currency: f.currency,
        summary: f.summary,
        measure: f.measure,
        modality: f.modality,
        condition: f.condition,
        subject: f.subject?.getEntity().slug,
        period: dateOf(f.period),
        attribution: f.attribution.getEntity().key,
        evidence: evidence(f),
      }),
    );
  });
  await list(
    'negotiations',
    pagesOf(em, Negotiation, inDocument, { populate: ['parties', 'rounds'] }),
    async (page) => {
      const evidence = await quotes('negotiation', page);
      return page.map((n) =>
        compact({
          slug: n.slug,
          title: n.title,
          summary: n.summary,
          parties: n.parties.getItems().map((actor) => actor.slug),
          rounds: n.rounds.getItems().map((event) => event.slug),
          deadline: dateOf(n.deadline),
          issues: n.issues,
          evidence: evidence(n),
        }),
      );
    },
  );
  await sink.write('}\n');
}

/** Streams every document's bundle, in document order, as one `parley-export/1` collection (`npm run import` reads it). */
export async function exportAllBundles(sink: ExportSink, em: EntityManager): Promise<void> {
  await sink.write(`{"format":"${COLLECTION_FORMAT}","stories":[\n`);
  let after = 0;
  for (;;) {
    // One document at a time: its text and facts are let go before the next.
    const document = await em.findOne(Document, { id: { $gt: after } }, { orderBy: { id: 'asc' } });
    if (!document) break;
    if (after) await sink.write(',\n');
    await exportStoryBundle(sink, em, document);
    after = document.id;
    em.clear();
  }
  await sink.write(']}\n');
}
