import { Link } from 'react-router';
import type { RelationItem_RelationFragment } from '@parley/schema';
import { categoryColor, kindLabel } from './category';
import { AttributionLabel, EvidenceQuotes } from './evidence';
import { ActorLink } from './links';
import { PartialDateLabel } from './partial-date-label';

const MODALITY = { ACTUAL: null, THREATENED: 'threatened', REQUESTED: 'requested, not shown to have happened', POSSIBLE: 'possible' } as const;

/** One relation: who did what to whom, when, says who, and the words. */
export function RelationItem({ relation }: { relation: RelationItem_RelationFragment }) {
  const modality = MODALITY[relation.modality];
  return (
    <article className="relation" style={{ borderLeftColor: categoryColor(relation.category) }}>
      <h4 className="relation-title">
        <ActorLink actor={relation.source} /> <span className="relation-kind">{kindLabel(relation.kind)}</span>{' '}
        <ActorLink actor={relation.target} />
        {modality ? <span className="badge">{modality}</span> : null}
      </h4>
      <p className="relation-summary">{relation.summary}</p>
      <dl className="facts">
        <dt>When</dt>
        <dd>
          <PartialDateLabel date={relation.date} />
        </dd>
        {relation.demand ? (
          <>
            <dt>Asks for</dt>
            <dd>{relation.demand}</dd>
          </>
        ) : null}
        {relation.lever ? (
          <>
            <dt>Lever</dt>
            <dd>{relation.lever}</dd>
          </>
        ) : null}
        {relation.event ? (
          <>
            <dt>At</dt>
            <dd>
              <Link to={`/timeline#${relation.event.slug}`}>{relation.event.title}</Link>
            </dd>
          </>
        ) : null}
      </dl>
      <AttributionLabel attribution={relation.attribution} />
      <EvidenceQuotes evidence={relation.evidence} />
    </article>
  );
}
