import { describe, expect, it } from 'vitest';
import { groupHits, hitHref, snippetPieces, type SiteSearchHit } from './search-results';

function hit(
  kind: SiteSearchHit['kind'],
  node: SiteSearchHit['node'],
  extra: Partial<SiteSearchHit> = {},
): SiteSearchHit {
  return {
    cursor: `${kind}-${node.id}`,
    kind,
    node,
    matchedWords: [],
    snippet: { text: '', highlights: [] },
    span: null,
    ...extra,
  };
}

const evidence = (start: number, end: number) => [{ id: 'e', start, end, document: { id: 'd', slug: 'talks' } }];
const actor = hit('ACTOR', { __typename: 'Actor', id: 'a1', slug: 'nicolas-maduro' });
const statement = hit('STATEMENT', { __typename: 'Statement', id: 's1', evidence: evidence(10, 40) });
const otherStatement = hit('STATEMENT', { __typename: 'Statement', id: 's2', evidence: [] });
const text = hit(
  'DOCUMENT_TEXT',
  { __typename: 'Document', id: 'd', slug: 'talks' },
  { span: { start: 100, end: 250 } },
);

describe('groupHits', () => {
  it('groups by kind where each group’s best hit ranks, numbering options top to bottom', () => {
    const groups = groupHits([statement, actor, otherStatement, text]);
    expect(groups.map((group) => group.label)).toEqual(['Statements', 'Actors', 'In the article text']);
    expect(groups.map((group) => group.hits.map((entry) => [entry.hit.node.id, entry.position]))).toEqual([
      [
        ['s1', 0],
        ['s2', 1],
      ],
      [['a1', 2]],
      [['d', 3]],
    ]);
  });
});

describe('hitHref', () => {
  it('opens an actor’s page, and the reader at the passage or the fact’s first evidence', () => {
    expect(hitHref(actor)).toBe('/actors/nicolas-maduro');
    expect(hitHref(text)).toBe('/documents/talks#100-250');
    expect(hitHref(statement)).toBe('/documents/talks#10-40');
    expect(hitHref(otherStatement)).toBe('/documents');
  });
});

describe('snippetPieces', () => {
  it('cuts the snippet into plain and marked pieces that join back into it', () => {
    const snippet = { text: 'The US declined to comment.', highlights: [{ start: 7, end: 15 }] };
    const pieces = snippetPieces(snippet);
    expect(pieces).toEqual([
      { text: 'The US ', marked: false },
      { text: 'declined', marked: true },
      { text: ' to comment.', marked: false },
    ]);
    expect(pieces.map((piece) => piece.text).join('')).toBe(snippet.text);
  });

  it('ignores ranges that overlap or run past the text', () => {
    const snippet = {
      text: 'oil revenues',
      highlights: [
        { start: 0, end: 3 },
        { start: 1, end: 2 },
        { start: 4, end: 99 },
      ],
    };
    expect(
      snippetPieces(snippet)
        .map((piece) => piece.text)
        .join(''),
    ).toBe('oil revenues');
    expect(snippetPieces(snippet).filter((piece) => piece.marked)).toEqual([{ text: 'oil', marked: true }]);
  });
});
