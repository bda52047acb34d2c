import type { EntityManager } from '@mikro-orm/core';
import { z } from 'zod';
import { Actor } from '../actor/actor.entity.js';
import { NOTHING } from '../common/connection.js';
import { isIsoDate } from '../common/date.scalar.js';
import { ErrorCode } from '../common/error-code.js';
import type { SqlPart } from '../common/loaders.js';
import { Document } from '../document/document.entity.js';
import {
  DEFAULT_NEIGHBOURHOOD_SIZE,
  MAX_NEIGHBOURHOOD_RELATIONS,
  MAX_NEIGHBOURHOOD_SIZE,
  walkNeighbourhood,
} from '../neighbourhood/neighbourhood.walk.js';
import { IdLists } from '../path/id-lists.js';
import { Direction } from '../relation/relation-direction.js';
import { relationFilterConditions } from '../relation/relation-filter.conditions.js';
import { RelationCategory, RelationKind } from '../relation/relation-kind.js';
import { RelationFilter } from '../relation/relation.args.js';

/** What an export covers: one story or all, and, when filtered, which relations. */
export interface ExportScope {
  /** The story exported; the whole corpus when absent. */
  document?: Document;
  /**
   * Conditions on the columns of `relation` (unqualified) when a filter or a neighbourhood picks the
   * relations: only those are written, and a graph's nodes are then the actors at their ends.
   */
  relations?: SqlPart[];
}

/** The conditions on `relation` rows of a scope: its story's, then its filter's. */
export function relationConditions({ document, relations = [] }: ExportScope): SqlPart[] {
  return [...(document ? [{ sql: 'document_id = ?', params: [document.id] }] : []), ...relations];
}

/** Why the query string of an export was refused: the status, code and argument to answer with. */
export class ExportRefused extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly argumentName?: string,
  ) {
    super(message);
  }
}

/** The parameters that pick relations, beside `document`: only the relation exports take them. */
export const RELATION_PARAMETERS = [
  'kinds',
  'categories',
  'from',
  'to',
  'actor',
  'source',
  'target',
  'around',
  'hops',
  'direction',
  'first',
] as const;

/** One value of the query string: given once (a repeated parameter arrives as a list and is refused). */
const once = (what: string) => z.string({ error: `"${what}" must be given once.` });
const slug = (what: string) =>
  once(what).refine((value) => value.length > 0 && value.length <= 200, `"${what}" must be one actor slug.`);
/** A list of an enum's values, comma-separated, as the explorer writes them in its own URLs. */
const list = <T extends Record<string, string>>(what: string, values: T) => {
  const known: string[] = Object.values(values);
  const items = (text: string) => text.split(',').filter(Boolean);
  const unknownIn = (text: string) => items(text).find((item) => !known.includes(item));
  return once(what)
    .refine((text) => items(text).length > 0 && unknownIn(text) === undefined, {
      error: ({ input }) => {
        const unknown = typeof input === 'string' ? unknownIn(input) : undefined;
        return `"${what}" must be one or more of ${known.join(', ')}, comma-separated${
          unknown === undefined ? '' : `; "${unknown}" is not one`
        }.`;
      },
    })
    .transform((text) => items(text) as T[keyof T][]);
};
/** A day as the GraphQL `Date` scalar takes it. */
const day = (what: string) => once(what).refine(isIsoDate, `"${what}" must be a date written yyyy-mm-dd.`);

const exportQuery = z.object({
  document: once('document').refine(
    (value) => value.length > 0 && value.length <= 200,
    '"document" must be one document slug.',
  ),
  kinds: list('kinds', RelationKind),
  categories: list('categories', RelationCategory),
  from: day('from'),
  to: day('to'),
  actor: slug('actor'),
  source: slug('source'),
  target: slug('target'),
  around: slug('around'),
  hops: once('hops').refine((value) => value === '1' || value === '2', '"hops" must be 1 or 2.'),
  direction: z.enum(Direction, {
    error: `"direction" must be one of ${Object.values(Direction).join(', ')}.`,
  }),
  first: once('first').refine(
    (value) => /^\d+$/.test(value) && Number(value) >= 1 && Number(value) <= MAX_NEIGHBOURHOOD_SIZE,
    `"first" must be between 1 and ${MAX_NEIGHBOURHOOD_SIZE}.`,
  ),
});

