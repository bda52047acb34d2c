import { useQuery } from '@apollo/client/react';
import { RelationCategory } from '@parley/schema';
import { lazy, Suspense, useState } from 'react';
import { Link } from 'react-router';
import { formatDay } from '../../lib/partial-date';
import { CATEGORIES, categoryColor, kindLabel } from '../../ui/category';
import { ActorLink } from '../../ui/links';
import { PartialDateLabel } from '../../ui/partial-date-label';
import { PageTitle } from '../../ui/page-title';
import { EmptyState, ErrorState, LoadingState } from '../../ui/states';
import { TruncationNote } from '../../ui/truncation-note';
import { NetworkLegend } from '../network/network-legend';
import { NON_RESPONSES } from '../../ui/statement-kind';
import { ActorSearch } from './actor-search';
import { graphql } from '../../gql';
import { type OverviewPressureQuery as PressureData } from '../../gql/graphql';

const NetworkGraph = lazy(() => import('../network/network-graph').then((m) => ({ default: m.NetworkGraph })));

/**
 * The first screen: the story and its negotiations. The acts of pressure below it come in a query
 * of their own once this one has painted, so the page's first answer is small and quick to draw.
 */
export const OverviewQuery = graphql(`
  query OverviewQuery {
    documents(first: 10) {
      nodes {
        id
        slug
        title
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
      }
    }
    negotiations(first: 10) {
      nodes {
        id
        slug
        title
        summary
        issues
        parties {
          id
          slug
          name
        }
        rounds {
          id
          slug
          title
          location
          secret
          date {
            ...PartialDateLabel_date
          }
        }
        deadline {
          ...PartialDateLabel_date
        }
      }
    }
  }
`);

export const OverviewPressureQuery = graphql(`
  # The graph here never groups actors by organisation ($grouped: see NetworkGraph_relations).
  query OverviewPressureQuery($grouped: Boolean! = false) {
    relations(filter: { categories: [PRESSURE, COERCION] }, first: 100) {
      totalCount
      nodes {
        id
        kind
        category
        modality
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
        ...NetworkGraph_relations
      }
    }
  }
`);

type PressureRelation = PressureData['relations']['nodes'][number];

/** The pressure network as text: each target with who acted on it and how. */
function PressureList({ relations }: { relations: PressureRelation[] }) {
  const byTarget = new Map<string, { target: PressureRelation['target']; relations: PressureRelation[] }>();
  for (const relation of relations) {
    const entry = byTarget.get(relation.target.slug) ?? { target: relation.target, relations: [] };
    entry.relations.push(relation);
    byTarget.set(relation.target.slug, entry);
  }
  const groups = [...byTarget.values()].sort((a, b) => b.relations.length - a.relations.length);
  return (
    <ul className="pressure-list">
      {groups.map(({ target, relations: acts }) => (
        <li key={target.slug}>
          <ActorLink actor={target} />
          {' ← '}
          {acts.map((relation, i) => (
            <span key={relation.id}>
              {i > 0 ? '; ' : ''}
              <span className="kind-tag" style={{ borderColor: categoryColor(relation.category) }}>
                {kindLabel(relation.kind)}
                {relation.modality !== 'ACTUAL' ? ` (${relation.modality.toLowerCase()})` : ''}
              </span>{' '}
              by <ActorLink actor={relation.source} />
            </span>
          ))}
        </li>
      ))}
    </ul>
  );
}

