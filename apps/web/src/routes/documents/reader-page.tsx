import { useQuery } from '@apollo/client/react';
import { type RelationCategory } from '@parley/schema';
import { useEffect, useMemo, useState, type ReactElement } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { formatDay } from '../../lib/partial-date';
import { parseSpanHash, segmentText, type Segment } from '../../lib/segments';
import { CATEGORIES, CATEGORY_ORDER, categoryColor, kindLabel } from '../../ui/category';
import { HighlightedText } from './highlighted-text';
import { ActorLink } from '../../ui/links';
import { PageTitle } from '../../ui/page-title';
import { ErrorState, LoadingState } from '../../ui/states';
import { NotFoundPage } from '../not-found-page';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { type ReaderQuery as ReaderData } from '../../gql/graphql';

export const FactLine_fact = graphql(`
  fragment FactLine_fact on Node {
    __typename
    id
    ... on Relation {
      relationKind: kind
      category
      summary
      source {
        id
        slug
        name
      }
      target {
        id
        slug
        name
      }
    }
    ... on Event {
      slug
      title
    }
    ... on Participation {
      role
      actor {
        id
        slug
        name
      }
      event {
        id
        slug
        title
      }
    }
    ... on Position {
      title
      acting
      holder {
        id
        slug
        name
      }
    }
    ... on Statement {
      statementKind: kind
      text
      speaker {
        id
        slug
        name
      }
    }
    ... on Figure {
      summary
    }
    ... on Negotiation {
      title
    }
    ... on Attribution {
      attributionKind: kind
      text
    }
    ... on Actor {
      slug
      name
    }
  }
`);

export const ReaderQuery = graphql(`
  query ReaderQuery($slug: String!, $after: String) {
    document(slug: $slug) {
      id
      slug
      title
      text
      publishedAt
      publisher {
        id
        slug
        name
      }
      contributors {
        id
        slug
        name
      }
      evidenceConnection(first: 100, after: $after) {
        edges {
          cursor
          node {
            id
            start
            end
            quote
            supports {
              __typename
              id
              ... on Relation {
                category
              }
              ...FactLine_fact
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

type SpanData = NonNullable<ReaderData['document']>['evidenceConnection']['edges'][number]['node'];

/** Which category colours a passage that supports relations of several: the most forceful. */
const SEVERITY: Record<RelationCategory, number> = { COERCION: 0, PRESSURE: 1, SUPPORT: 2, DIPLOMACY: 3 };

/** The category a highlighted run is coloured by: the strongest relation it supports, if any. */
function segmentCategory(segment: Segment<SpanData>): RelationCategory | null {
  const categories = segment.spans.flatMap((span) =>
    span.data.supports.__typename === 'Relation' ? [span.data.supports.category] : [],
  );
  return categories.sort((a, b) => SEVERITY[a] - SEVERITY[b])[0] ?? null;
}

/** One fact a passage supports, in a line. */
function FactLine(props: { fact: FragmentType<typeof FactLine_fact> }): ReactElement | null {
  const fact = getFragmentData(FactLine_fact, props.fact);
  switch (fact.__typename) {
    case 'Relation':
      return (
        <>
          <span className="swatch" style={{ background: categoryColor(fact.category) }} aria-hidden="true" />{' '}
          <ActorLink actor={fact.source} /> {kindLabel(fact.relationKind)} <ActorLink actor={fact.target} /> —{' '}
          {fact.summary}
        </>
      );
    case 'Event':
      return (
        <>
          Event: <Link to={`/timeline#${fact.slug}`}>{fact.title}</Link>
        </>
      );
    case 'Participation':
      return (
        <>
          <ActorLink actor={fact.actor} /> at <Link to={`/timeline#${fact.event.slug}`}>{fact.event.title}</Link>
          {fact.role ? ` — ${fact.role}` : ''}
        </>
      );
    case 'Position':
      return (
        <>
          Position: <ActorLink actor={fact.holder} />, {fact.acting ? 'acting ' : ''}
          {fact.title}
        </>
      );
    case 'Statement':
      return (
        <>
          Statement ({kindLabel(fact.statementKind)}) by <ActorLink actor={fact.speaker} />
          {fact.text ? `: ${fact.text}` : ''}
        </>
      );
    case 'Figure':
      return <>Figure: {fact.summary}</>;
    case 'Negotiation':
      return <>Negotiation: {fact.title}</>;
    case 'Attribution':
      return (
        <>
          Attribution ({kindLabel(fact.attributionKind)}){fact.text ? `: “${fact.text}”` : ''}
        </>
      );
    case 'Actor':
      return (
        <>
          Names <ActorLink actor={fact} />
        </>
      );
    case 'Document':
    case 'Evidence':
      // Evidence never supports a whole document, nor other evidence (see Evidence.supports in the schema).
      return null;
  }
}

