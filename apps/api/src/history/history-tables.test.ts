import { describe, expect, it } from 'vitest';
import { writtenBack, type RecordedTable } from './history-tables.js';

const table = (versionColumn?: string): RecordedTable => ({
  entity: 'Actor',
  table: 'actor',
  codecs: new Map(),
  rank: 1,
  references: [],
  ...(versionColumn ? { versionColumn } : {}),
});

describe('a row a revert writes back', () => {
  it('takes the version after the current one, not its old one', () => {
    const before = { id: 3, name: 'Old name', version: 2 };
    const current = { id: 3, name: 'New name', version: 5 };
    expect(writtenBack(table('version'), before, current)).toEqual({ id: 3, name: 'Old name', version: 6 });
  });

  it('is the recorded row as it was where the entity has no version', () => {
    const before = { id: 3, name: 'Old name' };
    expect(writtenBack(table(), before, { id: 3, name: 'New name' })).toEqual(before);
  });
});
