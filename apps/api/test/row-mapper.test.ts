import { ReferenceKind, type EntityClass, type EntityProperty } from '@mikro-orm/core';
import { graphql } from './gql/index.js';
import { describeEachDatabase } from '@parley/test-support/vitest';
import { expect, it, vi } from 'vitest';
import { Actor } from '../src/actor/actor.entity.js';
import { createContext } from '../src/common/context.js';
import { NodeEntity } from '../src/common/node.entity.js';
import { Reader } from '../src/common/read.js';
import { entities } from '../src/db/entities.js';
import { Event } from '../src/event/event.entity.js';
import { Relation } from '../src/relation/relation.entity.js';
import { silentLogger, useTestApi } from './harness.js';

const nodeEntities = (entities as EntityClass<object>[]).filter(
  (entity): entity is EntityClass<NodeEntity<string>> => entity.prototype instanceof NodeEntity,
);

/** A property's value in a comparable form: references by id, value objects as plain data. */
function comparable(prop: EntityProperty, value: unknown): unknown {
  if (value == null) return null;
  if (prop.kind === ReferenceKind.MANY_TO_ONE) return (value as { id: number }).id;
  if (prop.kind === ReferenceKind.EMBEDDED) return JSON.parse(JSON.stringify(value)) as unknown;
  return value;
}

const SupportsQuery = graphql(`
  query SupportsQuery($first: Int) {
    documents(first: $first) {
      nodes {
        evidence(first: 200) {
          id
          supports {
            __typename
            id
          }
        }
      }
    }
  }
`);

const NodeQuery = graphql(`
  query NodeQuery($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Relation {
        date {
          text
          start
          end
          precision
        }
      }
      ... on Event {
        secret
      }
      ... on Actor {
        aliases
      }
    }
  }
`);

describeEachDatabase('row mapper', (database) => {
  const api = useTestApi(database);

  it('maps every row of every table as the ORM hydrates it: scalars, enums, booleans, JSON, partial dates, references', async () => {
    const reader = new Reader(api.db.orm.em);
    let compared = 0;
    for (const entity of nodeEntities) {
      const meta = reader.meta(entity);
      const mapped = await reader.entities(entity, `select * from ${meta.tableName} order by id`, []);
      const hydrated = await api.db.orm.em.fork().find(entity, {}, { orderBy: { id: 'asc' } });
      expect(
        mapped.map((item) => item.id),
        entity.name,
      ).toEqual(hydrated.map((item) => item.id));
      const props = (meta.props as EntityProperty[]).filter(
        (prop) =>
          !prop.embedded &&
          prop.persist !== false &&
          [ReferenceKind.SCALAR, ReferenceKind.MANY_TO_ONE, ReferenceKind.EMBEDDED].includes(prop.kind),
      );
      mapped.forEach((item, index) => {
        const expected = hydrated[index]!;
        expect(item).toBeInstanceOf(entity);
        expect(item.globalId).toBe(expected.globalId);
        for (const prop of props) {
          const name = prop.name as keyof typeof item;
          expect(comparable(prop, item[name]), `${entity.name}.${prop.name}`).toEqual(comparable(prop, expected[name]));
          compared++;
        }
      });
    }
    // The story has rows in every table and a few thousand values in all.
    expect(compared).toBeGreaterThan(1000);
  });

  it('keeps partial dates as value objects, booleans as booleans and JSON arrays as arrays', async () => {
    const reader = new Reader(api.db.orm.em);
    const [relation] = await reader.entities(
      Relation,
      'select * from relation where date_start is not null order by id limit 1',
      [],
    );
    const [undated] = await reader.entities(
      Relation,
      'select * from relation where date_start is null and date_text is null order by id limit 1',
      [],
    );
    const [event] = await reader.entities(Event, 'select * from event order by id limit 1', []);
    const [actor] = await reader.entities(Actor, 'select * from actor order by id limit 1', []);
    expect(relation?.date?.start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(relation?.date?.precision).toBeTypeOf('string');
    if (undated) expect(undated.date).toBeNull();
    expect(event?.secret).toBeTypeOf('boolean');
    expect(Array.isArray(actor?.aliases)).toBe(true);
  });

  it('resolves the Node type of mapped rows, through node(id) and through evidence.supports', async () => {
    const result = await api.execute(SupportsQuery, { first: 20 });
    expect(result.errors).toBeUndefined();
    const supports = result.data!.documents.nodes.flatMap((document) => document.evidence.map((span) => span.supports));
    const typeNames = new Set(supports.map((fact) => fact.__typename));
    // Evidence in the story supports facts of many kinds.
    expect(typeNames.size).toBeGreaterThan(4);
    for (const fact of supports.slice(0, 40)) {
      const found = await api.execute(NodeQuery, { id: fact.id });
      expect(found.errors).toBeUndefined();
      expect(found.data?.node).toMatchObject({ __typename: fact.__typename, id: fact.id });
    }
  });

  it('answers a read-only request without forking the entity manager', async () => {
    const fork = vi.spyOn(api.db.orm.em, 'fork');
    try {
      const context = createContext(api.db.orm.em, silentLogger);
      const response = await api.server.apollo.executeOperation(
        { query: SupportsQuery, variables: { first: 5 } },
        { contextValue: context },
      );
      expect(response.body.kind === 'single' && response.body.singleResult.errors).toBeFalsy();
      expect(fork).not.toHaveBeenCalled();
    } finally {
      fork.mockRestore();
    }
  });
});
