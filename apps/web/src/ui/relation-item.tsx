import { type Modality } from '@parley/schema';
import { Link } from 'react-router';
import { categoryColor, kindLabel } from './category';
import { AttributionLabel, EvidenceQuotes } from './evidence';
import { ActorLink } from './links';
import { PartialDateLabel } from './partial-date-label';
import { getFragmentData, graphql, type FragmentType } from '../gql';

export const RelationItem_relation = graphql(`
  fragment RelationItem_relation on Relation {
    id
    kind
    category
    modality
    summary
    demand
    lever
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
    date {
      ...PartialDateLabel_date
    }
    event {
      id
      slug
      title
    }
    attribution {
      ...AttributionLabel_attribution
    }
    evidence {
      id
      ...EvidenceQuotes_evidence
    }
  }
`);

/** What the badge says when the relation did not (yet) happen. */
const MODALITY: Record<Modality, string | null> = {
  ACTUAL: null,
  THREATENED: 'threatened',
  REQUESTED: 'requested, not shown to have happened',
  POSSIBLE: 'possible',
};

interface RelationItemProps {
  relation: FragmentType<typeof RelationItem_relation>;
  /** The heading level that fits where the item sits in the page's outline. */
  level?: 2 | 3 | 4;
  /** An id for links to this item (`#relation-…`), where the page lists each relation once. */
  anchorId?: string;
}

/** One relation: who did what to whom, when, says who, and the words. */
export function RelationItem({ level = 4, anchorId, ...props }: RelationItemProps) {
  const relation = getFragmentData(RelationItem_relation, props.relation);
  const modality = MODALITY[relation.modality];
  const Heading = `h${level}` as const;
  return (
    <article id={anchorId} className="relation" style={{ borderLeftColor: categoryColor(relation.category) }}>
      <Heading className="relation-title">
        <ActorLink actor={relation.source} /> <span className="relation-kind">{kindLabel(relation.kind)}</span>{' '}
        <ActorLink actor={relation.target} />
        {modality ? <span className="badge">{modality}</span> : null}
      </Heading>
      <p className="relation-summary">{relation.summary}</p>
      <dl className="facts">
        <dt>When</dt>
        <dd>
          <PartialDateLabel date={relation.date} words />
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
