import { Actor } from '../actor/actor.entity.js';
import { Attribution } from '../attribution/attribution.entity.js';
import { searchable } from '../common/search.js';
import { Event } from '../event/event.entity.js';
import { Participation } from '../event/participation.entity.js';
import { Figure } from '../figure/figure.entity.js';
import { Negotiation } from '../negotiation/negotiation.entity.js';
import { Position } from '../position/position.entity.js';
import { categoryOf, isRelationKind } from '../relation/relation-kind.js';
import { Relation } from '../relation/relation.entity.js';
import { Statement } from '../statement/statement.entity.js';
import { relationKindProblems } from '../facts/fact-rules.js';
import type { StoryBundle } from './bundle.format.js';
import { byDocument, ref, refs, section, type FactType, type Reference, type SectionType } from './fact-type.js';

type Participant = StoryBundle['events'][number]['participants'][number] & { event: string };

/** An event's participants: listed inside their event, written right after it. */
const participations: FactType<Participant> = {
  list: 'participants',
  counted: 'participations',
  references: (p) => [ref('actor', 'actor', p.actor), ref('attribution', 'attribution', p.attribution)],
  evidence: 'participation',
  write: (p, _fact, { em, get, maybe }) =>
    em.create(Participation, {
      event: get('event', p.event),
      actor: get('actor', p.actor),
      role: p.role,
      outcome: p.outcome,
      attribution: maybe('attribution', p.attribution),
    }),
  async clear(em, document) {
    const events = await em.find(Event, { document });
    await em.nativeDelete(Participation, { event: { $in: events.map((event) => event.id) } });
  },
};

/**
 * Every kind of fact a story bundle holds, in the order they are checked and written (a fact
 * comes after what it refers to). A new kind of fact is an entry here, its entity, its list in
 * bundle.format.ts and its column on Evidence.
 */
