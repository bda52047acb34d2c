import type { SearchResultKind } from '@parley/schema';
import type { SiteSearchQuery } from '../gql/graphql';

export type SiteSearchHit = SiteSearchQuery['search']['edges'][number];

/** What each kind of hit is called as a group of results, in the order groups are listed when tied. */
export const GROUP_LABELS: Record<SearchResultKind, string> = {
  ACTOR: 'Actors',
  EVENT: 'Events',
  RELATION: 'Relations',
  STATEMENT: 'Statements',
  FIGURE: 'Figures',
  DOCUMENT_TEXT: 'In the article text',
};

export interface HitGroup {
  kind: SearchResultKind;
  label: string;
  /** The group's hits in rank order, each with its place among all the options as shown. */
  hits: { hit: SiteSearchHit; position: number }[];
}

/**
 * The hits grouped by kind, each group where its best hit stands in the ranking (the API ranks
 * best first), the hits of a group in rank order; positions count the options top to bottom.
 */
export function groupHits(hits: readonly SiteSearchHit[]): HitGroup[] {
  const groups = new Map<SearchResultKind, HitGroup>();
  for (const hit of hits) {
    const group = groups.get(hit.kind) ?? { kind: hit.kind, label: GROUP_LABELS[hit.kind], hits: [] };
    group.hits.push({ hit, position: 0 });
    groups.set(hit.kind, group);
  }
  let position = 0;
  for (const group of groups.values()) for (const entry of group.hits) entry.position = position++;
  return [...groups.values()];
}

/** A reader deep link: the document, scrolled to and marking characters `start` to `end`. */
function readerAt(slug: string, start: number, end: number): string {
  return `/documents/${encodeURIComponent(slug)}#${start}-${end}`;
}

/**
 * Where a hit leads: an actor to its page; article text to the reader at the passage that
 * matched; any other fact to the reader at the first words of the source that support it.
 */
export function hitHref(hit: SiteSearchHit): string {
  const { node } = hit;
  switch (node.__typename) {
    case 'Actor':
      return `/actors/${encodeURIComponent(node.slug)}`;
    case 'Document':
      return hit.span
        ? readerAt(node.slug, hit.span.start, hit.span.end)
        : `/documents/${encodeURIComponent(node.slug)}`;
    case 'Event':
    case 'Relation':
    case 'Statement':
    case 'Figure': {
      const [evidence] = node.evidence;
      return evidence ? readerAt(evidence.document.slug, evidence.start, evidence.end) : '/documents';
    }
    default:
      return '/';
  }
}

/** A snippet cut into plain and marked pieces, for rendering the matched words as `<mark>`. */
export function snippetPieces({ text, highlights }: SiteSearchHit['snippet']): { text: string; marked: boolean }[] {
  const pieces: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const { start, end } of highlights) {
    if (start < at || end > text.length) continue;
    if (start > at) pieces.push({ text: text.slice(at, start), marked: false });
    pieces.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), marked: false });
  return pieces;
}
