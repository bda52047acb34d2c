import { describe, expect, it } from 'vitest';
import { createContext } from '../src/common/context.js';
import { ByValueLoader } from '../src/common/loaders.js';
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

describe('lookups by a unique value', () => {
  /** A loader over a fake table of `n → "row n"` (nothing for negative values), recording its batches. */
  function recordingLoader(fail = false) {
    const batches: number[][] = [];
    const loader = new ByValueLoader<number, string>((values) => {
      batches.push([...values]);
      return fail
        ? Promise.reject(new Error('the database is gone'))
        : Promise.resolve(values.map((value) => (value < 0 ? null : `row ${value}`)));
    });
    return { loader, batches };
  }

  it('asks once for every value asked for in the same tick, and keeps the answers for the request', async () => {
    const { loader, batches } = recordingLoader();
    const listed = loader.loadAll([1, 2, 2, -1]);
    const single = loader.load(3);
    expect(loader.found(1)).toBeUndefined();
    await listed;
    expect(await single).toBe('row 3');
    expect(batches).toEqual([[1, 2, -1, 3]]);
    // Answered without asking again, and without a promise.
    expect(loader.found(2)).toBe('row 2');
    expect(loader.found(-1)).toBeNull();
    expect(await Promise.all([loader.load(1), loader.load(-1)])).toEqual(['row 1', null]);
    expect(batches).toHaveLength(1);
    // A cleared value is read again.
    expect(await loader.clear(1).load(1)).toBe('row 1');
    expect(batches).toEqual([[1, 2, -1, 3], [1]]);
  });

  it('fails every value of a failed batch with its error, without asking again', async () => {
    const { loader, batches } = recordingLoader(true);
    await loader.loadAll([1, 2]);
    expect(loader.found(1)).toBeUndefined();
    await expect(loader.load(1)).rejects.toThrow('the database is gone');
    await expect(loader.load(2)).rejects.toThrow('the database is gone');
    expect(batches).toEqual([[1, 2]]);
  });
});
