import { useQuery } from '@apollo/client/react';
import { ActorActions } from '../../editing/actor-actions';
import { NodeHistory } from '../../editing/history/node-history';
import { PositionActions } from '../../editing/position-forms';
import { useEffect } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { kindLabel } from '../../ui/category';
import { AttributionLabel, EvidenceQuotes } from '../../ui/evidence';
import { FigureItem } from '../../ui/figure-item';
import { ActorLink } from '../../ui/links';
import { PartialDateLabel } from '../../ui/partial-date-label';
import { RelationItem } from '../../ui/relation-item';
import { PageTitle } from '../../ui/page-title';
import { STATEMENT_KIND } from '../../ui/statement-kind';
import { EmptyState, ErrorState, LoadingState } from '../../ui/states';
import { NotFoundPage } from '../not-found-page';
import { graphql } from '../../gql';
import { type ActorPageQuery as ActorPageData } from '../../gql/graphql';

export const ActorPageQuery = graphql(`
  query ActorPageQuery($slug: String!) {
    actor(slug: $slug) {
      id
      slug
      name
      aliases
      kind
      summary
      basis
      positions {
        id
        title
        acting
        basis
        organization {
          id
          slug
          name
        }
        evidence {
          id
          ...EvidenceQuotes_evidence
        }
      }
      outgoing: relations(direction: OUTGOING) {
        id
        kind
        ...RelationItem_relation
      }
      incoming: relations(direction: INCOMING) {
        id
        kind
        ...RelationItem_relation
      }
      participations {
        id
        role
        outcome
        event {
          id
          slug
          title
          location
          secret
          date {
            ...PartialDateLabel_date
          }
        }
        attribution {
          ...AttributionLabel_attribution
        }
        evidence {
          id
          ...EvidenceQuotes_evidence
        }
      }
      statements {
        id
        kind
        text
        setting
        date {
          ...PartialDateLabel_date
        }
        evidence {
          id
          ...EvidenceQuotes_evidence
        }
      }
      figures {
        id
        ...FigureItem_figure
      }
    }
  }
`);

type ActorRelation = NonNullable<ActorPageData['actor']>['outgoing'][number];

function byKind(relations: ActorRelation[]) {
  const groups = new Map<ActorRelation['kind'], ActorRelation[]>();
  relations.forEach((relation) => groups.set(relation.kind, [...(groups.get(relation.kind) ?? []), relation]));
  return [...groups];
}

function RelationGroups({ title, relations, empty }: { title: string; relations: ActorRelation[]; empty: string }) {
  return (
    <section aria-label={title}>
      <h2>{title}</h2>
      {relations.length === 0 ? <EmptyState>{empty}</EmptyState> : null}
      {byKind(relations).map(([kind, group]) => (
        <section key={kind} className="relation-group" aria-label={`${title}: ${kindLabel(kind)}`}>
          <h3>
            {kindLabel(kind)} <span className="muted">({group.length})</span>
          </h3>
          {group.map((relation) => (
            <RelationItem key={relation.id} relation={relation} anchorId={`relation-${relation.id}`} />
          ))}
        </section>
      ))}
    </section>
  );
}

export function ActorPage() {
  const { slug = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(ActorPageQuery, { variables: { slug } });
  const { hash } = useLocation();
  // A link to one of this actor's relations (`#relation-…`, from the reader) lands on it once it is drawn.
  useEffect(() => {
    if (data && hash) document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView({ block: 'start' });
  }, [data, hash]);
  if (error) return <ErrorState error={error} retry={() => void refetch()} />;
  if (loading && !data) return <LoadingState what="Loading actor" />;
  const actor = data?.actor;
  if (!actor) {
    return (
      <NotFoundPage title="No such actor">
        <p>
          No actor is called “{slug}”. Search for one on the <Link to="/">overview</Link>.
        </p>
      </NotFoundPage>
    );
  }
  return (
    <article className="actor-page">
      <PageTitle>{actor.name}</PageTitle>
      <header>
        <h1>{actor.name}</h1>
        <p>
          <span className="badge kind">{kindLabel(actor.kind)}</span>
          {actor.aliases.length ? <span className="muted"> also called {actor.aliases.join(', ')}</span> : null}
        </p>
        {actor.summary ? <p className="lede">{actor.summary}</p> : null}
        {actor.basis ? <p className="muted">Basis: {actor.basis}</p> : null}
        <p>
          <Link to={`/network?focus=${actor.slug}`}>See {actor.name} in the network</Link> ·{' '}
          <Link to={`/paths?from=${actor.slug}`}>Find paths from here</Link>
        </p>
        <ActorActions actor={actor} />
        <NodeHistory id={actor.id} what={actor.name} />
      </header>

      <section aria-label="Positions">
        <h2>Positions</h2>
        {actor.positions.length === 0 ? <EmptyState>The sources give no title for {actor.name}.</EmptyState> : null}
        <ul className="plain">
          {actor.positions.map((position) => (
            <li key={position.id}>
              {position.acting ? 'Acting ' : ''}
              {position.title}
              {position.organization ? (
                <>
                  {' — '}
                  <ActorLink actor={position.organization} />
                </>
              ) : null}
              {position.basis ? <span className="muted"> (basis: {position.basis})</span> : null}
              <PositionActions position={position} />
              <EvidenceQuotes evidence={position.evidence} />
            </li>
          ))}
        </ul>
      </section>

      <RelationGroups
        title={`What was done to ${actor.name}`}
        relations={actor.incoming}
        empty="Nobody acted on this actor in the sources."
      />
      <RelationGroups
        title={`What ${actor.name} did`}
        relations={actor.outgoing}
        empty="This actor did nothing to others in the sources."
      />

      <section aria-label="Events">
        <h2>Events</h2>
        {actor.participations.length === 0 ? <EmptyState>Not placed at any event.</EmptyState> : null}
        <ul className="plain">
          {actor.participations.map((participation) => (
            <li key={participation.id}>
              <PartialDateLabel date={participation.event.date} /> —{' '}
              <Link to={`/timeline#${participation.event.slug}`}>{participation.event.title}</Link>
              {participation.event.location ? `, ${participation.event.location}` : ''}
              {participation.event.secret ? <span className="badge">secret</span> : null}
              {participation.role ? <span className="muted"> — {participation.role}</span> : null}
              {participation.outcome ? <strong> ({participation.outcome})</strong> : null}
              <div>
                <AttributionLabel attribution={participation.attribution} />
              </div>
              <EvidenceQuotes evidence={participation.evidence} />
            </li>
          ))}
        </ul>
      </section>

      <section aria-label="Statements">
        <h2>Statements</h2>
        {actor.statements.length === 0 ? (
          <EmptyState>No statement, and no refusal to comment, in the sources.</EmptyState>
        ) : null}
        <ul className="plain">
          {actor.statements.map((statement) => (
            <li key={statement.id} className={`statement statement-${statement.kind.toLowerCase()}`}>
              <strong>{STATEMENT_KIND[statement.kind]}</strong> <PartialDateLabel date={statement.date} />
              {statement.setting ? <span className="muted"> — {statement.setting}</span> : null}
              {statement.text ? <blockquote>{statement.text}</blockquote> : null}
              <EvidenceQuotes evidence={statement.evidence} />
            </li>
          ))}
        </ul>
      </section>

      <section aria-label="Figures">
        <h2>Figures {actor.name} is the source of</h2>
        {actor.figures.length === 0 ? <EmptyState>No figures come from this actor.</EmptyState> : null}
        {actor.figures.map((figure) => (
          <FigureItem key={figure.id} figure={figure} />
        ))}
      </section>
    </article>
  );
}
