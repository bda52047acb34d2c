import type { NetworkGraph_RelationsFragment } from '../../gql/graphql';

/** One relation of the view as a table row: who, what kind, whom, and whether it happened. */
const CSV_COLUMNS = [
  'id',
  'source',
  'source_name',
  'source_kind',
  'kind',
  'category',
  'modality',
  'target',
  'target_name',
  'target_kind',
] as const;

function csvCell(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The relations shown, one per row (RFC 4180: quoted where needed, CRLF line ends). */
export function relationsToCsv(relations: readonly NetworkGraph_RelationsFragment[]): string {
  const rows = relations.map((r) =>
    [
      r.id,
      r.source.slug,
      r.source.name,
      r.source.kind,
      r.kind,
      r.category,
      r.modality,
      r.target.slug,
      r.target.name,
      r.target.kind,
    ].map(csvCell),
  );
  return [CSV_COLUMNS.join(','), ...rows.map((row) => row.join(','))].join('\r\n') + '\r\n';
}

function xml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Where the layout put each actor, by slug (the graph's model coordinates, before zoom and pan). */
export type NodePositions = ReadonlyMap<string, { x: number; y: number }>;

/**
 * The graph shown as GraphML: actors as nodes (name, kind and, when given, the position the view
 * drew them at, as the `x`/`y` attributes Gephi reads), relations as directed edges (kind,
 * category, modality).
 */
export function relationsToGraphml(
  relations: readonly NetworkGraph_RelationsFragment[],
  positions: NodePositions = new Map(),
): string {
  const actors = new Map<string, NetworkGraph_RelationsFragment['source']>();
  for (const r of relations) {
    actors.set(r.source.slug, r.source);
    actors.set(r.target.slug, r.target);
  }
  const keys = [
    ['name', 'node'],
    ['actorKind', 'node'],
    ['kind', 'edge'],
    ['category', 'edge'],
    ['modality', 'edge'],
  ].map(([name, scope]) => `  <key id="${name}" for="${scope}" attr.name="${name}" attr.type="string"/>`);
  if (positions.size) {
    keys.push(...['x', 'y'].map((axis) => `  <key id="${axis}" for="node" attr.name="${axis}" attr.type="double"/>`));
  }
  const nodes = [...actors.values()].map((a) => {
    const at = positions.get(a.slug);
    // Rounded to a hundredth of a pixel: the picture's precision, and no float noise in the file.
    const position = at
      ? `<data key="x">${Math.round(at.x * 100) / 100}</data><data key="y">${Math.round(at.y * 100) / 100}</data>`
      : '';
    return `    <node id="${xml(a.slug)}"><data key="name">${xml(a.name)}</data><data key="actorKind">${a.kind}</data>${position}</node>`;
  });
  const edges = relations.map(
    (r) =>
      `    <edge id="${xml(r.id)}" source="${xml(r.source.slug)}" target="${xml(r.target.slug)}">` +
      `<data key="kind">${r.kind}</data><data key="category">${r.category}</data><data key="modality">${r.modality}</data></edge>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...keys,
    '  <graph id="parley" edgedefault="directed">',
    ...nodes,
    ...edges,
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}

/** Hands the browser a file to save, named as given. */
export function download(name: string, content: Blob | string, type = 'text/plain') {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
