import { describe, expect, it } from 'vitest';
import { stringifyWithin } from './response-size.js';

/** What Apollo Server sends for a result: its fields in this order, then a newline. */
const asApolloWrites = (result: object) => {
  const { errors, data, extensions } = result as Record<string, unknown>;
  return JSON.stringify({ errors, data, extensions }) + '\n';
};

describe('stringifyWithin', () => {
  const results = [
    { data: { actors: { nodes: [{ slug: 'gustavo-petro', name: 'Gustavo Petro' }] }, empty: null } },
    { data: { text: 'Ñandú “quoted” 🕊️ \u2028 and "escapes"\n', missing: undefined }, extensions: { cost: 3 } },
    { errors: [{ message: 'No', extensions: { code: 'X' } }], data: null },
    { errors: [{ message: 'Only errors' }] },
    { data: {} },
  ];

  it.each(results)('writes exactly what Apollo Server would, and refuses one byte less', (result) => {
    const expected = asApolloWrites(result);
    const bytes = Buffer.byteLength(expected);
    expect(stringifyWithin(result, bytes)).toBe(expected);
    expect(stringifyWithin(result, bytes - 1)).toBeUndefined();
  });

  it('gives up on a huge answer without building it whole', () => {
    const row = { slug: 'x'.repeat(100) };
    const huge = { data: { a: [row], b: Array.from({ length: 100_000 }, () => row) } };
    expect(stringifyWithin(huge, 1000)).toBeUndefined();
  });
});
