import { RelationCategory, type RelationKind } from '@parley/schema';

export interface MatrixRelation {
  id: string;
  kind: RelationKind;
  category: RelationCategory;
  source: { slug: string; name: string };
  target: { slug: string; name: string };
}

export interface MatrixCell<R extends MatrixRelation> {
  kinds: RelationKind[];
  relations: R[];
}

export interface PressureMatrix<R extends MatrixRelation> {
  sources: { slug: string; name: string }[];
  targets: { slug: string; name: string }[];
  cell(sourceSlug: string, targetSlug: string): MatrixCell<R> | undefined;
}

const PRESSURE_CATEGORIES: ReadonlySet<RelationCategory> = new Set([
  RelationCategory.PRESSURE,
  RelationCategory.COERCION,
]);

/**
 * Who pressured whom: rows are sources, columns targets, each cell the pressure and coercion
 * relations between them with their distinct kinds. Actors are ordered by how much they do (rows)
 * or undergo (columns), most first, then by name.
 */
export function buildPressureMatrix<R extends MatrixRelation>(relations: readonly R[]): PressureMatrix<R> {
  const pressure = relations.filter((relation) => PRESSURE_CATEGORIES.has(relation.category));
  const cells = new Map<string, MatrixCell<R>>();
  const count = (key: 'source' | 'target') => {
    const tally = new Map<string, { actor: { slug: string; name: string }; n: number }>();
    for (const relation of pressure) {
      const actor = relation[key];
      const entry = tally.get(actor.slug) ?? { actor: { slug: actor.slug, name: actor.name }, n: 0 };
      entry.n += 1;
      tally.set(actor.slug, entry);
    }
    return [...tally.values()]
      .sort((a, b) => b.n - a.n || a.actor.name.localeCompare(b.actor.name))
      .map((entry) => entry.actor);
  };
  for (const relation of pressure) {
    const key = `${relation.source.slug}|${relation.target.slug}`;
    const cell = cells.get(key) ?? { kinds: [], relations: [] };
    cell.relations.push(relation);
    if (!cell.kinds.includes(relation.kind)) cell.kinds.push(relation.kind);
    cells.set(key, cell);
  }
  return {
    sources: count('source'),
    targets: count('target'),
    cell: (sourceSlug, targetSlug) => cells.get(`${sourceSlug}|${targetSlug}`),
  };
}
