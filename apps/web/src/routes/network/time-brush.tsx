import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { axisLabels, firstDayOf, lastDayOf, monthHistogram, monthName, monthOf, type DayRange } from '../../lib/months';

/** A range of months by index into the histogram, both ends included. */
interface MonthRange {
  start: number;
  end: number;
}

interface TimeBrushProps {
  /** The dates of the relations the filters other than dates keep. */
  dates: readonly (DayRange | null | undefined)[];
  /** The days the view is filtered to (from the address), or null for no bound. */
  from: string | null;
  to: string | null;
  /** Called with the new bounds once a drag ends or a key moves a handle; null where the range reaches the end. */
  onChange: (range: { from: string | null; to: string | null }) => void;
}

const HISTOGRAM_HEIGHT = 48;

/** How a key moves a handle, in months. */
const STEPS: Record<string, number> = {
  ArrowLeft: -1,
  ArrowDown: -1,
  ArrowRight: 1,
  ArrowUp: 1,
  PageDown: -12,
  PageUp: 12,
};

type Drag = { mode: 'start' | 'end' } | { mode: 'move'; grabbed: number; range: MonthRange };

/**
 * The relations' dates as a histogram by month, with the months shown selected by a range that is
 * dragged by its handles or as a whole (or typed at: the handles are sliders, arrow keys move them
 * a month, Page Up/Down a year, Home/End to the ends). The range is the view's from/to filter: each
 * change is a step in the history and part of the address.
 */
export function TimeBrush({ dates, from, to, onChange }: TimeBrushProps) {
  const track = useRef<HTMLDivElement>(null);
  // The range while a drag is under way; committed when the pointer lets go.
  const [draft, setDraft] = useState<MonthRange | null>(null);
  const drag = useRef<Drag | null>(null);
  // The track's width in pixels decides how many month labels fit under it.
  const [trackWidth, setTrackWidth] = useState(0);
  const histogram = monthHistogram(dates);
  const hasHistogram = histogram !== null;
  useEffect(() => {
    const element = track.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setTrackWidth(element.clientWidth));
    observer.observe(element);
    return () => observer.disconnect();
  }, [hasHistogram]);
  if (!histogram) return null;
  const { first, counts } = histogram;
  const last = counts.length - 1;
  const clamp = (index: number) => Math.min(last, Math.max(0, index));
  const chosen: MonthRange = {
    start: from ? clamp(monthOf(from) - first) : 0,
    end: to ? clamp(monthOf(to) - first) : last,
  };
  const range = draft ?? chosen;
  const peak = Math.max(...counts, 1);
  const shown = counts.slice(range.start, range.end + 1).some(Boolean);

  const commit = (next: MonthRange) => {
    const start = Math.min(next.start, next.end);
    const end = Math.max(next.start, next.end);
    if (start === chosen.start && end === chosen.end) return;
    onChange({
      from: start === 0 ? null : firstDayOf(first + start),
      to: end === last ? null : lastDayOf(first + end),
    });
  };

  /** The month under the pointer. */
  const monthAt = (clientX: number) => {
    const box = track.current?.getBoundingClientRect();
    if (!box?.width) return 0;
    return clamp(Math.floor(((clientX - box.left) / box.width) * counts.length));
  };

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    const target = event.target as HTMLElement;
    const month = monthAt(event.clientX);
    const handle = target.dataset.handle;
    if (handle === 'start' || handle === 'end') drag.current = { mode: handle };
    else if (month >= range.start && month <= range.end) drag.current = { mode: 'move', grabbed: month, range };
    else {
      // Outside the range: a new range starts here and grows with the drag.
      drag.current = { mode: 'end' };
      setDraft({ start: month, end: month });
    }
    event.currentTarget.setPointerCapture(event.pointerId);
    event.preventDefault();
  };

  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const current = drag.current;
    if (!current) return;
    const month = monthAt(event.clientX);
    const base = draft ?? chosen;
    if (current.mode === 'move') {
      const width = current.range.end - current.range.start;
      const start = Math.min(last - width, Math.max(0, current.range.start + month - current.grabbed));
      setDraft({ start, end: start + width });
    } else if (current.mode === 'start') setDraft({ start: month, end: base.end });
    else setDraft({ start: base.start, end: month });
  };

  const onPointerUp = () => {
    if (drag.current && draft) commit(draft);
    drag.current = null;
    setDraft(null);
  };

  const onKeyDown = (handle: 'start' | 'end') => (event: KeyboardEvent<HTMLDivElement>) => {
    const step = STEPS[event.key];
    const moved =
      event.key === 'Home'
        ? handle === 'start'
          ? 0
          : range.start
        : event.key === 'End'
          ? handle === 'end'
            ? last
            : range.end
          : step === undefined
            ? null
            : range[handle] + step;
    if (moved === null) return;
    event.preventDefault();
    // A handle stops at the other one rather than passing it.
    const next =
      handle === 'start'
        ? { start: Math.min(clamp(moved), range.end), end: range.end }
        : { start: range.start, end: Math.max(clamp(moved), range.start) };
    commit(next);
  };

  const percent = (index: number) => `${(index / counts.length) * 100}%`;
  const slider = (handle: 'start' | 'end') => ({
    role: 'slider',
    tabIndex: 0,
    'data-handle': handle,
    'aria-label': handle === 'start' ? 'First month shown' : 'Last month shown',
    'aria-valuemin': first,
    'aria-valuemax': first + last,
    'aria-valuenow': first + range[handle],
    'aria-valuetext': monthName(first + range[handle]),
    onKeyDown: onKeyDown(handle),
  });

  return (
    <div className="time-brush" role="group" aria-label="Dates of the relations">
      <p className="time-brush-caption">
        Relations by month, {monthName(first)} – {monthName(first + last)}. Showing{' '}
        <strong>
          {monthName(first + range.start)} – {monthName(first + range.end)}
        </strong>
        {shown ? '' : ' (no relation is dated then)'}. Drag the range or its ends, or use the arrow keys on them.
      </p>
      <div
        ref={track}
        className="time-brush-track"
        style={{ height: HISTOGRAM_HEIGHT }}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
      >
        <svg
          className="time-brush-bars"
          viewBox={`0 0 ${counts.length} ${peak}`}
          preserveAspectRatio="none"
          aria-hidden="true"
          focusable="false"
        >
          {counts.map((count, index) => (
            <rect
              key={index}
              x={index + 0.1}
              width={0.8}
              y={peak - count}
              height={count}
              className={index >= range.start && index <= range.end ? 'in-range' : undefined}
            />
          ))}
        </svg>
        <div
          className="time-brush-range"
          style={{ left: percent(range.start), width: percent(range.end - range.start + 1) }}
        >
          <div className="time-brush-handle time-brush-handle-start" {...slider('start')} />
          <div className="time-brush-handle time-brush-handle-end" {...slider('end')} />
        </div>
      </div>
      {/* The sliders and the caption say the same in words, so the labels are for the eye only. */}
      <div className="time-brush-axis" aria-hidden="true">
        {axisLabels(first, counts.length, trackWidth).map((label) => (
          <span key={label.index} style={{ left: percent(label.index) }}>
            {label.text}
          </span>
        ))}
      </div>
    </div>
  );
}
