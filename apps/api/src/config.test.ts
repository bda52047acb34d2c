import { describe, expect, it } from 'vitest';
import { DOCUMENT_STORE_MAX_CHARACTERS } from './common/document-store.js';
import { loadConfig } from './config.js';

describe('loadConfig', () => {
  it('takes its bound from DOCUMENT_CACHE_CHARACTERS, 0 meaning no cache', () => {
    expect(loadConfig({}).documentCacheCharacters).toBe(DOCUMENT_STORE_MAX_CHARACTERS);
    expect(loadConfig({ DOCUMENT_CACHE_CHARACTERS: '0' }).documentCacheCharacters).toBe(0);
    expect(() => loadConfig({ DOCUMENT_CACHE_CHARACTERS: '-1' })).toThrow(/DOCUMENT_CACHE_CHARACTERS/);
  });
});
