import { parse, type DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createDocumentStore, DOCUMENT_STORE_MAX_CHARACTERS } from './document-store.js';

/** A distinct query of about `length` characters, as a client sending ever new queries would. */
function query(index: number, length: number): DocumentNode {
  const fields = Array.from(
    { length: Math.ceil(length / 40) },
    (_, field) => `f${field}: actor(slug: "s${index}") { id }`,
  );
  return parse(`query Q${index} { ${fields.join(' ')} }`);
}

describe('createDocumentStore', () => {
  it('keeps a repeated query, so that it is parsed and validated once', async () => {
    const store = createDocumentStore(DOCUMENT_STORE_MAX_CHARACTERS);
    const document = query(1, 1000);
    await store.set('q1', document);
    expect(await store.get('q1')).toBe(document);
  });

  it('holds no more query text than its bound, however many distinct queries arrive', async () => {
    const bound = 16 * 1024;
    const store = createDocumentStore(bound);
    const documents = Array.from({ length: 200 }, (_, index) => query(index, 1000));
    for (const [index, document] of documents.entries()) await store.set(`q${index}`, document);

    const kept = (await Promise.all(documents.map((_, index) => store.get(`q${index}`)))).filter(
      (document): document is DocumentNode => document !== undefined,
    );
    const keptCharacters = kept.reduce((total, document) => total + (document.loc?.source.body.length ?? 0), 0);
    expect(keptCharacters).toBeLessThanOrEqual(bound);
    expect(kept.length).toBeGreaterThan(5);
    // The least recently used go first: the newest query is kept, the oldest is not.
    expect(await store.get('q199')).toBe(documents[199]);
    expect(await store.get('q0')).toBeUndefined();
  });

  it('does not keep a query larger than the whole bound', async () => {
    const store = createDocumentStore(1000);
    await store.set('big', query(1, 5000));
    expect(await store.get('big')).toBeUndefined();
  });
});
