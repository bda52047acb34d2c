import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../common/connection.js';
import { Node } from '../common/node.interface.js';
import { Document } from '../document/document.entity.js';

/** What sort of thing a search result is. The order is the tie-break between equally ranked results. */
export enum SearchResultKind {
  ACTOR = 'ACTOR',
  EVENT = 'EVENT',
  RELATION = 'RELATION',
  STATEMENT = 'STATEMENT',
  FIGURE = 'FIGURE',
  DOCUMENT_TEXT = 'DOCUMENT_TEXT',
}

registerEnumType(SearchResultKind, {
  name: 'SearchResultKind',
  description: 'What sort of thing a search result is, and so which of its words were searched.',
  valuesConfig: {
    ACTOR: { description: 'An actor, found by its name, aliases or slug; `node` is the Actor.' },
    EVENT: { description: 'An event, found by its title, summary or place; `node` is the Event.' },
    RELATION: { description: 'A relation, found by its summary, demand or lever; `node` is the Relation.' },
    STATEMENT: { description: 'A statement, found by what was said or where; `node` is the Statement.' },
    FIGURE: { description: 'A figure, found by its summary, measure or condition; `node` is the Figure.' },
    DOCUMENT_TEXT: {
      description: 'The text of a document (or its title); `node` is the Document and `span` the passage that matches.',
    },
  },
});

@ObjectType({ description: 'A range of characters in a string: `text.slice(start, end)`, in UTF-16 code units.' })
export class TextRange {
  @Field(() => Int, { description: 'Offset of the first character.' })
  start!: number;

  @Field(() => Int, { description: 'Offset just past the last character (exclusive).' })
  end!: number;
}

@ObjectType({ description: 'A short text to show for a search result, with the words that matched marked.' })
export class SearchSnippet {
  @Field({
    description:
      'The words to show: the result’s name, title, summary or quote, plus any other field that matched; for a document, part of the passage that matches ("…" where it is cut).',
  })
  text!: string;

  @Field(() => [TextRange], { description: 'Where the matched words stand in `text`, in order, not overlapping.' })
  highlights!: TextRange[];
}

@ObjectType({ description: 'A passage of a document’s text, by character offsets, for opening a reader there.' })
export class SearchSpan {
  @Field(() => Document, { description: 'The document the passage is in.' })
  document!: Document;

  @Field(() => Int, {
    description: 'Offset of the passage’s first character in the document text (UTF-16 code units).',
  })
  start!: number;

  @Field(() => Int, { description: 'Offset just past the passage’s last character (exclusive).' })
  end!: number;
}

@ObjectType({
  description:
    'One thing a full-text search found, with its cursor: what it is (`node`, `kind`), how well it matched and which words did.',
})
export class SearchResultEdge {
  @Field({ description: 'Opaque cursor of this result; pass it as `after` to continue after it.' })
  cursor!: string;

  @Field(() => SearchResultKind, { description: 'What sort of thing was found.' })
  kind!: SearchResultKind;

  @Field(() => Node, {
    description:
      'What was found: an Actor, Event, Relation, Statement, Figure, or for DOCUMENT_TEXT the Document (see `kind`).',
  })
  node!: Node;

  @Field(() => Float, {
    description:
      'How well it matched, higher is better: the database’s relevance (PostgreSQL ts_rank, SQLite bm25), weighted by kind. Only the order within one answer means something; the scale differs between databases.',
  })
  rank!: number;

  @Field(() => [String], {
    description:
      'The words of this result that matched the search, lower-case and without accents, in the order they first occur (a stemmed or prefix match gives the word as written: "declined" for "decline").',
  })
  matchedWords!: string[];

  @Field(() => SearchSnippet, { description: 'What to show for the result, with the matched words marked.' })
  snippet!: SearchSnippet;

  @Field(() => SearchSpan, {
    nullable: true,
    description:
      'For DOCUMENT_TEXT: the passage (paragraph) of the text that matches best, to open the reader at; null for other kinds, and when only the title matched.',
  })
  span!: SearchSpan | null;
}

@ObjectType({ description: 'A page of search results, best first (Relay cursor connection).' })
export class SearchResultConnection {
  @Field(() => [SearchResultEdge], {
    description: 'The results of this page, best first, each with its cursor and how it matched.',
  })
  edges!: SearchResultEdge[];

  @Field(() => [Node], { description: 'What the results of this page found, best first, without the rest.' })
  nodes!: Node[];

  @Field(() => PageInfo, { description: 'Where this page sits in the whole list.' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'How many results match, across all pages.' })
  totalCount!: number;
}
