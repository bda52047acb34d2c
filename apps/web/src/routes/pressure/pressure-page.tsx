import { useQuery } from '@apollo/client/react';
import { RelationCategory } from '@parley/schema';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import { buildPressureMatrix } from '../../lib/pressure-matrix';
import { CATEGORIES, categoryColor, kindLabel } from '../../ui/category';
import { ActorLink } from '../../ui/links';
import { RelationItem } from '../../ui/relation-item';
import { PageTitle } from '../../ui/page-title';
import { EmptyState, ErrorState, LoadingState } from '../../ui/states';
import { TruncationNote } from '../../ui/truncation-note';
import { graphql } from '../../gql';

export const PressureMatrixQuery = graphql(`
  query PressureMatrixQuery {
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
        ...RelationItem_relation
      }
    }
  }
`);

export function PressurePage() {
  const { data, error, refetch } = useQuery(PressureMatrixQuery);
  const matrix = useMemo(() => buildPressureMatrix(data?.relations.nodes ?? []), [data]);
  const [open, setOpen] = useState<{ source: string; target: string } | null>(null);
  const detail = useRef<HTMLElement>(null);
  // The evidence opens below the table: bring it into view and give it the focus.
  useEffect(() => {
    if (open) detail.current?.focus();
  }, [open]);
  const heading = (
    <>
      <PageTitle>Who pressured whom</PageTitle>
      <h1>Who pressured whom</h1>
    </>
  );
  if (error || !data) {
    return (
      <div className="pressure-page">
        {heading}
        {error ? <ErrorState error={error} retry={() => void refetch()} /> : <LoadingState what="Loading pressure" />}
      </div>
    );
  }
  if (!matrix.sources.length) {
    return (
      <div className="pressure-page">
        {heading}
        <EmptyState>
          No pressure or coercion in the stories yet. The <Link to="/network">network</Link> shows every other kind of
          relation.
        </EmptyState>
      </div>
    );
  }
  const openCell = open ? matrix.cell(open.source, open.target) : undefined;
  const openNames = open
    ? [
        matrix.sources.find((a) => a.slug === open.source)?.name,
        matrix.targets.find((a) => a.slug === open.target)?.name,
      ]
    : [];

  return (
    <div className="pressure-page">
      {heading}
      <p className="muted">
        Rows act, columns are acted upon. Each cell lists the kinds of pressure and coercion; open it for the evidence
        and who says so.
      </p>
      <TruncationNote
        shown={data.relations.nodes.length}
        total={data.relations.totalCount}
        what="pressure and coercion relations"
      />
      <ul className="legend" aria-label="Colours">
        {[RelationCategory.PRESSURE, RelationCategory.COERCION].map((category) => (
          <li key={category}>
            <span className="kind-tag" style={{ borderColor: categoryColor(category) }}>
              {CATEGORIES[category].label.toLowerCase()}
            </span>
          </li>
        ))}
        <li className="muted">(requested), (threatened), (possible): it did not, or not yet, happen</li>
      </ul>
      <p className="narrow-hint muted">
        The table is wider than the screen: scroll it sideways; the actors acting stay in view.
      </p>
      <div className="table-scroll">
        <table className="matrix">
          <caption className="sr-only">
            Pressure and coercion between actors: rows are sources, columns are targets
          </caption>
          <thead>
            <tr>
              <td className="matrix-corner" aria-hidden="true">
                ↓ acts on →
              </td>
              {matrix.targets.map((target) => (
                <th key={target.slug} scope="col">
                  <ActorLink actor={target} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.sources.map((source) => (
              <tr key={source.slug}>
                <th scope="row">
                  <ActorLink actor={source} />
                </th>
                {matrix.targets.map((target) => {
                  const cell = matrix.cell(source.slug, target.slug);
                  const isOpen = open?.source === source.slug && open.target === target.slug;
                  return (
                    <td key={target.slug}>
                      {cell ? (
                        <button
                          type="button"
                          className="cell-button"
                          aria-expanded={isOpen}
                          aria-label={`${source.name} ${cell.kinds.map(kindLabel).join(', ')} ${target.name}: show evidence`}
                          onClick={() => setOpen(isOpen ? null : { source: source.slug, target: target.slug })}
                        >
                          {cell.kinds.map((kind) => {
                            const ofKind = cell.relations.filter((r) => r.kind === kind);
                            const [first] = ofKind;
                            if (!first) return null;
                            // Say so when none of them actually happened (requested, threatened, possible).
                            const modality = ofKind.every((r) => r.modality !== 'ACTUAL')
                              ? ` (${first.modality.toLowerCase()})`
                              : '';
                            return (
                              <span
                                key={kind}
                                className="kind-tag"
                                style={{ borderColor: categoryColor(first.category) }}
                              >
                                {kindLabel(kind)}
                                {modality}
                              </span>
                            );
                          })}
                        </button>
                      ) : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {openCell ? (
        <section ref={detail} tabIndex={-1} className="cell-detail" aria-labelledby="cell-detail-title">
          <h2 id="cell-detail-title">Evidence</h2>
          <p className="muted">
            {openNames[0]} → {openNames[1]}
          </p>
          {openCell.relations.map((relation) => (
            <RelationItem key={relation.id} relation={relation} level={3} />
          ))}
        </section>
      ) : null}
    </div>
  );
}
