import { Link } from 'react-router';
import { readerHref } from './links';

export interface EvidenceValue {
  start: number;
  end: number;
  quote: string;
  document: { slug: string };
}

export interface AttributionValue {
  kind: string;
  text?: string | null;
  source?: { slug: string; name: string } | null;
}

const ATTRIBUTION_KIND = {
  REPORTED: 'reported by',
  NAMED_SOURCE: 'according to',
  ANONYMOUS_SOURCES: 'anonymous sources',
} as const;

/** "Says who": the publication, a named source, or the words used for anonymous ones. */
export function AttributionLabel({ attribution }: { attribution: AttributionValue | null | undefined }) {
  if (!attribution) return null;
  const lead = ATTRIBUTION_KIND[attribution.kind as keyof typeof ATTRIBUTION_KIND] ?? attribution.kind;
  return (
    <span className="attribution">
      <span className="attribution-kind">Says who: {lead}</span>{' '}
      {attribution.source ? <Link to={`/actors/${attribution.source.slug}`}>{attribution.source.name}</Link> : null}
      {attribution.text && attribution.kind !== 'REPORTED' ? (
        <q className="attribution-words">{attribution.text}</q>
      ) : null}
    </span>
  );
}

/** The quoted words behind a fact, each linking to its place in the reader. */
export function EvidenceQuotes({ evidence }: { evidence: EvidenceValue[] }) {
  if (!evidence.length) return null;
  return (
    <ul className="evidence">
      {evidence.map((span) => (
        <li key={`${span.document.slug}:${span.start}-${span.end}`}>
          <Link
            to={readerHref(span.document.slug, span.start, span.end)}
            className="evidence-quote"
            title="Show in the article"
          >
            <q>{span.quote}</q>
            <span className="sr-only"> (show in the article)</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
