import type { RelationCategory } from '@parley/schema';
import { useMemo } from 'react';
import { segmentText, type Segment, type Span } from '../../lib/segments';
import { categoryColor } from '../../ui/category';

interface HighlightedTextProps<T> {
  text: string;
  spans: Span<T>[];
  /** The category a run is coloured by (null: a fact that is not a relation). */
  categoryOf: (segment: Segment<T>) => RelationCategory | null;
  /** The span a deep link points at (`#start-end`), outlined. */
  target?: { start: number; end: number } | null;
  activeStart?: number | null;
  onActivate?: (segment: Segment<T>) => void;
}

/**
 * The text with every evidence span highlighted. Built from elements, never from HTML strings,
 * so the source's own characters (even "<b>") are always shown as text.
 */
export function HighlightedText<T>({
  text,
  spans,
  categoryOf,
  target,
  activeStart,
  onActivate,
}: HighlightedTextProps<T>) {
  const segments = useMemo(() => segmentText(text, spans), [text, spans]);
  return (
    <div className="article-text" lang="en">
      {segments.map((segment) => {
        if (!segment.spans.length) return <span key={segment.start}>{segment.text}</span>;
        const category = categoryOf(segment);
        const isTarget = target && segment.start >= target.start && segment.end <= target.end;
        return (
          <mark
            key={segment.start}
            data-start={segment.start}
            data-end={segment.end}
            data-category={category ?? 'FACT'}
            className={[
              'span',
              category ? `span-${category.toLowerCase()}` : 'span-fact',
              segment.spans.length > 1 ? 'span-overlap' : '',
              isTarget ? 'target' : '',
              activeStart === segment.start ? 'active' : '',
            ].join(' ')}
            style={category ? { borderBottomColor: categoryColor(category) } : undefined}
            tabIndex={0}
            aria-label={`${segment.text} — supports ${segment.spans.length} ${segment.spans.length === 1 ? 'fact' : 'facts'}`}
            onMouseEnter={() => onActivate?.(segment)}
            onFocus={() => onActivate?.(segment)}
            onClick={() => onActivate?.(segment)}
          >
            {segment.text}
          </mark>
        );
      })}
    </div>
  );
}
