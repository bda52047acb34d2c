import { skipToken, useQuery } from '@apollo/client/react';
import { ActorPicker } from '../../ui/actor-picker';
import { kindLabel } from '../../ui/category';
import { EvidenceQuotes } from '../../ui/evidence';
import { ActorLink } from '../../ui/links';
import { PageTitle } from '../../ui/page-title';
import { EmptyState, ErrorState, LoadingState } from '../../ui/states';
import { useUrlControls } from '../../ui/url-controls';
import { graphql } from '../../gql';
import { type PathsPageQuery as PathsPageData } from '../../gql/graphql';

export const PathsPageQuery = graphql(`
  query PathsPageQuery($from: String!, $to: String!, $maxLength: Int) {
    paths(from: $from, to: $to, maxLength: $maxLength) {
      length
      steps {
        from {
          id
          slug
          name
        }
        to {
          id
          slug
          name
        }
        via {
          __typename
          id
          ... on Relation {
            kind
            category
            summary
            source {
              id
              slug
            }
            evidence {
              id
              ...EvidenceQuotes_evidence
            }
          }
          ... on Position {
            title
            acting
            holder {
              id
              slug
            }
            evidence {
              id
              ...EvidenceQuotes_evidence
            }
          }
          ... on Event {
            slug
            title
            evidence {
              id
              ...EvidenceQuotes_evidence
            }
          }
        }
      }
    }
  }
`);

const MAX_LENGTHS = [1, 2, 3, 4, 5, 6];

type Via = PathsPageData['paths'][number]['steps'][number]['via'];

function ViaLabel({ via, fromSlug }: { via: Via; fromSlug: string }) {
  switch (via.__typename) {
    case 'Relation':
      return (
        <>
          {via.source.slug === fromSlug ? kindLabel(via.kind) : `was ${kindLabel(via.kind)} by`} — {via.summary}
        </>
      );
    case 'Position':
      return (
        <>
          {via.holder.slug === fromSlug ? 'holds' : 'has as'} {via.acting ? 'acting ' : ''}
          {via.title}
        </>
      );
    case 'Event':
      return <>both at {via.title}</>;
    default:
      return null;
  }
}

export function PathsPage() {
  const [params, update] = useUrlControls();
  const from = params.get('from');
  const to = params.get('to');
  // The same choices as the select below; anything else in a hand-edited URL falls back to 4.
  const maxLength = MAX_LENGTHS.find((n) => String(n) === params.get('max')) ?? 4;
  const set = (key: string, value: string | null) => update({ [key]: value }, { replace: true });
  const ends = from && to && from !== to ? { from, to } : null;
  const ready = ends !== null;
  const { data, loading, error, refetch } = useQuery(
    PathsPageQuery,
    ends ? { variables: { ...ends, maxLength } } : skipToken,
  );

  return (
    <div className="paths-page">
      <PageTitle>Paths</PageTitle>
      <h1>Paths</h1>
      <p className="muted">
        How does one actor connect to another? Through relations, positions (holder and organisation) and events both
        attended — every hop with its evidence.
      </p>
      <form className="filters" onSubmit={(event) => event.preventDefault()}>
        <ActorPicker label="From" value={from} onChange={(slug) => set('from', slug)} />
        <ActorPicker label="To" value={to} onChange={(slug) => set('to', slug)} />
        <label>
          At most
          <select value={maxLength} onChange={(event) => set('max', event.target.value)}>
            {MAX_LENGTHS.map((n) => (
              <option key={n} value={n}>
                {n} {n === 1 ? 'hop' : 'hops'}
              </option>
            ))}
          </select>
        </label>
      </form>
      {!ready ? (
        <EmptyState>Pick two different actors — for example Gustavo Petro and Maria Corina Machado.</EmptyState>
      ) : null}
      {ready && loading ? <LoadingState what="Finding paths" /> : null}
      {error ? <ErrorState error={error} retry={() => void refetch()} /> : null}
      {data && data.paths.length === 0 ? (
        <EmptyState>No connection within {maxLength} hops. Allow more hops.</EmptyState>
      ) : null}
      {data ? (
        <ol className="paths">
          {data.paths.map((path, index) => (
            <li key={index} className="card path">
              <h2>
                {path.length} {path.length === 1 ? 'hop' : 'hops'}:{' '}
                {path.steps
                  .flatMap((step, i) => (i === 0 ? [step.from, step.to] : [step.to]))
                  .map((actor) => actor.name)
                  .join(' → ')}
              </h2>
              <ol className="steps">
                {path.steps.map((step, i) => (
                  <li key={i}>
                    <ActorLink actor={step.from} /> → <ActorLink actor={step.to} />:{' '}
                    <ViaLabel via={step.via} fromSlug={step.from.slug} />
                    {'evidence' in step.via ? <EvidenceQuotes evidence={step.via.evidence} /> : null}
                  </li>
                ))}
              </ol>
            </li>
          ))}
        </ol>
      ) : null}
    </div>
  );
}