type ExportQuery = Partial<z.output<typeof exportQuery>>;

/** The query string checked: each parameter present is valid, the first that is not refused with its name. */
function parseQuery(query: Record<string, unknown>): ExportQuery {
  const parsed = exportQuery.partial().safeParse(query);
  if (parsed.success) return parsed.data;
  const [issue] = parsed.error.issues;
  const name = issue?.path[0] === undefined ? undefined : String(issue.path[0]);
  throw new ExportRefused(400, ErrorCode.BAD_USER_INPUT, issue?.message ?? 'Bad query string.', name);
}

/** The id of the actor with this slug, or a 404 naming the parameter. */
async function actorId(em: EntityManager, slug: string, parameter: string): Promise<number> {
  const actor = await em.findOne(Actor, { slug }, { fields: ['id'] });
  if (!actor)
    throw new ExportRefused(404, ErrorCode.NOT_FOUND, `"${parameter}": no actor has the slug "${slug}".`, parameter);
  return actor.id;
}

/**
 * The scope of an export from its query string: `document`, the filter of `relations(filter:)`
 * (`kinds`, `categories`, `from`, `to`, `actor`, `source`, `target`), and for a neighbourhood
 * `around` with `hops`, `direction` and `first` as `neighbourhood` takes them. Conditions are
 * made by the code that answers those queries, so the file holds the relations they return.
 * Throws ExportRefused for a bad or unknown value.
 */
export async function exportScope(
  em: EntityManager,
  query: Record<string, unknown>,
  { takesRelationFilter }: { takesRelationFilter: boolean },
): Promise<ExportScope> {
  const asked = parseQuery(query);
  const filtering = RELATION_PARAMETERS.filter((name) => asked[name] !== undefined);
  if (filtering.length && !takesRelationFilter)
    throw new ExportRefused(
      400,
      ErrorCode.BAD_USER_INPUT,
      `"${filtering[0]}" narrows the relations exported, which only relations.csv, graph.graphml and graph.gexf take.`,
      filtering[0],
    );
  const neighbourhoodOnly = (['hops', 'direction', 'first'] as const).find((name) => asked[name] !== undefined);
  if (neighbourhoodOnly && asked.around === undefined)
    throw new ExportRefused(
      400,
      ErrorCode.BAD_USER_INPUT,
      `"${neighbourhoodOnly}" needs "around", the actor whose neighbourhood is exported.`,
      neighbourhoodOnly,
    );
  if (asked.around !== undefined && asked.document !== undefined)
    throw new ExportRefused(
      400,
      ErrorCode.BAD_USER_INPUT,
      'A neighbourhood ("around") spans every story: it cannot be narrowed to one "document".',
      'document',
    );

  const scope: ExportScope = {};
  if (asked.document !== undefined) {
    const document = await em.findOne(Document, { slug: asked.document });
    if (!document)
      throw new ExportRefused(404, ErrorCode.NOT_FOUND, `No document has the slug "${asked.document}".`, 'document');
    scope.document = document;
  }
  if (!filtering.length) return scope;

  const filter = Object.assign(new RelationFilter(), {
    kinds: asked.kinds,
    categories: asked.categories,
    from: asked.from,
    to: asked.to,
    actor: asked.actor,
    source: asked.source,
    target: asked.target,
  });
  const [source, target, actor] = await Promise.all(
    (['source', 'target', 'actor'] as const).map(async (name) => {
      const slugOf = filter[name];
      return slugOf ? { id: await actorId(em, slugOf, name) } : null;
    }),
  );
  if (asked.around === undefined) {
    // Every slug is known by now, so no condition can be NOTHING.
    const conditions = relationFilterConditions(filter, { source, target, actor });
    scope.relations = conditions.filter((condition): condition is SqlPart => condition !== NOTHING);
    return scope;
  }
  const walk = await walkNeighbourhood(em, await actorId(em, asked.around, 'around'), {
    hops: Number(asked.hops ?? 1),
    first: Number(asked.first ?? DEFAULT_NEIGHBOURHOOD_SIZE),
    direction: asked.direction ?? Direction.BOTH,
    filter,
  });
  // At most a thousand ids, as one parameter: the relations the neighbourhood lists.
  const shown = (await walk.relationIds()).slice(0, MAX_NEIGHBOURHOOD_RELATIONS);
  scope.relations = [new IdLists(em).in('id', shown)];
  return scope;
}
