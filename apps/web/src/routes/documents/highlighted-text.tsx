import { useMemo } from 'react';
import { segmentText, type Segment, type Span } from '../../lib/segments';
import { CATEGORIES } from '../../ui/category';

interface HighlightedTextProps<T> {
  text: string;
  spans: Span<T>[];
  /** The layer a run is coloured by: a relation category, or another kind of fact ("STATEMENTS"). */
  categoryOf: (segment: Segment<T>) => string | null;
  /** The span a deep link points at (`#start-end`), outlined. */
  target?: { start: number; end: number } | null;
  /** The run whose facts the panel shows. */
  activeStart?: number | null;
  /** The run a reader pinned (clicked, or pressed Enter on). */
  pinnedStart?: number | null;
  /** The pointer or the focus is on a run: a preview. */
  onPreview?: (segment: Segment<T>) => void;
  /** A run was clicked or pressed: it stays in the panel until another is. */
  onPin?: (segment: Segment<T>) => void;
}

/**
 * The text with every evidence span highlighted. Built from elements, never from HTML strings,
 * so the source's own characters (even "<b>") are always shown as text. Each highlighted run is a
 * button (pressed when pinned) named by its words and how many facts they support.
 */
export function HighlightedText<T>({
  text,
  spans,
  categoryOf,
  target,
  activeStart,
  pinnedStart,
  onPreview,
  onPin,
}: HighlightedTextProps<T>) {
  const segments = useMemo(() => segmentText(text, spans), [text, spans]);
  return (
    <div className="article-text" lang="en">
      {segments.map((segment) => {
        if (!segment.spans.length) {
          return (
            <span key={segment.start} data-start={segment.start}>
              {segment.text}
            </span>
          );
        }
        const category = categoryOf(segment);
        const color = category && category in CATEGORIES ? CATEGORIES[category as keyof typeof CATEGORIES].color : null;
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
            style={color ? { borderBottomColor: color } : undefined}
            role="button"
            tabIndex={0}
            aria-pressed={pinnedStart === segment.start}
            aria-label={`${segment.text} — supports ${segment.spans.length} ${segment.spans.length === 1 ? 'fact' : 'facts'}`}
            onMouseEnter={() => onPreview?.(segment)}
            onFocus={() => onPreview?.(segment)}
            onClick={() => onPin?.(segment)}
            onKeyDown={(event) => {
              if (event.key !== 'Enter' && event.key !== ' ') return;
              event.preventDefault();
              onPin?.(segment);
            }}
          >
            {segment.text}
          </mark>
        );
      })}
    </div>
  );
}
