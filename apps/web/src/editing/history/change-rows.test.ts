import { describe, expect, it } from 'vitest';
import { changedFields, rowSentence, valueText } from './change-rows';

describe('a change row in words', () => {
  it('lists the fields an update changed, before and after, without the version and search columns', () => {
    const row = {
      entityType: 'Relation',
      operation: 'UPDATE',
      before: { id: 4, version: 1, summary: 'Pressed for a vote.', demand: null, search_text: 'a', source_id: 2 },
      after: { id: 4, version: 2, summary: 'Urged a vote.', demand: 'a fair vote', search_text: 'b', source_id: 2 },
    };
    expect(changedFields(row)).toEqual([
      { field: 'summary', before: 'Pressed for a vote.', after: 'Urged a vote.' },
      { field: 'demand', before: '(none)', after: 'a fair vote' },
    ]);
    expect(rowSentence(row)).toBe('Relation changed');
  });

  it('names a created or deleted row by its name, title or words, and evidence by its offsets', () => {
    expect(rowSentence({ entityType: 'Actor', operation: 'CREATE', before: null, after: { name: 'Venezuela' } })).toBe(
      'Actor created: Venezuela',
    );
    expect(
      rowSentence({ entityType: 'Evidence', operation: 'DELETE', before: { start: 3, end: 9 }, after: null }),
    ).toBe('Evidence deleted: characters 3–9');
  });

  it('cuts long values short and counts lists', () => {
    expect(valueText('x'.repeat(500))).toHaveLength(140);
    expect(valueText(['a', 'b'])).toBe('2 items');
  });
});
