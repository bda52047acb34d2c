import type { EntityManager } from '@mikro-orm/core';
import { actorPages, type ExportSink } from './export-pages.js';
import type { ExportScope } from './export-scope.js';
import { relationRowPages, type RelationRow } from './relation-rows.js';

/** One attribute of a node or an edge, as both graph formats declare it. */
interface Column<T> {
  id: string;
  type: 'string' | 'integer';
  value(item: T): string | number | null | undefined;
}

interface NodeItem {
  slug: string;
  name: string;
  kind: string;
}

const nodeColumns: Column<NodeItem>[] = [
  { id: 'slug', type: 'string', value: (actor) => actor.slug },
  { id: 'kind', type: 'string', value: (actor) => actor.kind },
];

const edgeColumns: Column<RelationRow>[] = [
  { id: 'kind', type: 'string', value: (row) => row.kind },
  { id: 'category', type: 'string', value: (row) => row.category },
  { id: 'modality', type: 'string', value: (row) => row.modality },
  { id: 'summary', type: 'string', value: (row) => row.summary },
  { id: 'dateText', type: 'string', value: (row) => row.date.text },
  { id: 'dateStart', type: 'string', value: (row) => row.date.start },
  { id: 'dateEnd', type: 'string', value: (row) => row.date.end },
  { id: 'demand', type: 'string', value: (row) => row.demand },
  { id: 'lever', type: 'string', value: (row) => row.lever },
  { id: 'attributionKind', type: 'string', value: (row) => row.attribution.kind },
  { id: 'attributionSource', type: 'string', value: (row) => row.attribution.source },
  { id: 'attributionText', type: 'string', value: (row) => row.attribution.text },
  { id: 'quote', type: 'string', value: (row) => row.evidence.map((evidence) => evidence.quote).join(' … ') },
  { id: 'quoteCount', type: 'integer', value: (row) => row.evidence.length },
  { id: 'document', type: 'string', value: (row) => row.document },
];

/** Whether XML 1.0 can carry this code point at all (not most control characters, nor lone surrogates). */
function representable(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    code >= 0x10000
  );
}

/** Text fit for an XML attribute or element; what XML cannot carry becomes U+FFFD. */
export function xml(value: string | number): string {
  let safe = '';
  // By code point: a paired surrogate comes as one, a lone one alone.
  for (const char of String(value)) safe += representable(char.codePointAt(0) ?? 0) ? char : '\uFFFD';
  return safe
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}

/** The values of an item's attributes that it has, by attribute id. */
function valuesOf<T>(columns: Column<T>[], item: T): [string, string | number][] {
  return columns.flatMap((column) => {
    const value = column.value(item);
    return value === undefined || value === null || value === ''
      ? []
      : [[column.id, value] as [string, string | number]];
  });
}

/** How one graph format spells its parts; the walk over actors and relations is shared. */
interface GraphFormat {
  head(): string;
  node(actor: NodeItem): string;
  betweenNodesAndEdges: string;
  edge(row: RelationRow): string;
  tail: string;
}

const gexf: GraphFormat = {
  head: () => {
    const declare = (columns: Column<never>[]) =>
      columns.map((c) => `<attribute id="${c.id}" title="${c.id}" type="${c.type}"/>`).join('');
    return (
      `<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3">\n` +
      `<meta><creator>Parley</creator><description>Actors and the relations between them, with their evidence</description></meta>\n` +
      `<graph defaultedgetype="directed" mode="static">\n` +
      `<attributes class="node">${declare(nodeColumns)}</attributes>\n` +
      `<attributes class="edge">${declare(edgeColumns)}</attributes>\n<nodes>\n`
    );
  },
  node: (actor) =>
    `<node id="${xml(actor.slug)}" label="${xml(actor.name)}"><attvalues>${valuesOf(nodeColumns, actor)
      .map(([id, value]) => `<attvalue for="${id}" value="${xml(value)}"/>`)
      .join('')}</attvalues></node>\n`,
  betweenNodesAndEdges: '</nodes>\n<edges>\n',
  edge: (row) =>
    `<edge id="${xml(row.id)}" source="${xml(row.source.slug)}" target="${xml(row.target.slug)}" label="${xml(row.kind)}"><attvalues>${valuesOf(
      edgeColumns,
      row,
    )
      .map(([id, value]) => `<attvalue for="${id}" value="${xml(value)}"/>`)
      .join('')}</attvalues></edge>\n`,
  tail: '</edges>\n</graph>\n</gexf>\n',
};

const graphml: GraphFormat = {
  head: () => {
    const declare = (scope: 'node' | 'edge', columns: Column<never>[]) =>
      columns
        .map(
          (c) =>
            `<key id="${scope}_${c.id}" for="${scope}" attr.name="${c.id}" attr.type="${c.type === 'integer' ? 'int' : 'string'}"/>\n`,
        )
        .join('');
    return (
      `<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n` +
      `<key id="node_label" for="node" attr.name="label" attr.type="string"/>\n` +
      declare('node', nodeColumns) +
      declare('edge', edgeColumns) +
      `<graph id="parley" edgedefault="directed">\n`
    );
  },
  node: (actor) =>
    `<node id="${xml(actor.slug)}"><data key="node_label">${xml(actor.name)}</data>${valuesOf(nodeColumns, actor)
      .map(([id, value]) => `<data key="node_${id}">${xml(value)}</data>`)
      .join('')}</node>\n`,
  betweenNodesAndEdges: '',
  edge: (row) =>
    `<edge id="${xml(row.id)}" source="${xml(row.source.slug)}" target="${xml(row.target.slug)}">${valuesOf(
      edgeColumns,
      row,
    )
      .map(([id, value]) => `<data key="edge_${id}">${xml(value)}</data>`)
      .join('')}</edge>\n`,
  tail: '</graph>\n</graphml>\n',
};

export const GRAPH_FORMATS = { gexf, graphml } as const;

/**
 * Streams the actor graph (actors as nodes, relations as directed edges with their attribution
 * and quotes) in GEXF 1.3 (Gephi) or GraphML (yEd, Cytoscape). Written directly rather than
 * through a graph library, which would hold the whole graph in memory; the tests read the output
 * back with graphology's GEXF and GraphML parsers.
 */
export async function exportGraph(
  sink: ExportSink,
  em: EntityManager,
  scope: ExportScope,
  format: GraphFormat,
): Promise<void> {
  await sink.write(format.head());
  for await (const actors of actorPages(em, scope)) {
    for (const actor of actors) await sink.write(format.node(actor));
  }
  await sink.write(format.betweenNodesAndEdges);
  for await (const rows of relationRowPages(em, scope)) {
    for (const row of rows) await sink.write(format.edge(row));
  }
  await sink.write(format.tail);
}
