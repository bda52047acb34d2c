import type { EntityManager } from '@mikro-orm/core';
import type { NodeEntity } from '../common/node.entity.js';
import { Document } from '../document/document.entity.js';
import { SearchResultEdge, SearchResultKind, SearchSnippet, SearchSpan, TextRange } from './search-result.type.js';
import { bestPassage, fieldSnippet, markedWords, passageSnippet, unmark, type Snippet } from './search-snippet.js';
import type { SearchSource } from './search-sources.js';
import type { RankedHit, searchDialect } from './search.service.js';

type SearchDialect = ReturnType<typeof searchDialect>;

function toSearchSnippet({ text, highlights }: Snippet): SearchSnippet {
  return Object.assign(new SearchSnippet(), {
    text,
    highlights: highlights.map((range) => Object.assign(new TextRange(), range)),
  });
}

/** What a document hit shows: the passage of its text that matches best, or its title when only that matched. */
function documentParts(
  document: Document,
  marked: string[],
  words: string[],
): { snippet: Snippet; span: SearchSpan | null } {
  const { text, marks } = unmark(marked[1] ?? '');
  // The marks index the text as the database returned it; it must be the stored text itself.
  const passage = text === document.text ? bestPassage(text, marks) : null;
  if (!passage) return { snippet: fieldSnippet([document.title], words), span: null };
  const span = Object.assign(new SearchSpan(), { document, start: passage.start, end: passage.end });
  return { snippet: passageSnippet(text, passage), span };
}

/**
 * The results of a ranked page, in its order, each with the cursor `cursorOf` makes for it: each entity loaded (one query per kind), and its
 * matched words taken from the database's own marking of the indexed text (one query per kind),
 * so that stemming and accents are judged exactly as the index judged them.
 */
export async function searchResults(
  em: EntityManager,
  dialect: SearchDialect,
  page: RankedHit[],
  cursorOf: (hit: RankedHit) => string,
): Promise<SearchResultEdge[]> {
  const bySource = new Map<SearchSource, number[]>();
  for (const hit of page) bySource.set(hit.source, [...(bySource.get(hit.source) ?? []), hit.id]);
  const loaded = new Map<SearchSource, { entities: Map<number, NodeEntity<string>>; marked: Map<number, string[]> }>();
  await Promise.all(
    [...bySource].map(async ([source, ids]) => {
      const [entities, marked] = await Promise.all([
        em.find(source.entity, { id: { $in: ids } }),
        dialect.markedColumns(source, ids),
      ]);
      loaded.set(source, { entities: new Map(entities.map((entity) => [entity.id, entity])), marked });
    }),
  );
  return page.flatMap((hit) => {
    const found = loaded.get(hit.source);
    const entity = found?.entities.get(hit.id);
    // Deleted between the ranking and the loading.
    if (!found || !entity) return [];
    const marked = found.marked.get(hit.id) ?? [];
    const words = markedWords(marked);
    const parts =
      hit.source.kind === SearchResultKind.DOCUMENT_TEXT && entity instanceof Document
        ? documentParts(entity, marked, words)
        : { snippet: fieldSnippet(hit.source.shown(entity), words), span: null };
    const edge = Object.assign(new SearchResultEdge(), {
      cursor: cursorOf(hit),
      kind: hit.source.kind,
      node: entity,
      rank: hit.rank,
      matchedWords: words,
      snippet: toSearchSnippet(parts.snippet),
      span: parts.span,
    });
    return [edge];
  });
}
