import { CATEGORIES, CATEGORY_ORDER } from '../../ui/category';

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

/** What the graph's colours and line styles mean. */
export function NetworkLegend() {
  return (
    <ul className="legend network-legend" aria-label="Legend">
      {CATEGORY_ORDER.map((category) => (
        <li key={category}>
          <ArrowSample color={CATEGORIES[category].color} /> {CATEGORIES[category].label}
        </li>
      ))}
      <li>
        <ArrowSample color="#4b5563" dashed /> did not (yet) happen: requested, threatened or possible
      </li>
      <li>
        <span className="node-sample node-sample-focus" aria-hidden="true" /> the actor in focus
      </li>
    </ul>
  );
}
