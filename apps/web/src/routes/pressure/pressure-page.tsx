import { useQuery } from '@apollo/client/react';
import { graphql } from '@parley/schema';
import { useMemo, useState } from 'react';
import { buildPressureMatrix } from '../../lib/pressure-matrix';
import { categoryColor, kindLabel } from '../../ui/category';
import { ActorLink } from '../../ui/links';
import { RelationItem } from '../../ui/relation-item';
import { EmptyState, ErrorState, LoadingState } from '../../ui/states';

export const PressureMatrixQuery = graphql(`
  query PressureMatrixQuery {
    relations(filter: { categories: [PRESSURE, COERCION] }, first: 100) {
      nodes { ...RelationItem_relation }
    }
  }
`);

export function PressurePage() {
  const { data, loading, error, refetch } = useQuery(PressureMatrixQuery);
  const matrix = useMemo(() => buildPressureMatrix(data?.relations.nodes ?? []), [data]);
  const [open, setOpen] = useState<{ source: string; target: string } | null>(null);
  if (error) return <ErrorState error={error} retry={() => void refetch()} />;
  if (loading || !data) return <LoadingState what="Loading pressure" />;
  if (!matrix.sources.length) return <EmptyState>No pressure or coercion in the stories yet.</EmptyState>;
  const openCell = open ? matrix.cell(open.source, open.target) : undefined;

  return (
    <div className="pressure-page">
      <h1>Who pressured whom</h1>
      <p className="muted">Rows act, columns are acted upon. Each cell lists the kinds of pressure and coercion; open it for the evidence and who says so.</p>
      <div className="table-scroll">
        <table className="matrix">
          <caption className="sr-only">Pressure and coercion between actors: rows are sources, columns are targets</caption>
          <thead>
            <tr>
              <td />
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
                            // Say so when none of them actually happened (requested, threatened, possible).
                            const modality = ofKind.every((r) => r.modality !== 'ACTUAL') ? ` (${ofKind[0]!.modality.toLowerCase()})` : '';
                            return (
                              <span key={kind} className="kind-tag" style={{ borderColor: categoryColor(ofKind[0]!.category) }}>
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
        <section className="cell-detail" aria-live="polite">
          <h2>Evidence</h2>
          {openCell.relations.map((relation) => (
            <RelationItem key={relation.id} relation={relation} />
          ))}
        </section>
      ) : null}
    </div>
  );
}
