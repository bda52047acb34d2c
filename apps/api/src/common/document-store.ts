import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import type { DocumentNode } from 'graphql';

/**
 * The most query text whose parsed, validated documents are kept by default
 * (DOCUMENT_CACHE_CHARACTERS): 256 Ki characters. A parsed
 * document costs about 70 bytes of heap per character of its text (its AST plus the lexer's
 * tokens, which every node's location links to; measured on the fuzz suite's queries), so this
 * holds about 18 MB: every operation of the explorer and the playground's examples many times
 * over, while a client sending endless distinct queries cannot grow the heap past it.
 */
export const DOCUMENT_STORE_MAX_CHARACTERS = 256 * 1024;

/** What an entry counts for: its text's length, plus a little for the smallest documents' fixed cost. */
function documentSize(document: DocumentNode): number {
  return (document.loc?.source.body.length ?? 1000) + 100;
}

/**
 * Apollo Server's cache of parsed and validated documents, keyed by the query text's hash: a
 * repeated query skips parsing and validation. Apollo's default is bounded by 30 MiB of the
 * documents' JSON, which is about four times smaller than what they hold in the heap (a fuzz run
 * of distinct queries grew the heap by 130 MB before it evicted anything), and it serialises
 * every document it stores to measure it. This one measures the text, which costs nothing and
 * tracks the heap a document holds.
 */
export function createDocumentStore(maxCharacters: number): InMemoryLRUCache<DocumentNode> {
  return new InMemoryLRUCache<DocumentNode>({ maxSize: maxCharacters, sizeCalculation: documentSize });
}
