import { describe, expect, it } from 'vitest';
import { selectedOffsets } from './text-selection';

describe('selectedOffsets', () => {
  it('turns a selection across runs into offsets in the text', () => {
    document.body.innerHTML =
      '<div id="article"><span data-start="0">The US </span><mark data-start="7">criticized</mark><span data-start="17"> Maduro.</span></div>';
    const article = document.getElementById('article')!;
    const [first, , last] = [...article.children].map((run) => run.firstChild!);
    const selection = window.getSelection()!;
    const range = document.createRange();
    range.setStart(first!, 4);
    range.setEnd(last!, 7);
    selection.removeAllRanges();
    selection.addRange(range);
    const offsets = selectedOffsets(article, selection);
    expect(offsets).toEqual({ start: 4, end: 24 });
    expect(article.textContent.slice(offsets!.start, offsets!.end)).toBe('US criticized Maduro');
  });

  it('gives nothing for an empty selection or one outside the article', () => {
    document.body.innerHTML = '<p id="other">elsewhere</p><div id="article"><span data-start="0">Text</span></div>';
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    expect(selectedOffsets(document.getElementById('article')!, selection)).toBeNull();
    const range = document.createRange();
    range.selectNodeContents(document.getElementById('other')!.firstChild!);
    selection.addRange(range);
    expect(selectedOffsets(document.getElementById('article')!, selection)).toBeNull();
  });
});
