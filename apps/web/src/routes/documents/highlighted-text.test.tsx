import { cleanup, fireEvent, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { segmentText, type Segment, type Span } from '../../lib/segments';
import { HighlightedText } from './highlighted-text';

const text = 'Colombia criticized <b>Maduro</b> today';
interface Fact {
  category: 'PRESSURE' | null;
  fact: string;
}
const spans: Span<Fact>[] = [
  { start: 0, end: 19, data: { category: 'PRESSURE', fact: 'a' } },
  { start: 9, end: 33, data: { category: null, fact: 'b' } },
];

describe('HighlightedText', () => {
  afterEach(cleanup);

  it('renders overlapping spans as adjacent marks, each carrying every fact it supports', () => {
    const { container } = render(
      <HighlightedText
        segments={segmentText(text, spans)}
        categoryOf={(segment) => segment.spans.find((s) => s.data.category)?.data.category ?? null}
      />,
    );
    const marks = [...container.querySelectorAll('mark')].map((mark) => [
      mark.textContent,
      mark.getAttribute('data-category'),
      mark.getAttribute('aria-label'),
    ]);
    expect(marks).toEqual([
      ['Colombia ', 'PRESSURE', 'Colombia  — supports 1 fact'],
      ['criticized', 'PRESSURE', 'criticized — supports 2 facts'],
      [' <b>Maduro</b>', 'FACT', ' <b>Maduro</b> — supports 1 fact'],
    ]);
    expect(container.textContent).toBe(text);
  });

  it('never turns the source’s characters into markup', () => {
    const { container } = render(<HighlightedText segments={segmentText(text, spans)} categoryOf={() => null} />);
    expect(container.querySelector('b')).toBeNull();
  });

  it('outlines the deep-linked span and reports the run a reader points at, and the one pinned', () => {
    const onPreview = vi.fn<(segment: Segment<Fact>) => void>();
    const onPin = vi.fn<(segment: Segment<Fact>) => void>();
    const { container } = render(
      <HighlightedText
        segments={segmentText(text, spans)}
        categoryOf={() => null}
        target={{ start: 9, end: 19 }}
        onPreview={onPreview}
        onPin={onPin}
      />,
    );
    const target = container.querySelector('mark.target');
    expect(target?.textContent).toBe('criticized');
    fireEvent.mouseEnter(target!);
    expect(onPreview.mock.calls[0]![0].spans.map((s) => s.data.fact)).toEqual(['a', 'b']);
    expect(onPin).not.toHaveBeenCalled();
    fireEvent.click(target!);
    expect(onPin.mock.calls[0]![0].spans.map((s) => s.data.fact)).toEqual(['a', 'b']);
    fireEvent.keyDown(container.querySelector('mark')!, { key: 'Enter' });
    expect(onPin.mock.calls[1]![0].text).toBe('Colombia ');
  });
});
