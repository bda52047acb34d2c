import { type AttributionKind } from '@parley/schema';
import { Link } from 'react-router';
import { readerHref } from './links';
import { getFragmentData, graphql, type FragmentType } from '../gql';

export const AttributionLabel_attribution = graphql(`
  fragment AttributionLabel_attribution on Attribution {
    id
    kind
    text
    source {
      id
      slug
      name
    }
  }
`);

export const EvidenceQuotes_evidence = graphql(`
  fragment EvidenceQuotes_evidence on Evidence {
    id
    start
    end
    quote
    document {
      id
      slug
    }
  }
`);

const ATTRIBUTION_LEAD: Record<AttributionKind, string> = {
  REPORTED: 'reported by',
  NAMED_SOURCE: 'according to',
  ANONYMOUS_SOURCES: 'anonymous sources',
};

/** "Says who": the publication, a named source, or the words used for anonymous ones. */
export function AttributionLabel(props: {
  attribution: FragmentType<typeof AttributionLabel_attribution> | null | undefined;
}) {
  const attribution = getFragmentData(AttributionLabel_attribution, props.attribution);
  if (!attribution) return null;
  return (
    <span className="attribution">
      <span className="attribution-kind">Says who: {ATTRIBUTION_LEAD[attribution.kind]}</span>{' '}
      {attribution.source ? <Link to={`/actors/${attribution.source.slug}`}>{attribution.source.name}</Link> : null}
      {attribution.text && attribution.kind !== 'REPORTED' ? (
        <q className="attribution-words">{attribution.text}</q>
      ) : null}
    </span>
  );
}

/** The quoted words behind a fact, each linking to its place in the reader. */
export function EvidenceQuotes(props: { evidence: readonly FragmentType<typeof EvidenceQuotes_evidence>[] }) {
  const evidence = getFragmentData(EvidenceQuotes_evidence, props.evidence);
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
