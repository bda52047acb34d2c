import { describe, expect, it } from 'vitest';
import { neighbourhood } from './neighbourhood';

const edge = (id: string, source: string, target: string) => ({
  id,
  source: { slug: source },
  target: { slug: target },
});
const relations = [
  edge('1', 'us', 'neighbors'),
  edge('2', 'neighbors', 'maduro'),
  edge('3', 'colombia', 'maduro'),
  edge('4', 'maduro', 'machado'),
];
const ids = (list: { id: string }[]) => list.map((r) => r.id);

describe('neighbourhood', () => {
  it('follows both directions one hop', () => {
    expect(ids(neighbourhood(relations, 'maduro', 1, 'BOTH'))).toEqual(['2', '3', '4']);
  });
  it('follows only incoming edges', () => {
    expect(ids(neighbourhood(relations, 'maduro', 1, 'INCOMING'))).toEqual(['2', '3']);
    expect(ids(neighbourhood(relations, 'maduro', 2, 'INCOMING'))).toEqual(['1', '2', '3']);
  });
  it('follows only outgoing edges two hops', () => {
    expect(ids(neighbourhood(relations, 'us', 2, 'OUTGOING'))).toEqual(['1', '2']);
  });
});