export const FACT_TYPES: readonly SectionType[] = [
  section('actors', {
    keyOf: (actor) => actor.slug,
    defines: 'actor',
    // Actors may be ones an earlier story defined; they are never cleared (other documents name them).
    existing: async (em, slugs) =>
      new Map((await em.find(Actor, { slug: { $in: slugs } })).map((actor) => [actor.slug, actor])),
    evidence: 'actor',
    write(a, _fact, { em, find }) {
      // Created, or brought up to date and given this bundle's aliases too.
      const actor =
        find('actor', a.slug) ?? em.create(Actor, { slug: a.slug, name: a.name, kind: a.kind, searchText: '' });
      actor.name = a.name;
      actor.kind = a.kind;
      actor.summary = a.summary;
      actor.basis = a.basis;
      actor.aliases = [...new Set([...actor.aliases, ...a.aliases])];
      actor.searchText = searchable(actor.name, ...actor.aliases, actor.slug);
      return actor;
    },
  }),

  section('attributions', {
    keyOf: (attribution) => attribution.key,
    defines: 'attribution',
    references: (a) => [ref('source', 'actor', a.source)],
    evidence: 'attribution',
    write: (a, _fact, { em, document, maybe }) =>
      em.create(Attribution, { document, key: a.key, kind: a.kind, source: maybe('actor', a.source), text: a.text }),
    clear: byDocument(Attribution),
  }),

  section('positions', {
    keyOf: (position) => position.key,
    references: (p) => [ref('holder', 'actor', p.holder), ref('organization', 'actor', p.organization)],
    evidence: 'position',
    write: (p, _fact, { em, document, get, maybe }) =>
      em.create(Position, {
        document,
        key: p.key,
        holder: get('actor', p.holder),
        organization: maybe('actor', p.organization),
        title: p.title,
        acting: p.acting,
        basis: p.basis,
      }),
    clear: byDocument(Position),
  }),

  section('events', {
    keyOf: (event) => event.slug,
    defines: 'event',
    globalSlugs: Event,
    references: (e) => [ref('attribution', 'attribution', e.attribution)],
    dates: (e) => ({ date: e.date }),
    evidence: 'event',
    parts: {
      type: participations,
      of: (e) => e.participants.map((participant): Participant => ({ ...participant, event: e.slug })),
    },
    // In date order (undated last), so that id order reads as a timeline.
    writeOrder: (a, b) => (a.dates.date?.start ?? '9999').localeCompare(b.dates.date?.start ?? '9999'),
    write: (e, { dates }, { em, document, get }) =>
      em.create(Event, {
        document,
        slug: e.slug,
        kind: e.kind,
        title: e.title,
        summary: e.summary,
        date: dates.date,
        location: e.location,
        secret: e.secret,
        attribution: get('attribution', e.attribution),
        searchText: searchable(e.title, e.summary, e.location),
      }),
    clear: byDocument(Event),
  }),

  section('relations', {
    keyOf: (relation) => relation.key,
    check: (r) => relationKindProblems(r.kind, '').map(({ path, message }) => ({ field: path.slice(1), message })),
    references: (r): Reference[] => [
      ref('source', 'actor', r.source),
      ref('target', 'actor', r.target),
      ref('event', 'event', r.event),
      ref('attribution', 'attribution', r.attribution),
    ],
    dates: (r) => ({ date: r.date }),
    evidence: 'relation',
    write(r, { dates }, { em, document, get, maybe }) {
      if (!isRelationKind(r.kind)) throw new Error(`"${r.kind}" is not a relation kind`);
      return em.create(Relation, {
        document,
        key: r.key,
        kind: r.kind,
        category: categoryOf(r.kind),
        source: get('actor', r.source),
        target: get('actor', r.target),
        summary: r.summary,
        modality: r.modality,
        date: dates.date,
        event: maybe('event', r.event),
        demand: r.demand,
        lever: r.lever,
        attribution: get('attribution', r.attribution),
      });
    },
    clear: byDocument(Relation),
  }),

  section('statements', {
    keyOf: (statement) => statement.key,
    references: (s) => [ref('speaker', 'actor', s.speaker), ref('event', 'event', s.event)],
    dates: (s) => ({ date: s.date }),
    evidence: 'statement',
    write: (s, { dates }, { em, document, get, maybe }) =>
      em.create(Statement, {
        document,
        key: s.key,
        kind: s.kind,
        speaker: get('actor', s.speaker),
        text: s.text,
        setting: s.setting,
        date: dates.date,
        event: maybe('event', s.event),
      }),
    clear: byDocument(Statement),
  }),

  section('figures', {
    keyOf: (figure) => figure.key,
    references: (f) => [ref('subject', 'actor', f.subject), ref('attribution', 'attribution', f.attribution)],
    dates: (f) => ({ period: f.period }),
    evidence: 'figure',
    write: (f, { dates }, { em, document, get, maybe }) =>
      em.create(Figure, {
        document,
        key: f.key,
        amount: f.amount,
        currency: f.currency,
        summary: f.summary,
        measure: f.measure,
        modality: f.modality,
        condition: f.condition,
        subject: maybe('actor', f.subject),
        period: dates.period,
        attribution: get('attribution', f.attribution),
      }),
    clear: byDocument(Figure),
  }),

  section('negotiations', {
    keyOf: (negotiation) => negotiation.slug,
    globalSlugs: Negotiation,
    references: (n) => [...refs('parties', 'actor', n.parties), ...refs('rounds', 'event', n.rounds)],
    dates: (n) => ({ deadline: n.deadline }),
    evidence: 'negotiation',
    write(n, { dates }, { em, document, get }) {
      const negotiation = em.create(Negotiation, {
        document,
        slug: n.slug,
        title: n.title,
        summary: n.summary,
        deadline: dates.deadline,
        issues: n.issues,
      });
      negotiation.parties.set(n.parties.map((slug) => get('actor', slug)));
      negotiation.rounds.set(n.rounds.map((slug) => get('event', slug)));
      return negotiation;
    },
    async clear(em, document) {
      const negotiations = await em.find(Negotiation, { document }, { populate: ['parties', 'rounds'] });
      for (const negotiation of negotiations) {
        negotiation.parties.removeAll();
        negotiation.rounds.removeAll();
      }
      await em.flush();
      await em.nativeDelete(Negotiation, { document });
    },
  }),
];
