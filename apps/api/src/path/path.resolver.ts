import type { EntityClass } from '@mikro-orm/core';
import { ArgsType, Args, Ctx, Field, Int, Query, Resolver } from 'type-graphql';
import { Actor } from '../actor/actor.entity.js';
import { badUserInput, notFound } from '../common/errors.js';
import type { SomeNodeEntity } from '../common/node.entity.js';
import type { Context } from '../common/context.js';
import type { RequestLoaders } from '../common/loaders.js';
import { Event } from '../event/event.entity.js';
import { Position } from '../position/position.entity.js';
import { Relation } from '../relation/relation.entity.js';
import { orderedLinks, PATH_SEARCH_BUDGET, PathSearch, type LinkRef, type PathSearchBudget } from './path-search.js';
import { Path, PathSearchResult, PathStep } from './path.type.js';

/** A row loaded for a path by the id the search gave; it is there, as the search read the same database. */
function found<T>(byId: Map<number, T>, id: number, what: string): T {
  const row = byId.get(id);
  if (row === undefined) throw new Error(`${what} ${id} is on a path but could not be loaded`);
  return row;
}

/** Loads rows by id through the request's batched reads (one statement per entity), by id. */
async function loadByIds<T extends { id: number }>(
  loaders: RequestLoaders,
  entity: EntityClass<T>,
  ids: number[],
): Promise<Map<number, T>> {
  const rows = await Promise.all([...new Set(ids)].map((id) => loaders.byId(entity, id)));
  return new Map(rows.flatMap((row) => (row ? [[row.id, row] as const] : [])));
}

interface LoadedLinks {
  relations: Map<number, Relation>;
  positions: Map<number, Position>;
  events: Map<number, Event>;
}

/** The entities behind links, one statement per kind present. */
async function loadLinks(loaders: RequestLoaders, links: LinkRef[]): Promise<LoadedLinks> {
  const idsOf = (type: LinkRef['type']) => links.filter((link) => link.type === type).map((link) => link.id);
  const [relations, positions, events] = await Promise.all([
    loadByIds(loaders, Relation, idsOf('Relation')),
    loadByIds(loaders, Position, idsOf('Position')),
    loadByIds(loaders, Event, idsOf('Event')),
  ]);
  return { relations, positions, events };
}

function entityOf(loaded: LoadedLinks, { type, id }: LinkRef): SomeNodeEntity {
  if (type === 'Relation') return found(loaded.relations, id, 'relation');
  if (type === 'Position') return found(loaded.positions, id, 'position');
  return found(loaded.events, id, 'event');
}

export const MAX_PATH_LENGTH = 6;
export const MAX_PATHS = 50;

/**
 * What one path question costs in the complexity limit, whatever it selects: it may read up to
 * the visit budget, so a handful of them fill a request and thirty aliases are refused.
 */
export const PATH_QUERY_COMPLEXITY = 15_000;

@ArgsType()
export class PathArgs {
  @Field(() => String, { description: 'Slug of the actor to start from.' })
  from!: string;

  @Field(() => String, { description: 'Slug of the actor to reach.' })
  to!: string;

  @Field(() => Int, {
    nullable: true,
    defaultValue: 4,
    description: `Most hops a path may have (1 to ${MAX_PATH_LENGTH}).`,
  })
  maxLength?: number | null;

  @Field(() => Int, { nullable: true, defaultValue: 10, description: `Most paths to return (1 to ${MAX_PATHS}).` })
  first?: number | null;
}

const BUDGET_TEXT = `A search reads at most ${PATH_SEARCH_BUDGET.actors.toLocaleString('en')} actors and ${PATH_SEARCH_BUDGET.links.toLocaleString('en')} links`;

