import { useQuery } from '@apollo/client/react';
import { StatementKind } from '@parley/schema';
import { graphql } from '../../gql';
import { Link } from 'react-router';
import { ActorLink } from '../../ui/links';
import { PageTitle } from '../../ui/page-title';
import { PartialDateLabel } from '../../ui/partial-date-label';
import { EvidenceQuotes } from '../../ui/evidence';
import { EmptyState, ErrorState, LoadingState } from '../../ui/states';
import { NON_RESPONSES, STATEMENT_KIND } from '../../ui/statement-kind';
import { useUrlControls } from '../../ui/url-controls';

export const StatementsPageQuery = graphql(`
  query StatementsPageQuery($kinds: [StatementKind!], $after: String) {
    statements(kinds: $kinds, first: 100, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        kind
        text
        setting
        speaker {
          id
          slug
          name
        }
        date {
          ...PartialDateLabel_date
        }
        event {
          id
          slug
          title
        }
        evidence {
          id
          ...EvidenceQuotes_evidence
        }
      }
    }
  }
`);

const KIND_ORDER = Object.keys(STATEMENT_KIND) as StatementKind[];

/** The kinds named in `?kinds=`, keeping only those the schema knows; none means every kind. */
export function kindsFromParam(text: string | null): StatementKind[] {
  return (text ? text.split(',') : []).filter((kind): kind is StatementKind => KIND_ORDER.some((k) => k === kind));
}

/** Everyone's words, and everyone's silences: each statement with its speaker, kind, date and evidence. */
export function StatementsPage() {
  const [params, update] = useUrlControls();
  const kinds = kindsFromParam(params.get('kinds'));
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(StatementsPageQuery, {
    variables: { kinds: kinds.length ? kinds : null },
  });
  const current = data ?? previousData;
  // Each choice is a step in the history: Back returns to the previous filter.
  const choose = (next: StatementKind[]) =>
    update({ kinds: next.length && next.length < KIND_ORDER.length ? next.join(',') : null });
  const toggle = (kind: StatementKind) =>
    choose(
      kinds.includes(kind)
        ? kinds.filter((k) => k !== kind)
        : KIND_ORDER.filter((k) => k === kind || kinds.includes(k)),
    );
  const onlyNonResponses = kinds.length === NON_RESPONSES.length && NON_RESPONSES.every((kind) => kinds.includes(kind));

  return (
    <div className="statements-page">
      <PageTitle>{onlyNonResponses ? 'Who declined to comment' : 'Statements'}</PageTitle>
      <h1>Statements</h1>
      <p className="muted">
        What each actor said, in quotes or in the reporter&rsquo;s words — and who was asked and declined to comment or
        did not reply.
      </p>
      <form className="filters" aria-label="Filter statements" onSubmit={(event) => event.preventDefault()}>
        <fieldset>
          <legend>Kinds</legend>
          {KIND_ORDER.map((kind) => (
            <label key={kind} className="legend-item">
              <input type="checkbox" checked={kinds.includes(kind)} onChange={() => toggle(kind)} />
              {STATEMENT_KIND[kind]}
            </label>
          ))}
        </fieldset>
        <button type="button" aria-pressed={onlyNonResponses} onClick={() => choose([...NON_RESPONSES])}>
          Only non-responses
        </button>
        <button type="button" disabled={!kinds.length} onClick={() => choose([])}>
          Every kind
        </button>
      </form>
      {error ? <ErrorState error={error} retry={() => void refetch()} /> : null}
      {!current && loading ? <LoadingState what="Loading statements" /> : null}
      {current ? (
        <>
          <p role="status" aria-live="polite">
            {current.statements.totalCount} {current.statements.totalCount === 1 ? 'statement' : 'statements'}
            {kinds.length ? `: ${kinds.map((kind) => STATEMENT_KIND[kind].toLowerCase()).join(', ')}` : ''}
          </p>
          {current.statements.nodes.length === 0 ? <EmptyState>No statement of these kinds.</EmptyState> : null}
          <ol className="plain statement-list" aria-busy={loading}>
            {current.statements.nodes.map((statement) => (
              <li key={statement.id} className={`card statement statement-${statement.kind.toLowerCase()}`}>
                <h2 className="statement-head">
                  <ActorLink actor={statement.speaker} />{' '}
                  <span className="kind-label">{STATEMENT_KIND[statement.kind]}</span>
                </h2>
                <p className="muted">
                  <PartialDateLabel date={statement.date} />
                  {statement.setting ? ` — ${statement.setting}` : null}
                  {statement.event ? (
                    <>
                      {' — at '}
                      <Link to={`/timeline#${statement.event.slug}`}>{statement.event.title}</Link>
                    </>
                  ) : null}
                </p>
                {statement.text ? <blockquote>{statement.text}</blockquote> : null}
                <EvidenceQuotes evidence={statement.evidence} />
              </li>
            ))}
          </ol>
          {current.statements.pageInfo.hasNextPage ? (
            <button
              type="button"
              disabled={loading}
              onClick={() => void fetchMore({ variables: { after: current.statements.pageInfo.endCursor } })}
            >
              Load more statements ({current.statements.nodes.length} of {current.statements.totalCount})
            </button>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
