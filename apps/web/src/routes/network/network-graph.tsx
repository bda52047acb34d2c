import cytoscape, { type Core, type ElementDefinition, type EventObjectEdge, type EventObjectNode } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { useEffect, useEffectEvent, useRef } from 'react';
import { categoryColor, kindLabel } from '../../ui/category';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { type NetworkGraph_RelationsFragment } from '../../gql/graphql';

cytoscape.use(fcose);

/** The actor in focus; the legend shows the same colour. */
export const FOCUS_COLOR = '#6d28d9';

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
    }
    target {
      id
      slug
      name
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
}

function toElements(relations: readonly NetworkGraph_RelationsFragment[]): ElementDefinition[] {
  const actors = new Map<string, string>();
  relations.forEach((r) => {
    actors.set(r.source.slug, r.source.name);
    actors.set(r.target.slug, r.target.name);
  });
  return [
    ...[...actors].map(([slug, name]) => ({ group: 'nodes' as const, data: { id: slug, label: name } })),
    ...relations.map((r) => ({
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

/** Actors as nodes, relations as directed edges coloured by category (Cytoscape.js + fCoSE layout). */
export function NetworkGraph({
  height = 520,
  focus,
  selectedRelation,
  onSelectActor,
  onSelectRelation,
  ...props
}: NetworkGraphProps) {
  const relations = getFragmentData(NetworkGraph_relations, props.relations);
  const container = useRef<HTMLDivElement>(null);
  const cy = useRef<Core | null>(null);
  // Taps call whatever handlers the latest committed render passed, without rebuilding the graph
  // (and its layout) each time the parent renders new callbacks.
  const selectActor = useEffectEvent((slug: string) => onSelectActor?.(slug));
  const selectRelation = useEffectEvent((id: string) => onSelectRelation?.(id));

  useEffect(() => {
    if (!container.current) return;
    const instance = cytoscape({
      container: container.current,
      elements: toElements(relations),
      style: [
        {
          selector: 'node',
          style: {
            label: 'data(label)',
            'font-size': 11,
            'text-valign': 'bottom',
            'text-margin-y': 4,
            'background-color': '#374151',
            width: 18,
            height: 18,
            'text-wrap': 'wrap',
            'text-max-width': '110px',
          },
        },
        {
          selector: 'node.focus',
          style: { 'background-color': FOCUS_COLOR, width: 26, height: 26, 'font-weight': 'bold' },
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
            label: 'data(label)',
            'font-size': 9,
            color: '#374151',
            'text-rotation': 'autorotate',
            'text-background-color': '#ffffff',
            'text-background-opacity': 0.8,
            'text-background-padding': '1px',
          },
        },
        { selector: 'edge.selected', style: { width: 5 } },
      ],
      // Labels count as part of each node, so names do not pile on top of each other.
      layout: {
        name: relations.length ? 'fcose' : 'grid',
        animate: false,
        randomize: true,
        nodeDimensionsIncludeLabels: true,
        nodeRepulsion: () => 12000,
        idealEdgeLength: () => 120,
        padding: 20,
      } as never,
    });
    instance.on('tap', 'node', (event: EventObjectNode) => selectActor(event.target.id()));
    instance.on('tap', 'edge', (event: EventObjectEdge) => selectRelation(event.target.id()));
    cy.current = instance;
    return () => {
      instance.destroy();
      cy.current = null;
    };
  }, [relations]);

  useEffect(() => {
    const instance = cy.current;
    if (!instance) return;
    instance.nodes().removeClass('focus');
    if (focus) instance.getElementById(focus).addClass('focus');
    instance.edges().removeClass('selected');
    if (selectedRelation) instance.getElementById(selectedRelation).addClass('selected');
  }, [focus, selectedRelation, relations]);

  return (
    <div
      ref={container}
      className="network-graph"
      style={{ height }}
      role="img"
      aria-label={`Network of ${relations.length} relations between actors; the list of relations follows.`}
    />
  );
}