/** The reader, started afresh for each document: a passage picked in one means nothing in another. */
export function ReaderPage() {
  const { slug = '' } = useParams();
  return <Reader key={slug} slug={slug} />;
}

function Reader({ slug }: { slug: string }) {
  const { hash } = useLocation();
  // One object per deep link (`#start-end`), so that what depends on it runs once per link.
  const target = useMemo(() => parseSpanHash(hash), [hash]);
  const { data, loading, error, refetch, fetchMore } = useQuery(ReaderQuery, { variables: { slug } });
  const document = data?.document;
  // The reader shows every span of the document: it pages through them all, the cache merging
  // each page into the list, and shows the text once the last page is in.
  const evidence = document?.evidenceConnection;
  const complete = !evidence?.pageInfo.hasNextPage;
  useEffect(() => {
    if (evidence?.pageInfo.hasNextPage) void fetchMore({ variables: { after: evidence.pageInfo.endCursor } });
  }, [evidence, fetchMore]);
  const spans = useMemo(
    () =>
      complete
        ? (evidence?.edges.map(({ node: span }) => ({ start: span.start, end: span.end, data: span })) ?? [])
        : [],
    [evidence, complete],
  );
  const segments = useMemo(() => (document ? segmentText(document.text, spans) : []), [document, spans]);

  // The passage whose facts the panel shows, by where it starts: the one the reader last pointed
  // at, or the deep link's when the text arrives or the link changes. Adjusted while rendering, so
  // the panel never paints the passage it is about to replace.
  const [activeStart, setActiveStart] = useState<number | null>(null);
  const [opened, setOpened] = useState<{ target: typeof target; segments: typeof segments } | null>(null);
  if (!opened || opened.target !== target || opened.segments !== segments) {
    setOpened({ target, segments });
    if (target && segments.length) {
      const linked = segments.find(
        (segment) => segment.start >= target.start && segment.end <= target.end && segment.spans.length,
      );
      setActiveStart(linked?.start ?? null);
    }
  }
  const active = segments.find((segment) => segment.start === activeStart) ?? null;

  // Bring the deep link's passage into view once its text is on the page.
  useEffect(() => {
    if (!target || !segments.length) return;
    const element =
      window.document.querySelector(`[data-start="${target.start}"]`) ?? window.document.querySelector('mark.target');
    element?.scrollIntoView({ block: 'center' });
  }, [segments, target]);

  if (error) return <ErrorState error={error} retry={() => void refetch()} />;
  if ((loading && !data) || !complete) return <LoadingState what="Loading the document" />;
  if (!document) {
    return (
      <NotFoundPage title="No such document">
        <p>
          No document is called “{slug}”. See the <Link to="/documents">list of documents</Link>.
        </p>
      </NotFoundPage>
    );
  }

  const facts = active
    ? [...new Map(active.spans.map((span) => [span.data.supports.id, span.data.supports])).values()]
    : [];

  return (
    <div className="reader-page">
      <PageTitle>{document.title}</PageTitle>
      <header>
        <h1>{document.title}</h1>
        <p className="muted">
          {document.publisher?.name}
          {document.publishedAt ? `, ${formatDay(document.publishedAt)}` : ''}
          {document.contributors.length ? ` — with ${document.contributors.map((c) => c.name).join(', ')}` : ''} ·{' '}
          {spans.length} evidence spans
        </p>
        <ul className="legend" aria-label="Highlight colours">
          {CATEGORY_ORDER.map((category) => (
            <li
              key={category}
              className={`legend-sample span-${category.toLowerCase()}`}
              style={{ borderBottomColor: categoryColor(category) }}
            >
              {CATEGORIES[category].label}
            </li>
          ))}
          <li className="legend-sample span-fact">Other facts: names, titles, events, statements, figures, sources</li>
        </ul>
      </header>
      <a className="skip-link" href="#facts-panel">
        Skip past the highlighted passages
      </a>
      <div className="reader-layout">
        <HighlightedText
          text={document.text}
          spans={spans}
          categoryOf={segmentCategory}
          target={target}
          activeStart={active?.start}
          onActivate={(segment) => setActiveStart(segment.start)}
        />
        <aside
          id="facts-panel"
          tabIndex={-1}
          className="side-panel"
          aria-live="polite"
          aria-label="Facts supported by the highlighted words"
        >
          {active ? (
            <>
              <h2>What these words support</h2>
              <blockquote>{active.text}</blockquote>
              <ul className="facts-list">
                {facts.map((fact) => (
                  <li key={fact.id}>
                    <FactLine fact={fact} />
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p className="muted">Hover, focus or click a highlighted passage to see the facts it supports.</p>
          )}
        </aside>
      </div>
    </div>
  );
}
