import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { AttributionLabel, EvidenceQuotes } from '../../ui/evidence';
import { formatAmount } from '../../ui/figure-item';
import { ActorLink } from '../../ui/links';
import { PageTitle } from '../../ui/page-title';
import { PartialDateLabel } from '../../ui/partial-date-label';
import { EmptyState, ErrorState, LoadingState } from '../../ui/states';

export const FiguresPageQuery = graphql(`
  query FiguresPageQuery($after: String) {
    figures(first: 100, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        amount
        currency
        summary
        measure
        modality
        condition
        subject {
          id
          slug
          name
        }
        period {
          ...PartialDateLabel_date
        }
        attribution {
          ...AttributionLabel_attribution
        }
        evidence {
          id
          ...EvidenceQuotes_evidence
        }
      }
    }
  }
`);

/** Every amount the story gives: how much, for when, measured or possible, and who estimates it. */
export function FiguresPage() {
  const { data, loading, error, refetch, fetchMore } = useQuery(FiguresPageQuery);
  return (
    <div className="figures-page">
      <PageTitle>Figures</PageTitle>
      <h1>Figures</h1>
      <p className="muted">
        Every amount in the story, with the period it covers, whether it was measured or depends on a condition, and who
        estimates it.
      </p>
      {error ? <ErrorState error={error} retry={() => void refetch()} /> : null}
      {!data && loading ? <LoadingState what="Loading figures" /> : null}
      {data ? (
        <>
          {data.figures.nodes.length === 0 ? <EmptyState>The story gives no figures.</EmptyState> : null}
          <ol className="plain figure-list">
            {data.figures.nodes.map((figure) => (
              <li key={figure.id} className="card figure">
                <h2>
                  {formatAmount(figure.amount, figure.currency)}
                  {figure.measure ? <span className="figure-measure"> {figure.measure}</span> : null}
                </h2>
                <dl className="figure-facts">
                  <dt>Period</dt>
                  <dd>
                    <PartialDateLabel date={figure.period} />
                  </dd>
                  <dt>Modality</dt>
                  <dd>
                    {figure.modality === 'POSSIBLE' ? 'possible' : 'actual'}
                    {figure.condition ? ` — ${figure.condition}` : null}
                  </dd>
                  {figure.subject ? (
                    <>
                      <dt>Concerns</dt>
                      <dd>
                        <ActorLink actor={figure.subject} />
                      </dd>
                    </>
                  ) : null}
                  <dt>Who estimates it</dt>
                  <dd>
                    <AttributionLabel attribution={figure.attribution} />
                  </dd>
                </dl>
                <p>{figure.summary}</p>
                <EvidenceQuotes evidence={figure.evidence} />
              </li>
            ))}
          </ol>
          {data.figures.pageInfo.hasNextPage ? (
            <button
              type="button"
              disabled={loading}
              onClick={() => void fetchMore({ variables: { after: data.figures.pageInfo.endCursor } })}
            >
              Load more figures ({data.figures.nodes.length} of {data.figures.totalCount})
            </button>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