/** Answers a path question, reading the graph a frontier at a time within `budget`. */
export async function searchPaths(
  { from: fromSlug, to: toSlug, maxLength: maxLengthArg, first: firstArg }: PathArgs,
  { loaders }: Context,
  budget: Readonly<PathSearchBudget> = PATH_SEARCH_BUDGET,
): Promise<PathSearchResult> {
  const maxLength = maxLengthArg ?? 4;
  const first = firstArg ?? 10;
  if (maxLength < 1 || maxLength > MAX_PATH_LENGTH)
    throw badUserInput(`"maxLength" must be between 1 and ${MAX_PATH_LENGTH}.`, 'maxLength');
  if (first < 1 || first > MAX_PATHS) throw badUserInput(`"first" must be between 1 and ${MAX_PATHS}.`, 'first');
  const actorBySlug = loaders.oneBy<Actor, string>(Actor, 'slug');
  const [from, to] = await Promise.all([actorBySlug.load(fromSlug), actorBySlug.load(toSlug)]);
  if (!from) throw notFound(`No actor has the slug "${fromSlug.slice(0, 120)}".`, 'from');
  if (!to) throw notFound(`No actor has the slug "${toSlug.slice(0, 120)}".`, 'to');
  if (from.id === to.id) throw badUserInput('"from" and "to" are the same actor.', 'to');

  // The search reads through the request's reader: it needs no fork of the entity manager.
  const search = new PathSearch(loaders.reader.em, budget);
  const outcome = await search.run(from.id, to.id, maxLength, first);
  const linksOf = (fromId: number, toId: number) => orderedLinks(search.linksBetween(fromId, toId));
  const hops = outcome.paths.map((ids) =>
    ids.slice(1).map((toId, i) => {
      const fromId = ids[i] ?? from.id;
      const [via] = linksOf(fromId, toId);
      if (!via) throw new Error(`no link between actors ${fromId} and ${toId} on a path`);
      return { fromId, toId, via };
    }),
  );
  const [actorById, vias] = await Promise.all([
    loadByIds(loaders, Actor, outcome.paths.flat()),
    loadLinks(
      loaders,
      hops.flat().map(({ via }) => via),
    ),
  ]);
  // Alternatives are read only when asked for: every relation of a pair of hubs can be hundreds.
  let alternatives: Promise<LoadedLinks> | undefined;
  const loadAlternatives = () =>
    (alternatives ??= search.readAllLinksOf(outcome.paths).then(() =>
      loadLinks(
        loaders,
        hops.flat().flatMap(({ fromId, toId }) => linksOf(fromId, toId).slice(1)),
      ),
    ));

  const paths = hops.map((steps) =>
    Object.assign(new Path(), {
      length: steps.length,
      steps: steps.map(({ fromId, toId, via }) => {
        const step = Object.assign(new PathStep(), {
          from: found(actorById, fromId, 'actor'),
          to: found(actorById, toId, 'actor'),
          via: entityOf(vias, via),
        });
        Object.defineProperty(step, 'alternatives', {
          enumerable: true,
          get: () =>
            loadAlternatives().then((loaded) =>
              linksOf(fromId, toId)
                .slice(1)
                .map((link) => entityOf(loaded, link)),
            ),
        });
        return step;
      }),
    }),
  );
  return Object.assign(new PathSearchResult(), {
    paths,
    complete: outcome.complete,
    visited: outcome.visited,
    searchedLength: outcome.searchedLength,
  });
}

@Resolver()
export class PathResolver {
  @Query(() => [Path], {
    complexity: PATH_QUERY_COMPLEXITY,
    description: `How one actor connects to another through relations, positions (holder ↔ organisation) and shared events: every path without repeated actors up to \`maxLength\` hops, shortest first. ${BUDGET_TEXT}; when that runs out this returns the paths it found (all of those up to some length, shortest first) and \`pathSearch\` says so.`,
  })
  async paths(@Args(() => PathArgs) args: PathArgs, @Ctx() context: Context): Promise<Path[]> {
    return (await searchPaths(args, context)).paths;
  }

  @Query(() => PathSearchResult, {
    complexity: PATH_QUERY_COMPLEXITY,
    description: `The paths \`paths\` returns, with whether the search is complete. ${BUDGET_TEXT}; past that \`complete\` is false and \`searchedLength\` says up to how many hops the answer is certain.`,
  })
  pathSearch(@Args(() => PathArgs) args: PathArgs, @Ctx() context: Context): Promise<PathSearchResult> {
    return searchPaths(args, context);
  }
}
