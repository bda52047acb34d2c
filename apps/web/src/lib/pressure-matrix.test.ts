import type { RelationCategory, RelationKind } from '@parley/schema';
import { describe, expect, it } from 'vitest';
import { buildPressureMatrix } from './pressure-matrix';

const actor = (slug: string) => ({ slug, name: slug[0]!.toUpperCase() + slug.slice(1) });
const relation = (id: string, kind: RelationKind, category: RelationCategory, source: string, target: string) => ({
  id,
  kind,
  category,
  source: actor(source),
  target: actor(target),
});

describe('buildPressureMatrix', () => {
  const matrix = buildPressureMatrix([
    relation('1', 'CRITICIZED', 'PRESSURE', 'colombia', 'maduro'),
    relation('2', 'BARRED', 'COERCION', 'maduro', 'machado'),
    relation('3', 'URGED', 'PRESSURE', 'us', 'neighbors'),
    relation('4', 'PRESSURED', 'PRESSURE', 'neighbors', 'maduro'),
    relation('5', 'CRITICIZED', 'PRESSURE', 'colombia', 'maduro'),
    relation('6', 'MET_WITH', 'DIPLOMACY', 'petro', 'maduro'),
  ]);

  it('keeps only pressure and coercion', () => {
    expect(matrix.sources.map((a) => a.slug)).not.toContain('petro');
    expect(matrix.cell('petro', 'maduro')).toBeUndefined();
  });

  it('lists each pair once with its distinct kinds and every relation', () => {
    const cell = matrix.cell('colombia', 'maduro');
    expect(cell?.kinds).toEqual(['CRITICIZED']);
    expect(cell?.relations.map((r) => r.id)).toEqual(['1', '5']);
  });

  it('orders rows and columns by activity, then name', () => {
    expect(matrix.sources.map((a) => a.slug)).toEqual(['colombia', 'maduro', 'neighbors', 'us']);
    expect(matrix.targets[0]?.slug).toBe('maduro');
  });
});
