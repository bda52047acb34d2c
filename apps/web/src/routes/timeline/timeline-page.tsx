import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { dateSortKey } from '../../lib/partial-date';
import { AttributionLabel, EvidenceQuotes } from '../../ui/evidence';
import { FigureItem } from '../../ui/figure-item';
import { ActorLink } from '../../ui/links';
import { PageTitle } from '../../ui/page-title';
import { DateBasis, PartialDateLabel } from '../../ui/partial-date-label';
import { RelationItem } from '../../ui/relation-item';
import { EmptyState, ErrorState, LoadingState } from '../../ui/states';
import { TruncationNote } from '../../ui/truncation-note';
import { graphql } from '../../gql';

export const TimelineQuery = graphql(`
  query TimelineQuery {
    events(first: 100) {
      totalCount
      nodes {
        id
        slug
        kind
        title
        summary
        location
        secret
        date {
          start
          ...PartialDateLabel_date
          ...DateBasis_date
        }
        participants {
          id
          role
          outcome
          actor {
            id
            slug
            name
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
    }
    relations(first: 100) {
      totalCount
      nodes {
        id
        date {
          start
          ...PartialDateLabel_date
          ...DateBasis_date
        }
        event {
          id
        }
        ...RelationItem_relation
      }
    }
    figures(first: 100) {
      totalCount
      nodes {
        id
        period {
          start
          ...PartialDateLabel_date
          ...DateBasis_date
        }
        ...FigureItem_figure
      }
    }
  }
`);

export function TimelinePage() {
  const { data, loading, error, refetch } = useQuery(TimelineQuery);
  const { hash } = useLocation();
  useEffect(() => {
    if (data && hash) document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView({ block: 'start' });
  }, [data, hash]);
  if (error) return <ErrorState error={error} retry={() => void refetch()} />;
  if (loading || !data) return <LoadingState what="Loading the timeline" />;

  const items = [
    ...data.events.nodes.map((event) => ({ type: 'event' as const, key: event.id, date: event.date, event })),
    ...data.relations.nodes
      .filter((relation) => relation.date?.start && !relation.event)
      .map((relation) => ({ type: 'relation' as const, key: relation.id, date: relation.date, relation })),
    ...data.figures.nodes
      .filter((figure) => figure.period?.start)
      .map((figure) => ({ type: 'figure' as const, key: figure.id, date: figure.period, figure })),
  ].sort((a, b) => dateSortKey(a.date).localeCompare(dateSortKey(b.date)) || (a.type === 'event' ? -1 : 1));
  const truncated = [
    { shown: data.events.nodes.length, total: data.events.totalCount, what: 'events' },
    { shown: data.relations.nodes.length, total: data.relations.totalCount, what: 'relations' },
    { shown: data.figures.nodes.length, total: data.figures.totalCount, what: 'figures' },
  ];

  return (
    <div className="timeline-page">
      <PageTitle>Timeline</PageTitle>
      <h1>Timeline</h1>
      <p className="muted">
        Events, dated relations that happened outside any event, and the periods figures cover, in order. Dates are
        shown as precisely as the source gives them, next to the source’s own words; † marks a date that rests on
        something outside the text (“Why this date” says what).
      </p>
      {truncated.map((list) => (
        <TruncationNote key={list.what} {...list} />
      ))}
      {!items.length ? (
        <EmptyState>
          Nothing dated yet: no events, dated relations or figures. Import a story to fill the timeline.
        </EmptyState>
      ) : null}
      <ol className="timeline">
        {items.map((item) =>
          item.type === 'event' ? (
            <li key={item.key} id={item.event.slug} className="timeline-item">
              <PartialDateLabel date={item.event.date} words />
              <DateBasis date={item.event.date} />
              <article className="card">
                <h2>
                  {item.event.title} <span className="badge kind">{item.event.kind.toLowerCase()}</span>
                  {item.event.secret ? <span className="badge">secret</span> : null}
                </h2>
                {item.event.location ? <p className="muted">{item.event.location}</p> : null}
                {item.event.summary ? <p>{item.event.summary}</p> : null}
                {item.event.participants.length ? (
                  <ul className="chips">
                    {item.event.participants.map((participant) => (
                      <li key={participant.actor.slug}>
                        <ActorLink actor={participant.actor} />
                        {participant.role ? <span className="muted"> — {participant.role}</span> : null}
                        {participant.outcome ? <strong> ({participant.outcome})</strong> : null}
                      </li>
                    ))}
                  </ul>
                ) : null}
                <AttributionLabel attribution={item.event.attribution} />
                <EvidenceQuotes evidence={item.event.evidence} />
              </article>
            </li>
          ) : item.type === 'relation' ? (
            <li key={item.key} className="timeline-item">
              <PartialDateLabel date={item.relation.date} words />
              <DateBasis date={item.relation.date} />
              <RelationItem relation={item.relation} level={2} />
            </li>
          ) : (
            <li key={item.key} className="timeline-item">
              <PartialDateLabel date={item.figure.period} words />
              <DateBasis date={item.figure.period} />
              <FigureItem figure={item.figure} showPeriod={false} level={2} />
            </li>
          ),
        )}
      </ol>
    </div>
  );
}
