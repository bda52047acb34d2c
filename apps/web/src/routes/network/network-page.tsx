import { skipToken, useQuery } from '@apollo/client/react';
import { Direction, RelationCategory, RelationKind } from '@parley/schema';
import { lazy, Suspense, useDeferredValue, useMemo, useState } from 'react';
import { CATEGORIES, CATEGORY_ORDER, categoryColor, kindLabel } from '../../ui/category';
import { PageTitle } from '../../ui/page-title';
import { CopyLinkButton } from '../../ui/copy-link';
import { EmptyState, ErrorState, LoadingState } from '../../ui/states';
import { useMatchesPhone } from '../../ui/viewport';
import { WhenVisible } from '../../ui/when-visible';
import { useUrlControls } from '../../ui/url-controls';
import { exportUrl } from '../../api-urls';
import { NetworkLegend } from './network-legend';
import { TimeBrush } from './time-brush';
import { graphql } from '../../gql';

// The graph library is most of this view's weight: it loads once the graph's place is near the screen.
const NetworkGraph = lazy(() => import('./network-graph').then((m) => ({ default: m.NetworkGraph })));
// A relation's evidence and history (and their code) are not part of the first screen: they load when one is picked.
const PickedRelation = lazy(() => import('./picked-relation').then((m) => ({ default: m.PickedRelation })));

const GRAPH_HEIGHT = 520;

/** On a phone the list below is the view; the graph, and its library, come when asked for. */
const PHONE = '(max-width: 600px)';

export const NetworkQuery = graphql(`
  query NetworkQuery($filter: RelationFilter, $after: String, $grouped: Boolean! = false) {
    relations(filter: $filter, first: 100, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          kind
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
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    relationKinds {
      kind
      category
      description
    }
  }
`);

/**
 * The dates of the relations the other filters keep, for the time brush: its histogram shows what
 * the dates could select, so it does not shrink with the dates chosen.
 */
export const NetworkDatesQuery = graphql(`
  query NetworkDatesQuery($filter: RelationFilter) {
    relations(filter: $filter, first: 100) {
      totalCount
      edges {
        node {
          id
          date {
            start
            end
          }
        }
      }
    }
  }
`);

/** Most actors a focused view draws around its centre; the server keeps the most strongly linked. */
const NEIGHBOURHOOD_SIZE = 100;

