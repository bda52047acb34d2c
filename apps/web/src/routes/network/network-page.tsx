import { useQuery } from '@apollo/client/react';
import { graphql, type RelationCategory, type RelationKind } from '@parley/schema';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { neighbourhood, type Direction } from '../../lib/neighbourhood';
import { CATEGORIES, categoryColor, kindLabel, type CategoryName } from '../../ui/category';
import { RelationItem } from '../../ui/relation-item';
import { EmptyState, ErrorState, LoadingState } from '../../ui/states';
import { NetworkGraph } from './network-graph';

export const NetworkQuery = graphql(`
  query NetworkQuery($filter: RelationFilter, $after: String) {
    relations(filter: $filter, first: 100, after: $after) {
      totalCount
      edges { cursor node { ...RelationItem_relation } }
      pageInfo { hasNextPage endCursor }
    }
    relationKinds { kind category description }
  }
`);

const list = (value: string | null) => (value ? value.split(',').filter(Boolean) : []);
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function NetworkPage() {
  const [params, setParams] = useSearchParams();
  const categories = list(params.get('categories')) as RelationCategory[];
  const kinds = list(params.get('kinds')) as RelationKind[];
  const from = DATE.test(params.get('from') ?? '') ? params.get('from') : null;
  const to = DATE.test(params.get('to') ?? '') ? params.get('to') : null;
  const focus = params.get('focus');
  const hops = params.get('hops') === '2' ? 2 : 1;
  const direction = (['OUTGOING', 'INCOMING'].includes(params.get('direction') ?? '') ? params.get('direction') : 'BOTH') as Direction;
  const selected = params.get('relation');

  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace: true });
  };

  const { data, loading, error, fetchMore, refetch } = useQuery(NetworkQuery, {
    variables: { filter: { categories: categories.length ? categories : null, kinds: kinds.length ? kinds : null, from, to } },
  });
  const relations = useMemo(() => data?.relations.edges.map((edge) => edge.node) ?? [], [data]);
  const shown = useMemo(() => (focus ? neighbourhood(relations, focus, hops, direction) : relations), [relations, focus, hops, direction]);
  const selectedRelation = relations.find((relation) => relation.id === selected);

  const toggleCategory = (category: string) =>
    update({ categories: (categories.includes(category as RelationCategory) ? categories.filter((c) => c !== category) : [...categories, category]).join(',') || null });

  return (
    <div className="network-page">
      <h1>Network</h1>
      <form className="filters" aria-label="Filter relations" onSubmit={(event) => event.preventDefault()}>
        <fieldset>
          <legend>Categories</legend>
          {(Object.keys(CATEGORIES) as CategoryName[]).map((category) => (
            <label key={category} className="legend-item">
              <input type="checkbox" checked={categories.includes(category)} onChange={() => toggleCategory(category)} />
              <span className="swatch" style={{ background: categoryColor(category) }} aria-hidden="true" />
              {CATEGORIES[category].label}
            </label>
          ))}
        </fieldset>
        <label>
          Kind
          <select value={kinds[0] ?? ''} onChange={(event) => update({ kinds: event.target.value || null })}>
            <option value="">any kind</option>
            {data?.relationKinds.map((info) => (
              <option key={info.kind} value={info.kind} title={info.description}>
                {kindLabel(info.kind)}
              </option>
            ))}
          </select>
        </label>
        <label>
          From <input type="date" value={from ?? ''} onChange={(event) => update({ from: event.target.value || null })} />
        </label>
        <label>
          To <input type="date" value={to ?? ''} onChange={(event) => update({ to: event.target.value || null })} />
        </label>
        {focus ? (
          <fieldset>
            <legend>Focus on {relations.flatMap((r) => [r.source, r.target]).find((actor) => actor.slug === focus)?.name ?? focus}</legend>
            <label>
              Hops
              <select value={hops} onChange={(event) => update({ hops: event.target.value })}>
                <option value="1">1</option>
                <option value="2">2</option>
              </select>
            </label>
            <label>
              Direction
              <select value={direction} onChange={(event) => update({ direction: event.target.value })}>
                <option value="BOTH">in and out</option>
                <option value="OUTGOING">outgoing</option>
                <option value="INCOMING">incoming</option>
              </select>
            </label>
            <button type="button" onClick={() => update({ focus: null, hops: null, direction: null })}>
              Show everyone
            </button>
          </fieldset>
        ) : null}
      </form>
      <p className="muted">Click an actor to focus on its neighbourhood; click an arrow to read the relation and its evidence. Dashed arrows did not (yet) happen: requested, threatened or possible.</p>
      {error ? <ErrorState error={error} retry={() => void refetch()} /> : null}
      {loading && !data ? <LoadingState what="Loading relations" /> : null}
      {data && shown.length === 0 ? <EmptyState>No relation matches these filters. Clear a category or widen the dates.</EmptyState> : null}
      <div className="network-layout">
        {shown.length ? (
          <NetworkGraph
            relations={shown}
            focus={focus}
            selectedRelation={selected}
            onSelectActor={(slug) => update({ focus: slug, relation: null })}
            onSelectRelation={(id) => update({ relation: id })}
          />
        ) : null}
        <aside className="side-panel" aria-live="polite">
          {selectedRelation ? (
            <>
              <button type="button" className="close" onClick={() => update({ relation: null })}>
                Close
              </button>
              <RelationItem relation={selectedRelation} />
            </>
          ) : (
            <p className="muted">No relation selected.</p>
          )}
        </aside>
      </div>
      {data?.relations.pageInfo.hasNextPage ? (
        <button type="button" onClick={() => void fetchMore({ variables: { after: data.relations.pageInfo.endCursor } })}>
          Load more relations
        </button>
      ) : null}
      <details>
        <summary>All {shown.length} relations shown, as a list</summary>
        <ul>
          {shown.map((relation) => (
            <li key={relation.id}>
              <button type="button" className="link-button" onClick={() => update({ relation: relation.id })}>
                {relation.source.name} {kindLabel(relation.kind)} {relation.target.name}
              </button>
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
