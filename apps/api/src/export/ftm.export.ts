import type { EntityManager } from '@mikro-orm/core';
import { ActorKind } from '../actor/actor-kind.js';
import { DatePrecision, type PartialDate } from '../common/partial-date.js';
import { Document } from '../document/document.entity.js';
import { Event } from '../event/event.entity.js';
import { Participation } from '../event/participation.entity.js';
import { Position } from '../position/position.entity.js';
import { actorPages, DocumentSlugs, evidenceOf, pagesOf, type ExportSink } from './export-pages.js';
import { relationRowPages } from './relation-rows.js';

/** A FollowTheMoney entity as its JSON lines carry it: every property a list of strings. */
export interface FtmEntity {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
}

/** Each kind of actor as the FtM schema that fits it best. */
const ACTOR_SCHEMA: Record<ActorKind, 'Person' | 'Organization' | 'PublicBody'> = {
  [ActorKind.PERSON]: 'Person',
  [ActorKind.ORGANIZATION]: 'Organization',
  [ActorKind.GROUP]: 'Organization',
  [ActorKind.GOVERNMENT]: 'PublicBody',
  [ActorKind.STATE]: 'PublicBody',
};

const ids = {
  document: (slug: string) => `parley-document-${slug}`,
  actor: (slug: string) => `parley-actor-${slug}`,
  event: (slug: string) => `parley-event-${slug}`,
  fact: (kind: string, document: string, key: string) => `parley-${kind}-${document}-${key}`,
};

/** Properties with values only, each value a string (FtM leaves absent properties out). */
function properties(values: Record<string, (string | number | undefined | null)[]>): Record<string, string[]> {
  const kept: Record<string, string[]> = {};
  for (const [name, list] of Object.entries(values)) {
    const strings = list.filter((value) => value !== undefined && value !== null && value !== '').map(String);
    if (strings.length) kept[name] = strings;
  }
  return kept;
}

/**
 * A partial date in FtM's terms: a day, month or year is one `date` written to that precision
 * (FtM dates are ISO prefixes); a week or quarter is the range `startDate`..`endDate`.
 */
function dates(
  date:
    | Pick<PartialDate, 'start' | 'end' | 'precision'>
    | { start: string | null; end: string | null; precision: string | null }
    | undefined
    | null,
): Record<string, string[]> {
  if (!date?.start) return {};
  switch (date.precision) {
    case DatePrecision.DAY:
      return { date: [date.start] };
    case DatePrecision.MONTH:
      return date.start.slice(0, 7) === date.end?.slice(0, 7)
        ? { date: [date.start.slice(0, 7)] }
        : { startDate: [date.start], endDate: [date.end ?? date.start] };
    case DatePrecision.YEAR:
      return date.start.slice(0, 4) === date.end?.slice(0, 4)
        ? { date: [date.start.slice(0, 4)] }
        : { startDate: [date.start], endDate: [date.end ?? date.start] };
    default:
      return { startDate: [date.start], endDate: [date.end ?? date.start] };
  }
}

/**
 * Streams the model as FollowTheMoney entities, one JSON object a line: each document as an
 * Article, actors as Person, Organization or PublicBody, events as Event (with who was involved),
 * positions as Membership (or Position and Occupancy when the post names no organisation), and
 * relations as UnknownLink with their kind as `role`, their quotes as `description` and the
 * article as `proof`.
 */
export async function exportFtm(sink: ExportSink, em: EntityManager, document: Document | undefined): Promise<void> {
  const line = (entity: FtmEntity) => sink.write(`${JSON.stringify(entity)}\n`);
  const slugs = new DocumentSlugs(em);
  const inScope = document ? { document: document.id } : {};

  let after = 0;
  for (;;) {
    const found = await em.findOne(
      Document,
      document ? { id: document.id, $and: [{ id: { $gt: after } }] } : { id: { $gt: after } },
      { orderBy: { id: 'asc' }, populate: ['publisher'] },
    );
    if (!found) break;
    await line({
      id: ids.document(found.slug),
      schema: 'Article',
      properties: properties({
        title: [found.title],
        publishedAt: [found.publishedAt],
        publisher: [found.publisher?.getEntity().name],
        sourceUrl: [found.url],
      }),
    });
    after = found.id;
    em.clear();
  }

  // Whether each actor written is an organisation, for the positions below; FtM's Membership needs one.
  const organizations = new Set<string>();
  for await (const actors of actorPages(em, { document })) {
    for (const actor of actors) {
      const schema = ACTOR_SCHEMA[actor.kind];
      if (schema !== 'Person') organizations.add(actor.slug);
      await line({
        id: ids.actor(actor.slug),
        schema,
        properties: properties({ name: [actor.name], alias: actor.aliases, summary: [actor.summary] }),
      });
    }
  }

  for await (const events of pagesOf(em, Event, inScope)) {
    await slugs.load(events.map((event) => event.document.id));
    const participations = await em.find(
      Participation,
      { event: { $in: events.map((event) => event.id) } },
      { populate: ['actor'], orderBy: { id: 'asc' } },
    );
    const evidence = await evidenceOf(em, 'event', events);
    for (const event of events) {
      await line({
        id: ids.event(event.slug),
        schema: 'Event',
        properties: properties({
          name: [event.title],
          summary: [event.summary],
          description: (evidence.get(event.id) ?? []).map((quote) => quote.quote),
          location: [event.location],
          involved: participations
            .filter((participation) => participation.event.id === event.id)
            .map((participation) => ids.actor(participation.actor.getEntity().slug)),
          proof: [ids.document(slugs.of(event.document.id))],
          ...dates(event.date),
        }),
      });
    }
  }

  for await (const positions of pagesOf(em, Position, inScope, { populate: ['holder', 'organization'] })) {
    await slugs.load(positions.map((position) => position.document.id));
    for (const position of positions) {
      const documentSlug = slugs.of(position.document.id);
      const holder = ids.actor(position.holder.getEntity().slug);
      const organization = position.organization?.getEntity().slug;
      const proof = [ids.document(documentSlug)];
      const role = position.acting ? `${position.title} (acting)` : position.title;
      if (organization && organizations.has(organization)) {
        await line({
          id: ids.fact('position', documentSlug, position.key),
          schema: 'Membership',
          properties: properties({ member: [holder], organization: [ids.actor(organization)], role: [role], proof }),
        });
        continue;
      }
      const post = ids.fact('post', documentSlug, position.key);
      await line({ id: post, schema: 'Position', properties: properties({ name: [role], proof }) });
      await line({
        id: ids.fact('position', documentSlug, position.key),
        schema: 'Occupancy',
        properties: properties({ holder: [holder], post: [post], proof }),
      });
    }
  }

  for await (const rows of relationRowPages(em, { document })) {
    for (const row of rows) {
      await line({
        id: ids.fact('relation', row.document, row.key),
        schema: 'UnknownLink',
        properties: properties({
          subject: [ids.actor(row.source.slug)],
          object: [ids.actor(row.target.slug)],
          role: [row.kind],
          status: [row.modality],
          summary: [row.summary],
          description: row.evidence.map((evidence) => evidence.quote),
          publisher: [row.attribution.text],
          proof: [ids.document(row.document)],
          ...dates(row.date),
        }),
      });
    }
  }
}
