/**
 * `node --import @swc-node/register/esm-register bench/heap-diff.ts EARLY LATE [--top 25]`: what
 * grew between two V8 heap snapshots (`bench:memory --snapshots DIR` writes them). Groups the
 * objects of each snapshot by kind and constructor and prints the groups whose count or size grew
 * most, with a few retainer chains of the largest grown group.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

interface Snapshot {
  snapshot: {
    meta: {
      node_fields: string[];
      node_types: [string[], ...unknown[]];
      edge_fields: string[];
      edge_types: [string[], ...unknown[]];
    };
  };
  nodes: number[];
  edges: number[];
  strings: string[];
}

interface Group {
  count: number;
  size: number;
}

/** Count and self size of the objects of each kind and constructor. */
function groups(heap: Snapshot): Map<string, Group> {
  const { node_fields: fields, node_types: types } = heap.snapshot.meta;
  const width = fields.length;
  const typeAt = fields.indexOf('type');
  const nameAt = fields.indexOf('name');
  const sizeAt = fields.indexOf('self_size');
  const result = new Map<string, Group>();
  for (let i = 0; i < heap.nodes.length; i += width) {
    const type = types[0][heap.nodes[i + typeAt]!]!;
    const name = type === 'object' || type === 'closure' ? heap.strings[heap.nodes[i + nameAt]!]! : '';
    const key = `${type} ${name.slice(0, 60)}`;
    const group = result.get(key) ?? { count: 0, size: 0 };
    group.count++;
    group.size += heap.nodes[i + sizeAt]!;
    result.set(key, group);
  }
  return result;
}

/** Retainer chains (up to `depth` hops) of a few objects of one constructor. */
function retainers(heap: Snapshot, constructor: string, samples: number, depth: number): string[] {
  const { node_fields: fields, node_types: types, edge_fields: edgeFields, edge_types: edgeTypes } = heap.snapshot.meta;
  const width = fields.length;
  const edgeWidth = edgeFields.length;
  const typeAt = fields.indexOf('type');
  const nameAt = fields.indexOf('name');
  const edgeCountAt = fields.indexOf('edge_count');
  const edgeTypeAt = edgeFields.indexOf('type');
  const edgeNameAt = edgeFields.indexOf('name_or_index');
  const edgeToAt = edgeFields.indexOf('to_node');
  const nodeCount = heap.nodes.length / width;
  // Reverse edges: for every node, who points at it and through which edge.
  const parents: { from: number; edge: string }[][] = Array.from({ length: nodeCount }, () => []);
  let edge = 0;
  for (let node = 0; node < nodeCount; node++) {
    const count = heap.nodes[node * width + edgeCountAt]!;
    for (let e = 0; e < count; e++, edge += edgeWidth) {
      const kind = edgeTypes[0][heap.edges[edge + edgeTypeAt]!]!;
      if (kind === 'weak') continue;
      const nameOrIndex = heap.edges[edge + edgeNameAt]!;
      const label = kind === 'element' || kind === 'hidden' ? `[${nameOrIndex}]` : heap.strings[nameOrIndex]!;
      parents[heap.edges[edge + edgeToAt]! / width]!.push({ from: node, edge: label });
    }
  }
  const describe = (node: number) => {
    const type = types[0][heap.nodes[node * width + typeAt]!]!;
    return `${type}:${heap.strings[heap.nodes[node * width + nameAt]!]!.slice(0, 50)}`;
  };
  const chains: string[] = [];
  for (let node = 0; node < nodeCount && chains.length < samples; node++) {
    if (describe(node) !== `object:${constructor}`) continue;
    if (Math.random() > 0.01) continue;
    const chain = [describe(node)];
    let current = node;
    const seen = new Set([node]);
    for (let hop = 0; hop < depth; hop++) {
      const parent = parents[current]!.find((candidate) => !seen.has(candidate.from));
      if (!parent) break;
      chain.push(`${describe(parent.from)}.${parent.edge}`);
      seen.add(parent.from);
      current = parent.from;
    }
    chains.push(chain.join('\n    ← '));
  }
  return chains;
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    top: { type: 'string', default: '25' },
    chains: { type: 'string' },
    depth: { type: 'string', default: '25' },
  },
});
const [earlyFile, lateFile] = positionals;
if (!earlyFile || !lateFile) {
  console.error('usage: heap-diff.ts EARLY.heapsnapshot LATE.heapsnapshot [--top 25] [--chains Constructor]');
  process.exit(2);
}
const early = groups(JSON.parse(readFileSync(earlyFile, 'utf8')) as Snapshot);
const lateHeap = JSON.parse(readFileSync(lateFile, 'utf8')) as Snapshot;
const late = groups(lateHeap);
const grown = [...late]
  .map(([key, group]) => {
    const before = early.get(key) ?? { count: 0, size: 0 };
    return { key, count: group.count - before.count, size: group.size - before.size, total: group.size };
  })
  .sort((a, b) => b.size - a.size)
  .slice(0, Number(values.top));
console.log('grown (KB)  total (KB)  count Δ  kind and constructor');
for (const { key, count, size, total } of grown) {
  console.log(
    `${(size / 1024).toFixed(0).padStart(10)}  ${(total / 1024).toFixed(0).padStart(10)}  ${String(count).padStart(7)}  ${key}`,
  );
}
if (values.chains) {
  for (const chain of retainers(lateHeap, values.chains, 3, Number(values.depth))) console.log(`\n${chain}`);
}
