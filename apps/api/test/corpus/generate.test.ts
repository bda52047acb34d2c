import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CorpusGenerator } from './generate.js';
import { TABLE_NAMES, type Batch, type RowOf } from './tables.js';

const SIZE = { actors: 500, relations: 5000, seed: 3 };

function collect(generator: CorpusGenerator) {
  const rows = Object.fromEntries(TABLE_NAMES.map((table) => [table, [] as unknown[]])) as {
    [T in keyof Batch]: RowOf<T>[];
  };
  for (const batch of generator.batches()) {
    for (const table of TABLE_NAMES) (rows[table] as unknown[]).push(...batch[table]);
  }
  return rows;
}

function digest(generator: CorpusGenerator): string {
  const hash = createHash('sha256');
  for (const batch of generator.batches()) hash.update(JSON.stringify(batch));
  return hash.digest('hex');
}

describe('the corpus generator', () => {
  const rows = collect(new CorpusGenerator(SIZE));

  it('gives the same rows for the same size and seed, other rows for another seed', () => {
    expect(digest(new CorpusGenerator(SIZE))).toBe(digest(new CorpusGenerator(SIZE)));
    expect(digest(new CorpusGenerator({ ...SIZE, seed: 4 }))).not.toBe(digest(new CorpusGenerator(SIZE)));
  });

  it('writes the sizes asked for, with about 1.6 evidence spans per relation', () => {
    expect(rows.actor).toHaveLength(SIZE.actors);
    expect(rows.relation).toHaveLength(SIZE.relations);
    expect(rows.document).toHaveLength(SIZE.relations / 50);
    expect(rows.evidence.length / SIZE.relations).toBeGreaterThan(1.4);
    expect(rows.evidence.length / SIZE.relations).toBeLessThan(1.8);
  });

  it('quotes each document exactly: every span is text.slice(start, end)', () => {
    const texts = new Map(rows.document.map((document) => [document.id, document.text as string]));
    for (const span of rows.evidence) {
      const text = texts.get(span.document_id)!;
      expect(text.slice(span.start_offset as number, span.end_offset as number)).toBe(span.quote);
    }
  });

  it('gives every span exactly one owner, and every reference a row', () => {
    const owners = [
      'actor_id',
      'attribution_id',
      'position_id',
      'event_id',
      'participation_id',
      'relation_id',
      'statement_id',
      'figure_id',
      'negotiation_id',
    ] as const;
    const ids = (table: keyof Batch) => new Set(rows[table].map((row) => row.id));
    const tableOf = {
      actor_id: ids('actor'),
      attribution_id: ids('attribution'),
      position_id: ids('position'),
      event_id: ids('event'),
      participation_id: ids('participation'),
      relation_id: ids('relation'),
      statement_id: ids('statement'),
      figure_id: ids('figure'),
      negotiation_id: ids('negotiation'),
    };
    for (const span of rows.evidence) {
      const set = owners.filter((owner) => span[owner] !== null);
      expect(set).toHaveLength(1);
      expect(tableOf[set[0]!].has(span[set[0]!])).toBe(true);
    }
    for (const relation of rows.relation) {
      expect(tableOf.actor_id.has(relation.source_id)).toBe(true);
      expect(tableOf.actor_id.has(relation.target_id)).toBe(true);
      expect(relation.source_id).not.toBe(relation.target_id);
      expect(tableOf.attribution_id.has(relation.attribution_id)).toBe(true);
    }
    for (const participation of rows.participation) {
      expect(tableOf.event_id.has(participation.event_id)).toBe(true);
      expect(tableOf.actor_id.has(participation.actor_id)).toBe(true);
    }
  });

  it('has hubs: a few actors in a large share of the relations, most in a handful', () => {
    const degree = new Map<unknown, number>();
    for (const relation of rows.relation) {
      for (const end of [relation.source_id, relation.target_id]) degree.set(end, (degree.get(end) ?? 0) + 1);
    }
    const degrees = [...degree.values()].sort((a, b) => b - a);
    expect(degrees[0]! / (2 * SIZE.relations)).toBeGreaterThan(0.03);
    expect(degrees[Math.floor(degrees.length / 2)]!).toBeLessThan((2 * SIZE.relations) / SIZE.actors);
  });

  it('slugs are unique, and the slug rule holds', () => {
    const slugs = rows.actor.map((actor) => actor.slug as string);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});
