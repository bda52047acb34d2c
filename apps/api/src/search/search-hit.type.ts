import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType } from '../common/connection.js';
import { Node } from '../common/node.interface.js';
import { Document } from '../document/document.entity.js';

/** What sort of thing a search hit is. The order is the tie-break between equally ranked hits. */
export enum SearchHitKind {
  ACTOR = 'ACTOR',
  EVENT = 'EVENT',
  RELATION = 'RELATION',
  STATEMENT = 'STATEMENT',
  FIGURE = 'FIGURE',
  DOCUMENT_TEXT = 'DOCUMENT_TEXT',
}

registerEnumType(SearchHitKind, {
  name: 'SearchHitKind',
  description: 'What sort of thing a search hit is, and so which of its words were searched.',
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

@ObjectType({ description: 'A short text to show for a search hit, with the words that matched marked.' })
export class SearchSnippet {
  @Field({
    description:
      'The words to show: the hit’s name, title, summary or quote, plus any other field that matched; for a document, part of the passage that matches ("…" where it is cut).',
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
  description: 'One thing a full-text search found: what it is, how well it matched, and which words did.',
})
export class SearchHit {
  @Field(() => SearchHitKind, { description: 'What sort of thing was found.' })
  kind!: SearchHitKind;

  @Field(() => Node, {
    description:
      'What was found: an Actor, Event, Relation, Statement, Figure, or for DOCUMENT_TEXT the Document (see `kind`).',
  })
  node!: Node;

  @Field(() => Float, {
    description:
      'How well it matched, higher is better: the database’s relevance (PostgreSQL ts_rank, SQLite bm25). Only the order within one answer means something; the scale differs between databases.',
  })
  rank!: number;

  @Field(() => [String], {
    description:
      'The words of this hit that matched the search, lower-case and without accents, in the order they first occur (a stemmed or prefix match gives the word as written: "declined" for "decline").',
  })
  matchedWords!: string[];

  @Field(() => SearchSnippet, { description: 'What to show for the hit, with the matched words marked.' })
  snippet!: SearchSnippet;

  @Field(() => SearchSpan, {
    nullable: true,
    description:
      'For DOCUMENT_TEXT: the passage (paragraph) of the text that matches best, to open the reader at; null for other kinds, and when only the title matched.',
  })
  span!: SearchSpan | null;
}

@ObjectType({ description: 'A page of search hits, best first (Relay cursor connection).' })
export class SearchHitConnection extends ConnectionType(SearchHit, 'search hits') {}
