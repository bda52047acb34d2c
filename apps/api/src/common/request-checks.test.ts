import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { checkInputStrings, MAX_SLUG_LENGTH, MAX_STRING_LENGTH } from './request-checks.js';

describe('checkInputStrings', () => {
  const document = parse(
    'query ($slug: String!, $text: String = "ok") { actor(slug: $slug) { name } search(text: $text) { __typename } }',
  );

  it('checks each request by its own variables, the same parsed document reused', () => {
    // The document's findings are kept between requests: only the variables differ.
    expect(checkInputStrings(document, { slug: 'fine' })).toBeUndefined();
    const long = checkInputStrings(document, { slug: 'x'.repeat(MAX_SLUG_LENGTH + 1) });
    expect(long?.message).toBe(`"slug" is limited to ${MAX_SLUG_LENGTH} characters, got ${MAX_SLUG_LENGTH + 1}.`);
    expect(long?.extensions.code).toBe('BAD_USER_INPUT');
    expect(checkInputStrings(document, { slug: 'fine', text: 'a\0b' })?.message).toBe(
      '"text" contains a NUL character or an unpaired surrogate.',
    );
    expect(checkInputStrings(document, { slug: 'fine' })).toBeUndefined();
  });

  it('refuses a bad literal on every request, and a variable no argument uses', () => {
    const literal = parse('{ actor(slug: "a\\u0000b") { name } }');
    for (let request = 0; request < 2; request += 1) {
      expect(checkInputStrings(literal, undefined)?.message).toBe(
        '"slug" contains a NUL character or an unpaired surrogate.',
      );
    }
    expect(checkInputStrings(document, { slug: 'fine', unused: ['x'.repeat(MAX_STRING_LENGTH + 1)] })?.message).toBe(
      `Variable "$unused" is limited to ${MAX_STRING_LENGTH} characters, got ${MAX_STRING_LENGTH + 1}.`,
    );
  });

  it('applies the limit it is given to the same document', () => {
    const text = 'y'.repeat(MAX_STRING_LENGTH + 1);
    expect(checkInputStrings(document, { slug: 'fine', text })).toBeDefined();
    expect(checkInputStrings(document, { slug: 'fine', text }, 100_000)).toBeUndefined();
  });
});
