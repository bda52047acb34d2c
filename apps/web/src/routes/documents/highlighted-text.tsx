import { type Ref } from 'react';
import { type Segment } from '../../lib/segments';
import { CATEGORIES } from '../../ui/category';

interface HighlightedTextProps<T> {
  /** The element the text is drawn in (find in the article marks its matches there). */
  articleRef?: Ref<HTMLDivElement>;
  /** The text cut at every span's ends (segmentText), computed once by the page. */
  segments: Segment<T>[];
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
  /** How many of a run's spans are suggested facts rather than facts (outlined, dashed). */
  suggestedIn?: (segment: Segment<T>) => number;
  /** The run belongs to the suggestion current in the review queue (marked `aria-current`). */
  isCurrent?: (segment: Segment<T>) => boolean;
}

/**
 * The text with every evidence span highlighted. Built from elements, never from HTML strings,
 * so the source's own characters (even "<b>") are always shown as text. Each highlighted run is a
 * button (pressed when pinned) named by its words and how many facts they support.
 */
export function HighlightedText<T>({
  articleRef,
  segments,
  categoryOf,
  target,
  activeStart,
  pinnedStart,
  onPreview,
  onPin,
  suggestedIn,
  isCurrent,
}: HighlightedTextProps<T>) {
  return (
    <div className="article-text" lang="en" ref={articleRef}>
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
        const suggested = suggestedIn?.(segment) ?? 0;
        const facts = segment.spans.length - suggested;
        const current = isCurrent?.(segment) ?? false;
        const supports = [
          ...(facts || !suggested ? [`supports ${facts} ${facts === 1 ? 'fact' : 'facts'}`] : []),
          ...(suggested ? [`${suggested} suggested ${suggested === 1 ? 'fact' : 'facts'}`] : []),
        ].join(', ');
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
              suggested ? 'suggested' : '',
            ].join(' ')}
            style={color ? { borderBottomColor: color } : undefined}
            role="button"
            tabIndex={0}
            aria-pressed={pinnedStart === segment.start}
            aria-current={current ? 'true' : undefined}
            aria-label={`${segment.text} — ${supports}${current ? ' (the suggestion under review)' : ''}`}
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
