import cytoscape, { type Core, type ElementDefinition, type EventObjectEdge, type EventObjectNode } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import { categoryColor, kindLabel } from '../../ui/category';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { type NetworkGraph_RelationsFragment } from '../../gql/graphql';
import { ACTOR_KINDS } from './actor-kinds';
import { download } from './network-export';
import { organisationGroups, type AlsoTitledElsewhere } from './organisation-groups';

cytoscape.use(fcose);

/** The ring around the actor in focus; the legend shows the same colour. */
export const FOCUS_COLOR = '#6d28d9';

/** Past this zoom the relations' kinds are written on their arrows; below it they show on hover. */
const EDGE_LABEL_ZOOM = 1.4;

/** Room left around the actors when the graph is fitted to its frame. */
const FIT_PADDING = 24;

/** How long the frame's size must hold still before the graph is fitted to it again. */
const REFIT_DELAY_MS = 150;

export const NetworkGraph_relations = graphql(`
  fragment NetworkGraph_relations on Relation {
    id
    kind
    category
    modality
    source {
      id
      slug
      name
      kind
      # The organisations of its titles group it: asked for only when the view groups.
      positions(first: 5) @include(if: $grouped) {
        id
        organization {
          id
          slug
          name
        }
      }
    }
    target {
      id
      slug
      name
      kind
      # The organisations of its titles group it: asked for only when the view groups.
      positions(first: 5) @include(if: $grouped) {
        id
        organization {
          id
          slug
          name
        }
      }
    }
  }
`);

interface NetworkGraphProps {
  relations: readonly FragmentType<typeof NetworkGraph_relations>[];
  height?: number;
  /** Highlighted actor (the focus of a neighbourhood). */
  focus?: string | null;
  selectedRelation?: string | null;
  onSelectActor?: (slug: string) => void;
  onSelectRelation?: (id: string) => void;
  /** Names the saved picture ("parley-network-pressure"). */
  fileName?: string;
  /** The API's files of the relations shown (filters and focus in their query), for the Save links. */
  exportUrls?: { csv: string; graphml: string };
  /** Draws the actors holding titles in the same organisation inside one box (compound nodes). */
  grouped?: boolean;
}

type GraphActor = NetworkGraph_RelationsFragment['source'];

/** The graph's actors, once each, sorted by slug. */
function actorsOf(relations: readonly NetworkGraph_RelationsFragment[]): GraphActor[] {
  const actors = new Map<string, GraphActor>();
  for (const r of relations) for (const actor of [r.source, r.target]) actors.set(actor.slug, actor);
  return [...actors.values()].sort((a, b) => a.slug.localeCompare(b.slug));
}

const NO_GROUPS: ReturnType<typeof organisationGroups> = { parentOf: new Map(), groups: new Map(), elsewhere: [] };

function toElements(
  relations: readonly NetworkGraph_RelationsFragment[],
  { parentOf, groups, elsewhere }: ReturnType<typeof organisationGroups>,
): ElementDefinition[] {
  const degree = new Map<string, number>();
  for (const r of relations) {
    for (const actor of [r.source, r.target]) degree.set(actor.slug, (degree.get(actor.slug) ?? 0) + 1);
  }
  // Sorted, so that the same relations give the same elements in the same order, hence the same layout.
  const nodes = actorsOf(relations);
  const alsoTitled = new Map(elsewhere.map((entry) => [entry.slug, elsewhereSentence(entry)]));
  return [
    ...[...groups.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([id, name]) => ({
        group: 'nodes' as const,
        classes: 'organisation',
        data: { id, label: name, shape: 'round-rectangle', color: '#f3f4f6', size: 0 },
      })),
    ...nodes.map((actor) => ({
      group: 'nodes' as const,
      data: {
        ...(parentOf.has(actor.slug) ? { parent: parentOf.get(actor.slug) } : {}),
        id: actor.slug,
        label: actor.name,
        // What a pointer resting on the actor shows.
        tooltip: alsoTitled.get(actor.slug) ?? actor.name,
        shape: ACTOR_KINDS[actor.kind].shape,
        color: ACTOR_KINDS[actor.kind].color,
        // Area grows with the number of relations, so hubs stand out without swamping the rest.
        size: Math.round(16 + 7 * Math.sqrt((degree.get(actor.slug) ?? 1) - 1)),
      },
    })),
    ...[...relations]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((r) => ({
        group: 'edges' as const,
        data: {
          id: r.id,
          source: r.source.slug,
          target: r.target.slug,
          label: kindLabel(r.kind),
          color: categoryColor(r.category),
          dashed: r.modality !== 'ACTUAL' ? 'dashed' : 'solid',
        },
      })),
  ];
}

