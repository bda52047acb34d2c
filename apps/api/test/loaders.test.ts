import { expect, it } from 'vitest';
import { createContext } from '../src/common/context.js';
import { Actor } from '../src/actor/actor.entity.js';
import { Document } from '../src/document/document.entity.js';
import { Evidence } from '../src/evidence/evidence.entity.js';
import { Relation } from '../src/relation/relation.entity.js';
import { describeEachDatabase } from '@parley/test-support/vitest';
import { recordStatements, silentLogger, useTestApi } from './harness.js';

describeEachDatabase('request loaders', (database) => {
  const api = useTestApi(database);

  it('gives the same children in two orders two answers within one request', async () => {
    const { em, loaders } = createContext(api.db.orm.em, silentLogger);
    const document = await em.findOneOrFail(Document, { slug: 'us-venezuela-talks-2024-04-11' });
    const [forwards, backwards] = await Promise.all([
      loaders.childrenOf(Evidence, 'document', { start: 'asc', id: 'asc' }).load(document.id),
      loaders.childrenOf(Evidence, 'document', { start: 'desc', id: 'desc' }).load(document.id),
    ]);
    expect(forwards.length).toBeGreaterThan(10);
    const starts = forwards.map((span) => span.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(backwards.map((span) => span.id)).toEqual(forwards.map((span) => span.id).reverse());
  });

  it('cuts each parent’s children alike, in one statement, whether few or many parents are asked for', async () => {
    const { em, loaders } = createContext(api.db.orm.em, silentLogger);
    const actors = await em.find(Actor, {}, { orderBy: { id: 'asc' } });
    // More parents than get a LIMIT each, some without children.
    const parentIds = [
      ...actors.map((actor) => actor.id),
      ...Array.from({ length: 40 }, (_, index) => 100_000 + index),
    ];
    expect(parentIds.length).toBeGreaterThan(50);
    const ids = (relations: Relation[]) => relations.map((relation) => relation.id);
    const recorder = recordStatements(api.db);
    let together: Relation[][];
    try {
      together = await Promise.all(
        parentIds.map((id) => loaders.childrenOf(Relation, 'target', { id: 'desc' }, 2).load(id)),
      );
      expect(recorder.statements).toHaveLength(1);
    } finally {
      recorder.stop();
    }
    expect(together.some((relations) => relations.length === 2)).toBe(true);
    for (const [index, id] of parentIds.entries()) {
      const alone = createContext(api.db.orm.em, silentLogger).loaders;
      const all = await alone.childrenOf(Relation, 'target', { id: 'desc' }, 100).load(id);
      expect(ids(together[index]!)).toEqual(ids(all).slice(0, 2));
      expect(ids(all)).toEqual([...ids(all)].sort((a, b) => b - a));
    }
  });

  it('keeps one loader per field and order, so a request still batches', async () => {
    const { em, loaders } = createContext(api.db.orm.em, silentLogger);
    const relations = await em.find(Relation, {}, { orderBy: { id: 'asc' }, limit: 5 });
    const sources = [...new Set(relations.map((relation) => relation.source.id))];
    const loader = loaders.childrenOf(Relation, 'source');
    expect(loaders.childrenOf(Relation, 'source', { id: 'asc' })).toBe(loader);
    expect(loaders.childrenOf(Relation, 'source', { id: 'desc' })).not.toBe(loader);
    const recorder = recordStatements(api.db);
    try {
      const children = await Promise.all(sources.map((id) => loader.load(id)));
      expect(recorder.statements).toHaveLength(1);
      children.forEach((rows, index) => {
        expect(rows.length).toBeGreaterThan(0);
        expect(rows.every((row) => row.source.id === sources[index])).toBe(true);
      });
    } finally {
      recorder.stop();
    }
  });
});
