import type { EntityClass, EntityManager } from '@mikro-orm/core';
import { Actor } from '../actor/actor.entity.js';
import type { NodeEntity } from '../common/node.entity.js';
import { Document } from '../document/document.entity.js';
import { Event } from '../event/event.entity.js';
import { Figure } from '../figure/figure.entity.js';
import { Relation } from '../relation/relation.entity.js';
import { Statement } from '../statement/statement.entity.js';
import { SearchResultKind } from './search-result.type.js';

/** One table the search looks in: its entity, the properties its full-text index covers, and the fields a hit shows. */
export interface SearchSource<T extends NodeEntity<string> = NodeEntity<string>> {
  kind: SearchResultKind;
  entity: EntityClass<T>;
  /** The text properties the full-text index covers, in the order of its columns (the migration lists the same). */
  properties: readonly (string & keyof T)[];
  /**
   * Weight of this kind's relevance: an actor or event whose name or title matches is usually what
   * someone looks for, and their short texts would otherwise rank below long ones that repeat a word.
   */
  weight: number;
  /** The texts to show for a hit, most telling first: the first always, the others where they match. */
  shown(entity: T): (string | null | undefined)[];
}

function source<T extends NodeEntity<string>>(definition: SearchSource<T>): SearchSource {
  return definition as unknown as SearchSource;
}

/** Every searchable kind, in tie-break order (the order of `SearchResultKind`). */
export const SEARCH_SOURCES: readonly SearchSource[] = [
  source<Actor>({
    kind: SearchResultKind.ACTOR,
    entity: Actor,
    properties: ['searchText'],
    weight: 2,
    shown: (actor) => [actor.name, actor.aliases.join(', ')],
  }),
  source<Event>({
    kind: SearchResultKind.EVENT,
    entity: Event,
    properties: ['searchText'],
    weight: 1.5,
    shown: (event) => [event.title, event.location, event.summary],
  }),
  source<Relation>({
    kind: SearchResultKind.RELATION,
    entity: Relation,
    properties: ['summary', 'demand', 'lever'],
    weight: 1,
    shown: (relation) => [relation.summary, relation.demand, relation.lever],
  }),
  source<Statement>({
    kind: SearchResultKind.STATEMENT,
    entity: Statement,
    properties: ['text', 'setting'],
    weight: 1,
    shown: (statement) => [statement.text, statement.setting],
  }),
  source<Figure>({
    kind: SearchResultKind.FIGURE,
    entity: Figure,
    properties: ['summary', 'measure', 'condition'],
    weight: 1,
    shown: (figure) => [figure.summary, figure.measure, figure.condition],
  }),
  source<Document>({
    kind: SearchResultKind.DOCUMENT_TEXT,
    entity: Document,
    properties: ['title', 'text'],
    weight: 1,
    shown: (document) => [document.title],
  }),
];

/** Table and column names of a source, from the ORM's metadata. */
export function tableOf(em: EntityManager, source: SearchSource): { table: string; columns: string[] } {
  const meta = em.getMetadata().get(source.entity.name);
  return {
    table: meta.tableName,
    columns: source.properties.map((property) => {
      const column = meta.properties[property]?.fieldNames[0];
      if (!column) throw new Error(`${source.entity.name}.${property} has no column`);
      return column;
    }),
  };
}