/** "Jorge Rodríguez: boxed with Venezuelan government; also holds titles in Venezuela." */
function elsewhereSentence({ name, boxedIn, elsewhere }: AlsoTitledElsewhere): string {
  return `${name}: boxed with ${boxedIn} (first-listed title); also holds titles in ${elsewhere.join(', ')}`;
}

/** mulberry32: a small seeded generator, so the force layout's "random" start is the same on every load. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seed from the elements themselves: the same data, the same picture; other data, its own. */
function seedOf(elements: ElementDefinition[]): number {
  let hash = 2166136261;
  for (const element of elements) {
    for (const char of String(element.data.id)) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
  }
  return hash;
}

/**
 * Runs `work` with Math.random replaced by a seeded generator. fCoSE draws its starting positions
 * and samples from Math.random and takes no seed; the layout runs synchronously (no animation),
 * so nothing else can observe the replacement.
 */
function withSeededRandom<T>(seed: number, work: () => T): T {
  const random = Math.random;
  Math.random = seededRandom(seed);
  try {
    return work();
  } finally {
    Math.random = random;
  }
}

/** Actors as nodes (shaped and coloured by kind, sized by relations), relations as directed edges coloured by category. */
export function NetworkGraph({
  height = 520,
  focus,
  selectedRelation,
  onSelectActor,
  onSelectRelation,
  fileName = 'parley-network',
  exportUrls,
  grouped = false,
  ...props
}: NetworkGraphProps) {
  const relations = getFragmentData(NetworkGraph_relations, props.relations);
  const container = useRef<HTMLDivElement>(null);
  const cy = useRef<Core | null>(null);
  const fitView = useRef<(() => void) | null>(null);
  const grouping = useMemo(() => (grouped ? organisationGroups(actorsOf(relations)) : NO_GROUPS), [relations, grouped]);
  const boxes = grouping.groups.size;
  // The zoom as a percentage of the fitted view's, shown in the toolbar.
  const [zoomShown, setZoomShown] = useState<number | null>(null);
  // Taps call whatever handlers the latest committed render passed, without rebuilding the graph
  // (and its layout) each time the parent renders new callbacks.
  const selectActor = useEffectEvent((slug: string) => onSelectActor?.(slug));
  const selectRelation = useEffectEvent((id: string) => onSelectRelation?.(id));

  useEffect(() => {
    const frame = container.current;
    if (!frame) return;
    const elements = toElements(relations, grouping);
    const instance = withSeededRandom(seedOf(elements), () =>
      cytoscape({
        container: frame,
        elements,
        minZoom: 0.2,
        maxZoom: 4,
        style: [
          {
            selector: 'node',
            style: {
              label: 'data(label)',
              shape: 'data(shape)' as never,
              'background-color': 'data(color)',
              width: 'data(size)',
              height: 'data(size)',
              'font-size': 13,
              color: '#111827',
              'text-valign': 'bottom',
              'text-margin-y': 4,
              'text-wrap': 'wrap',
              'text-max-width': '120px',
              'text-background-color': '#ffffff',
              'text-background-opacity': 0.85,
              'text-background-padding': '1px',
              // Names too small to read once zoomed out are left out rather than drawn as a smudge.
              'min-zoomed-font-size': 7,
            },
          },
          {
            selector: 'node.organisation',
            style: {
              'background-color': '#f9fafb',
              'border-width': 1,
              'border-style': 'dashed',
              'border-color': '#6b7280',
              'text-valign': 'top',
              'text-margin-y': -4,
              'font-style': 'italic',
              padding: '12px',
            },
          },
          {
            selector: 'node.focus',
            style: { 'border-width': 4, 'border-color': FOCUS_COLOR, 'font-weight': 'bold' },
          },
          {
            selector: 'edge',
            style: {
              width: 2,
              'line-color': 'data(color)',
              'target-arrow-color': 'data(color)',
              'target-arrow-shape': 'triangle',
              'curve-style': 'bezier',
              'line-style': 'data(dashed)' as never,
              'font-size': 11,
              color: '#111827',
              'text-rotation': 'autorotate',
              'text-background-color': '#ffffff',
              'text-background-opacity': 0.9,
              'text-background-padding': '1px',
            },
          },
          // The kind of a relation shows on hover, on the selected one, and for all once zoomed in.
          { selector: 'edge.hover, edge.selected, edge.labelled', style: { label: 'data(label)' } },
          { selector: 'edge.selected', style: { width: 5 } },
        ],
        // Labels count as part of each node, so names do not pile on top of each other.
        layout: {
          name: relations.length ? 'fcose' : 'grid',
          animate: false,
          randomize: true,
          nodeDimensionsIncludeLabels: true,
          nodeRepulsion: () => 16000,
          idealEdgeLength: () => 130,
          nodeSeparation: 90,
          padding: 24,
        } as never,
      }),
    );
    // A box focuses on its organisation.
    instance.on('tap', 'node', (event: EventObjectNode) => selectActor(event.target.id().replace(/^group:/, '')));
    instance.on('tap', 'edge', (event: EventObjectEdge) => selectRelation(event.target.id()));
    instance.on('mouseover', 'edge', (event: EventObjectEdge) => event.target.addClass('hover'));
    instance.on('mouseout', 'edge', (event: EventObjectEdge) => event.target.removeClass('hover'));
    instance.on('mouseover', 'node', (event: EventObjectNode) => {
      frame.title = String(event.target.data('tooltip') ?? '');
    });
    instance.on('mouseout', 'node', () => {
      frame.title = '';
    });
    instance.on('zoom', () => {
      instance.edges().toggleClass('labelled', instance.zoom() >= EDGE_LABEL_ZOOM);
      setZoomShown(Math.round(instance.zoom() * 100));
    });
    setZoomShown(Math.round(instance.zoom() * 100));

    // The view the last fit left. While the reader has not zoomed or panned away from it, the graph
    // follows its frame's size (a window resized, a phone turned, the side panel opening); once they
    // have, their view is theirs and a resize leaves it alone.
    let fitted = { zoom: instance.zoom(), ...instance.pan() };
    const fit = () => {
      instance.fit(undefined, FIT_PADDING);
      fitted = { zoom: instance.zoom(), ...instance.pan() };
    };
    const untouched = () => {
      const pan = instance.pan();
      return instance.zoom() === fitted.zoom && pan.x === fitted.x && pan.y === fitted.y;
    };
    fitView.current = fit;
    let refit: ReturnType<typeof setTimeout> | undefined;
    const resized = new ResizeObserver(() => {
      clearTimeout(refit);
      refit = setTimeout(() => {
        instance.resize();
        if (frame.clientWidth > 0 && frame.clientHeight > 0 && untouched()) fit();
      }, REFIT_DELAY_MS);
    });
    resized.observe(frame);
    cy.current = instance;
    return () => {
      clearTimeout(refit);
      resized.disconnect();
      instance.destroy();
      cy.current = null;
      fitView.current = null;
    };
  }, [relations, grouping]);

  useEffect(() => {
    const instance = cy.current;
    if (!instance) return;
    instance.nodes().removeClass('focus');
    if (focus) instance.getElementById(focus).addClass('focus');
    instance.edges().removeClass('selected');
    if (selectedRelation) instance.getElementById(selectedRelation).addClass('selected');
  }, [focus, selectedRelation, relations]);

  const zoomBy = (factor: number) => {
    const instance = cy.current;
    if (!instance) return;
    instance.zoom({
      level: instance.zoom() * factor,
      renderedPosition: { x: instance.width() / 2, y: instance.height() / 2 },
    });
  };

  return (
    <div className="network-graph-frame">
      <div className="graph-toolbar" role="toolbar" aria-label="Graph view">
        <button type="button" onClick={() => zoomBy(1.25)}>
          Zoom in
        </button>
        <button type="button" onClick={() => zoomBy(0.8)}>
          Zoom out
        </button>
        <button type="button" onClick={() => fitView.current?.()}>
          Fit
        </button>
        {zoomShown === null ? null : (
          <span className="graph-zoom" aria-label={`Zoom ${zoomShown}%`}>
            {zoomShown}%
          </span>
        )}
        <span className="toolbar-gap" />
        <button
          type="button"
          onClick={() => {
            const png = cy.current?.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' });
            if (png) download(`${fileName}.png`, png);
          }}
        >
          Save PNG
        </button>
        {/* The server writes these files, streamed, from the same filters: links, not files made here. */}
        {exportUrls ? (
          <>
            <a className="button" href={exportUrls.csv} download>
              Save CSV
            </a>
            <a className="button" href={exportUrls.graphml} download>
              Save GraphML
            </a>
          </>
        ) : null}
      </div>
      <div
        ref={container}
        className="network-graph"
        style={{ height }}
        role="img"
        aria-label={`Network of ${relations.length} relations between actors${
          grouped ? `, boxed by organisation (${boxes} ${boxes === 1 ? 'box' : 'boxes'})` : ''
        }; the list of relations follows.`}
      />
      {grouping.elsewhere.length ? (
        <div className="graph-note">
          <p>An actor with titles in several organisations is boxed with the organisation of its first-listed title:</p>
          <ul aria-label="Actors with titles in several organisations">
            {grouping.elsewhere.map((entry) => (
              <li key={entry.slug}>{elsewhereSentence(entry)}.</li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