export const NetworkNeighbourhoodQuery = graphql(`
  query NetworkNeighbourhoodQuery(
    $slug: String!
    $hops: Int
    $first: Int
    $direction: Direction
    $filter: RelationFilter
    $grouped: Boolean! = false
  ) {
    neighbourhood(slug: $slug, hops: $hops, first: $first, direction: $direction, filter: $filter) {
      actor {
        id
        slug
        name
      }
      capped
      relations {
        id
        kind
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

/** Sorts actors by name: one collator for every comparison, a little faster than `localeCompare` on each. */
const byName = new Intl.Collator().compare;

/** Stable while a neighbourhood loads, so the graph is not rebuilt on every render. */
const NO_RELATIONS = [] as const;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** How the direction of a neighbourhood reads in its picker, in the picker's order. */
const DIRECTIONS: Record<Direction, string> = {
  BOTH: 'in and out',
  OUTGOING: 'outgoing',
  INCOMING: 'incoming',
};

/** The value of an enum of the schema, if the text is one. */
function enumValue<T extends string>(values: Record<string, T>, text: string | null): T | undefined {
  return Object.values(values).find((value) => value === text);
}

/** A comma-separated list from the query string, keeping only the values the schema knows. */
function listParam<T extends string>(values: Record<string, T>, text: string | null): T[] {
  return (text ? text.split(',') : []).flatMap((item) => enumValue(values, item) ?? []);
}

export function NetworkPage() {
  // Each change is a step in the history: Back undoes the last filter (or selection).
  const [params, update] = useUrlControls();
  const phone = useMatchesPhone(PHONE);
  const [graphAsked, setGraphAsked] = useState(() => !phone);
  const categories = listParam(RelationCategory, params.get('categories'));
  const kinds = listParam(RelationKind, params.get('kinds'));
  const from = DATE.test(params.get('from') ?? '') ? params.get('from') : null;
  const to = DATE.test(params.get('to') ?? '') ? params.get('to') : null;
  const focus = params.get('focus');
  const hops = params.get('hops') === '2' ? 2 : 1;
  const direction = enumValue(Direction, params.get('direction')) ?? Direction.BOTH;
  const selected = params.get('relation');
  const grouped = params.get('group') === 'organisation';

  const filter = { categories: categories.length ? categories : null, kinds: kinds.length ? kinds : null, from, to };
  const { data, previousData, loading, error, fetchMore, refetch } = useQuery(NetworkQuery, {
    variables: { filter, grouped },
  });
  const datesQuery = useQuery(NetworkDatesQuery, {
    variables: { filter: { categories: filter.categories, kinds: filter.kinds } },
  });
  const dated = datesQuery.data ?? datesQuery.previousData;
  const dates = useMemo(() => dated?.relations.edges.map((edge) => edge.node.date) ?? [], [dated]);
  // The focused view asks the server for the neighbourhood: it sees every relation, not only the pages loaded here.
  const around = useQuery(
    NetworkNeighbourhoodQuery,
    focus ? { variables: { slug: focus, hops, first: NEIGHBOURHOOD_SIZE, direction, filter, grouped } } : skipToken,
  );
  const neighbourhood = focus ? (around.data ?? around.previousData)?.neighbourhood : undefined;
  const busy = loading || (Boolean(focus) && around.loading);
  // While a new filter loads, keep drawing the last result instead of flashing an empty page.
  const current = data ?? previousData;
  const kindInfo = current?.relationKinds ?? [];
  const relations = useMemo(() => current?.relations.edges.map((edge) => edge.node) ?? [], [current]);
  const shown = focus ? (neighbourhood?.relations ?? NO_RELATIONS) : relations;
  // The parts that grow with the answers (the focus picker's actors, the list of relations, the
  // time brush) render in a second pass that React splits into short tasks. Rendered at once in the
  // task that writes an answer into the cache, they made it the page's longest task on a phone.
  const listedRelations = useDeferredValue(relations);
  const listedShown = useDeferredValue(shown);
  const listedDates = useDeferredValue(dated ? dates : null);
  const actors = useMemo(() => {
    const bySlug = new Map(
      listedRelations.flatMap((relation) => [relation.source, relation.target]).map((actor) => [actor.slug, actor]),
    );
    return [...bySlug.values()].sort((a, b) => byName(a.name, b.name));
  }, [listedRelations]);
  const focusName =
    relations.flatMap((relation) => [relation.source, relation.target]).find((actor) => actor.slug === focus)?.name ??
    (neighbourhood?.actor.slug === focus ? neighbourhood.actor.name : focus);
  // The API writes the files of what the view shows: the same filter, and in focus the same neighbourhood.
  const exportQuery = new URLSearchParams();
  if (categories.length) exportQuery.set('categories', categories.join(','));
  if (kinds.length) exportQuery.set('kinds', kinds.join(','));
  if (from) exportQuery.set('from', from);
  if (to) exportQuery.set('to', to);
  if (focus) {
    exportQuery.set('around', focus);
    exportQuery.set('hops', String(hops));
    exportQuery.set('direction', direction);
    exportQuery.set('first', String(NEIGHBOURHOOD_SIZE));
  }
  const exportUrls = {
    csv: exportUrl('relations.csv', exportQuery),
    graphml: exportUrl('graph.graphml', exportQuery),
  };
  // Offer the kinds of the categories shown (all kinds when no category is picked).
  const kindOptions = kindInfo.filter((info) => !categories.length || categories.includes(info.category));

  const toggleCategory = (category: RelationCategory) =>
    update({
      categories:
        (categories.includes(category) ? categories.filter((c) => c !== category) : [...categories, category]).join(
          ',',
        ) || null,
    });

  return (
    <div className="network-page">
      <PageTitle>{focus ? `Network around ${focusName}` : 'Network'}</PageTitle>
      <h1>Network</h1>
      <form className="filters" aria-label="Filter relations" onSubmit={(event) => event.preventDefault()}>
        <fieldset>
          <legend>Categories</legend>
          {CATEGORY_ORDER.map((category) => (
            <label key={category} className="legend-item">
              <input
                type="checkbox"
                checked={categories.includes(category)}
                onChange={() => toggleCategory(category)}
              />
              <span className="swatch" style={{ background: categoryColor(category) }} aria-hidden="true" />
              {CATEGORIES[category].label}
            </label>
          ))}
        </fieldset>
        <label>
          Kind
          <select value={kinds[0] ?? ''} onChange={(event) => update({ kinds: event.target.value || null })}>
            <option value="">any kind</option>
            {kindOptions.map((info) => (
              <option key={info.kind} value={info.kind} title={info.description}>
                {kindLabel(info.kind)}
              </option>
            ))}
          </select>
        </label>
        <fieldset>
          <legend>Dates</legend>
          <label>
            From{' '}
            <input
              type="date"
              value={from ?? ''}
              max={to ?? undefined}
              onChange={(event) => update({ from: event.target.value || null })}
            />
          </label>
          <label>
            To{' '}
            <input
              type="date"
              value={to ?? ''}
              min={from ?? undefined}
              onChange={(event) => update({ to: event.target.value || null })}
            />
          </label>
        </fieldset>
        <label>
          Focus on
          <select
            value={focus ?? ''}
            onChange={(event) => update({ focus: event.target.value || null, relation: null })}
          >
            <option value="">everyone</option>
            {actors.map((actor) => (
              <option key={actor.slug} value={actor.slug}>
                {actor.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          <input
            type="checkbox"
            checked={grouped}
            onChange={() => update({ group: grouped ? null : 'organisation' })}
          />
          Group actors by organisation
        </label>
        {focus ? (
          <fieldset>
            <legend>Around {focusName}</legend>
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
                {Object.entries(DIRECTIONS).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" onClick={() => update({ focus: null, hops: null, direction: null })}>
              Show everyone
            </button>
          </fieldset>
        ) : null}
      </form>
      <p className="view-actions">
        <CopyLinkButton label="Copy link to this view" />
      </p>
      <p className="muted">
        Click an actor to focus on its neighbourhood; click an arrow to read the relation and its evidence. The list
        below the graph does the same from the keyboard.
      </p>
      {error ? <ErrorState error={error} retry={() => void refetch()} /> : null}
      {around.error ? <ErrorState error={around.error} retry={() => void around.refetch()} /> : null}
      {focus && around.loading && !neighbourhood ? (
        <LoadingState what={`Loading the network around ${focusName}`} />
      ) : null}
      {neighbourhood?.capped ? (
        <p className="muted">
          Showing only the actors most strongly linked to {focusName}: there are more than the view draws.
        </p>
      ) : null}
      {current && !busy && shown.length === 0 ? (
        <EmptyState>
          No relation matches these filters.{' '}
          {focus ? 'Show everyone, allow 2 hops, or' : 'Tick more categories, pick “any kind”, or'} widen the dates.
        </EmptyState>
      ) : null}
      <div className="network-layout" aria-busy={busy}>
        <div>
          <NetworkLegend grouped={grouped} />
          {/* Where the graph's button will be, so that nothing below moves when the relations arrive. */}
          {loading && !current ? <LoadingState what="Loading relations" /> : null}
          {shown.length && !graphAsked ? (
            <button type="button" onClick={() => setGraphAsked(true)}>
              Draw the graph of these {shown.length} relations
            </button>
          ) : null}
          {shown.length && graphAsked ? (
            <WhenVisible height={GRAPH_HEIGHT + 40}>
              <Suspense fallback={<div className="graph-placeholder" style={{ minHeight: GRAPH_HEIGHT + 40 }} />}>
                <NetworkGraph
                  relations={shown}
                  height={GRAPH_HEIGHT}
                  focus={focus}
                  selectedRelation={selected}
                  onSelectActor={(slug) => update({ focus: slug, relation: null })}
                  onSelectRelation={(id) => update({ relation: id })}
                  grouped={grouped}
                  exportUrls={exportUrls}
                  fileName={['parley-network', focus, ...categories.map((c) => c.toLowerCase())]
                    .filter(Boolean)
                    .join('-')}
                />
              </Suspense>
            </WhenVisible>
          ) : null}
          {listedDates ? (
            <TimeBrush dates={listedDates} from={from} to={to} onChange={(range) => update(range)} />
          ) : (
            // The brush's room, kept while its dates load.
            <div className="time-brush-placeholder" />
          )}
          {dated && dated.relations.totalCount > dated.relations.edges.length ? (
            <p className="muted">
              The histogram counts the first {dated.relations.edges.length} of {dated.relations.totalCount} relations.
            </p>
          ) : null}
        </div>
        <aside className="side-panel" aria-live="polite" aria-label="Selected relation">
          {selected ? (
            <>
              <button type="button" className="close" onClick={() => update({ relation: null })}>
                Close
              </button>
              <Suspense fallback={<LoadingState what="Loading the relation" />}>
                <PickedRelation id={selected} />
              </Suspense>
            </>
          ) : (
            <p className="muted">No relation selected. Click an arrow, or pick one from the list.</p>
          )}
        </aside>
      </div>
      {current?.relations.pageInfo.hasNextPage ? (
        <button
          type="button"
          disabled={loading}
          onClick={() => void fetchMore({ variables: { after: current.relations.pageInfo.endCursor } })}
        >
          Load more relations ({relations.length} of {current.relations.totalCount})
        </button>
      ) : null}
      {!focus && current?.relations.pageInfo.hasNextPage ? (
        <p className="graph-note">
          Save CSV and Save GraphML write all {current.relations.totalCount} relations these filters keep, not only the{' '}
          {relations.length} loaded.
        </p>
      ) : null}
      <details>
        <summary>All {shown.length} relations shown, as a list</summary>
        <ul>
          {listedShown.map((relation) => (
            <li key={relation.id}>
              <button
                type="button"
                className="link-button"
                aria-pressed={relation.id === selected}
                onClick={() => update({ relation: relation.id })}
              >
                {relation.source.name} {kindLabel(relation.kind)} {relation.target.name}
              </button>
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