/** The actors most involved in pressure and coercion, and who acted on whom; below the first screen. */
function PressureSections() {
  const { data, error, refetch } = useQuery(OverviewPressureQuery);
  // Cytoscape is heavy: the overview draws the graph only when asked, so the first view stays light.
  const [drawn, setDrawn] = useState(false);
  if (error) return <ErrorState error={error} retry={() => void refetch()} />;
  if (!data) return <LoadingState what="Loading the acts of pressure" />;
  const pressure = data.relations.nodes;
  const involvement = new Map<string, { actor: { slug: string; name: string }; n: number }>();
  for (const relation of pressure) {
    for (const actor of [relation.source, relation.target]) {
      const entry = involvement.get(actor.slug) ?? { actor, n: 0 };
      entry.n += 1;
      involvement.set(actor.slug, entry);
    }
  }
  const keyActors = [...involvement.values()].sort((a, b) => b.n - a.n).slice(0, 8);

  return (
    <>
      <section aria-labelledby="key-actors-title">
        <h2 id="key-actors-title">Key actors</h2>
        <p className="muted">
          The actors most involved in pressure and coercion, with the number of acts they made or met.
        </p>
        <ul className="chips">
          {keyActors.map(({ actor, n }) => (
            <li key={actor.slug}>
              <ActorLink actor={actor} />{' '}
              <span className="muted">
                ({n} {n === 1 ? 'act' : 'acts'})
              </span>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="pressure-network-title">
        <h2 id="pressure-network-title">Pressure network</h2>
        <p className="muted">
          {pressure.length} acts of {CATEGORIES.PRESSURE.label.toLowerCase()} and{' '}
          {CATEGORIES.COERCION.label.toLowerCase()}. Open the{' '}
          <Link to={`/network?categories=${RelationCategory.PRESSURE},${RelationCategory.COERCION}`}>network</Link> to
          explore, or the <Link to="/pressure">matrix</Link>.
        </p>
        <TruncationNote
          shown={pressure.length}
          total={data.relations.totalCount}
          what="acts of pressure and coercion"
        />
        <PressureList relations={pressure} />
        {!pressure.length ? null : drawn ? (
          <Suspense fallback={<LoadingState what="Drawing the network" />}>
            <NetworkGraph relations={pressure} height={380} />
            <NetworkLegend />
          </Suspense>
        ) : (
          <button type="button" onClick={() => setDrawn(true)}>
            Draw the pressure network
          </button>
        )}
      </section>
    </>
  );
}

export function OverviewPage() {
  const { data, loading, error, refetch } = useQuery(OverviewQuery);
  const title = <PageTitle>Overview</PageTitle>;
  if (error) {
    return (
      <>
        {title}
        <h1>Parley</h1>
        <ErrorState error={error} retry={() => void refetch()} />
      </>
    );
  }
  if (loading || !data) {
    return (
      <>
        {title}
        <LoadingState what="Loading the story" />
      </>
    );
  }
  return (
    <div className="overview">
      {title}
      <section className="intro">
        <h1>Who pressured whom, who met whom, when — and says who</h1>
        {data.documents.nodes.map((document) => (
          <p key={document.id} className="lede">
            <Link to={`/documents/${document.slug}`}>{document.title}</Link>
            {' — '}
            {document.publisher?.name ?? 'unknown publisher'}
            {document.publishedAt ? <>, {formatDay(document.publishedAt)}</> : null}
            {document.contributors.length ? <>, with {document.contributors.map((c) => c.name).join(', ')}</> : null}
          </p>
        ))}
        {data.documents.nodes.length === 0 ? (
          <EmptyState>No story has been imported yet: the views fill up once one is.</EmptyState>
        ) : null}
        <p>Every fact below carries the exact words of the article it comes from, and who it is attributed to.</p>
        <nav aria-label="Questions to ask the story" className="questions">
          <ul>
            <li>
              <Link to={`/statements?kinds=${NON_RESPONSES.join(',')}`}>Who declined to comment or did not reply?</Link>
            </li>
            <li>
              <Link to="/statements">What did each side say?</Link>
            </li>
            <li>
              <Link to="/figures">Which amounts are at stake, and who estimates them?</Link>
            </li>
            <li>
              <Link to="/pressure">Who pressured whom?</Link>
            </li>
          </ul>
        </nav>
      </section>

      <section aria-labelledby="negotiations-title">
        <h2 id="negotiations-title">Negotiations</h2>
        {data.negotiations.nodes.length === 0 ? (
          <EmptyState>
            No negotiation is described yet. The <Link to="/timeline">timeline</Link> lists every event.
          </EmptyState>
        ) : null}
        {data.negotiations.nodes.map((negotiation) => (
          <article key={negotiation.id} className="card">
            <h3>{negotiation.title}</h3>
            {negotiation.summary ? <p>{negotiation.summary}</p> : null}
            <p>
              Parties:{' '}
              {negotiation.parties.map((party, i) => (
                <span key={party.slug}>
                  {i > 0 ? ', ' : ''}
                  <ActorLink actor={party} />
                </span>
              ))}
            </p>
            {negotiation.deadline ? (
              <p>
                Deadline: <PartialDateLabel date={negotiation.deadline} />
              </p>
            ) : null}
            {negotiation.issues.length ? <p>Issues: {negotiation.issues.join('; ')}</p> : null}
            <h4>Rounds</h4>
            <ol className="rounds">
              {negotiation.rounds.map((round) => (
                <li key={round.id}>
                  <PartialDateLabel date={round.date} /> — <Link to={`/timeline#${round.slug}`}>{round.title}</Link>
                  {round.location ? `, ${round.location}` : ''}
                  {round.secret ? <span className="badge">secret</span> : null}
                </li>
              ))}
            </ol>
          </article>
        ))}
      </section>

      <PressureSections />

      <ActorSearch />
    </div>
  );
}
