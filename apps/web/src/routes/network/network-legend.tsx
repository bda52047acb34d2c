import { CATEGORIES, CATEGORY_ORDER } from '../../ui/category';
import { ACTOR_KIND_ORDER, ACTOR_KINDS } from './actor-kinds';

/** A short arrow drawn like the graph's edges: the category's colour, dashed when it did not happen. */
function ArrowSample({ color, dashed = false }: { color: string; dashed?: boolean }) {
  return (
    <svg className="arrow-sample" width="36" height="12" viewBox="0 0 36 12" aria-hidden="true" focusable="false">
      <line
        x1="1"
        y1="6"
        x2="27"
        y2="6"
        stroke={color}
        strokeWidth="2.5"
        strokeDasharray={dashed ? '5 3' : undefined}
      />
      <path d="M26 1 L35 6 L26 11 Z" fill={color} />
    </svg>
  );
}

/** The graph's node shapes, in a 14×14 box. */
const SHAPE_PATHS: Record<string, string> = {
  ellipse: 'M7 1 A6 6 0 1 1 6.99 1 Z',
  'round-rectangle': 'M3 1 H11 Q13 1 13 3 V11 Q13 13 11 13 H3 Q1 13 1 11 V3 Q1 1 3 1 Z',
  diamond: 'M7 0 L14 7 L7 14 L0 7 Z',
  triangle: 'M7 1 L13.5 13 L0.5 13 Z',
  hexagon: 'M3.5 1 H10.5 L14 7 L10.5 13 H3.5 L0 7 Z',
};

function NodeSample({ shape, color }: { shape: string; color: string }) {
  return (
    <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
      <path d={SHAPE_PATHS[shape]} fill={color} />
    </svg>
  );
}

/** What the graph's colours, shapes and line styles mean. */
export function NetworkLegend({ grouped = false }: { grouped?: boolean }) {
  return (
    <div className="network-legend">
      <ul className="legend" aria-label="Relations">
        {CATEGORY_ORDER.map((category) => (
          <li key={category}>
            <ArrowSample color={CATEGORIES[category].color} /> {CATEGORIES[category].label}
          </li>
        ))}
        <li>
          <ArrowSample color="#4b5563" dashed /> did not (yet) happen: requested, threatened or possible
        </li>
      </ul>
      <ul className="legend" aria-label="Actors">
        {ACTOR_KIND_ORDER.map((kind) => (
          <li key={kind}>
            <NodeSample {...ACTOR_KINDS[kind]} /> {ACTOR_KINDS[kind].label}
          </li>
        ))}
        <li>
          <span className="node-sample node-sample-focus" aria-hidden="true" /> the actor in focus (ringed)
        </li>
        <li className="muted">larger: more relations</li>
        {grouped ? (
          <li>
            <span className="organisation-sample" aria-hidden="true" /> a box: the actors holding titles in the
            organisation it names; one with titles in several sits with its first-listed one (pointing at it, or the
            note under the graph, names the others)
          </li>
        ) : null}
      </ul>
    </div>
  );
}
