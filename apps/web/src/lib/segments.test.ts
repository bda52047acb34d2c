import { describe, expect, it } from 'vitest';
import { parseSpanHash, segmentText } from './segments';

const text = 'Colombia criticized Maduro for blocking candidates.';

describe('segmentText', () => {
  it('leaves text without spans whole', () => {
    expect(segmentText(text, [])).toEqual([{ start: 0, end: text.length, text, spans: [] }]);
  });

  it('splits overlapping spans into segments covered by both', () => {
    const a = { start: 0, end: 26, data: 'criticized' };
    const b = { start: 20, end: 39, data: 'barred' };
    const segments = segmentText(text, [a, b]);
    expect(segments.map((s) => s.text)).toEqual(['Colombia criticized ', 'Maduro', ' for blocking', ' candidates.']);
    expect(segments.map((s) => s.spans.map((span) => span.data))).toEqual([
      ['criticized'],
      ['criticized', 'barred'],
      ['barred'],
      [],
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });

  it('handles nested and identical spans', () => {
    const outer = { start: 0, end: text.length, data: 'sentence' };
    const inner = { start: 9, end: 19, data: 'verb' };
    const twin = { start: 9, end: 19, data: 'verb again' };
    const segments = segmentText(text, [outer, inner, twin]);
    expect(segments.find((s) => s.text === 'criticized')?.spans.map((s) => s.data)).toEqual([
      'sentence',
      'verb',
      'verb again',
    ]);
    expect(segments).toHaveLength(3);
  });

  it('clips spans that run past the text', () => {
    expect(segmentText('abc', [{ start: 1, end: 99, data: 1 }]).map((s) => s.text)).toEqual(['a', 'bc']);
  });
});

describe('parseSpanHash', () => {
  it('reads #start-end', () => {
    expect(parseSpanHash('#20-26')).toEqual({ start: 20, end: 26 });
    expect(parseSpanHash('#26-20')).toBeNull();
    expect(parseSpanHash('#intro')).toBeNull();
  });
});
