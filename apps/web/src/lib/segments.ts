/** A span of text that supports some facts (offsets in UTF-16 code units, end exclusive). */
export interface Span<T = unknown> {
  start: number;
  end: number;
  data: T;
}

/** A run of text covered by the same set of spans. */
export interface Segment<T = unknown> {
  start: number;
  end: number;
  text: string;
  spans: Span<T>[];
}

/**
 * Cuts a text at every span boundary, so that overlapping and nested spans become a flat list of
 * segments, each knowing every span that covers it. Spans outside the text are clipped.
 */
export function segmentText<T>(text: string, spans: Span<T>[]): Segment<T>[] {
  const valid = spans
    .map((span) => ({ ...span, start: Math.max(0, span.start), end: Math.min(text.length, span.end) }))
    .filter((span) => span.end > span.start);
  const cuts = [...new Set([0, text.length, ...valid.flatMap((span) => [span.start, span.end])])].sort((a, b) => a - b);
  // Each cut after the first (always 0) ends a segment that starts at the cut before it.
  const segments: Segment<T>[] = [];
  let start = 0;
  for (const end of cuts.slice(1)) {
    segments.push({
      start,
      end,
      text: text.slice(start, end),
      spans: valid.filter((span) => span.start <= start && span.end >= end),
    });
    start = end;
  }
  return segments;
}

/** Parses a `#start-end` location hash into offsets, or null. */
export function parseSpanHash(hash: string): { start: number; end: number } | null {
  const match = /^#?(\d+)-(\d+)$/.exec(hash);
  if (!match) return null;
  const start = Number(match[1]);
  const end = Number(match[2]);
  return end > start ? { start, end } : null;
}
