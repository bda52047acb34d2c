import { useEffect, useMemo, useState, type RefObject } from 'react';
import { findInText, type TextMatch } from '../../lib/find-text';

interface FindInArticleProps {
  text: string;
  /** The element the article's text is drawn in: runs with `data-start`, each one text node. */
  article: RefObject<HTMLElement | null>;
  /** Changes whenever the article's runs are drawn anew (other highlight layers), so matches are marked again. */
  drawn: unknown;
}

/** The browser's own highlight registry (CSS Custom Highlight API), where it has one. */
function highlightRegistry(): HighlightRegistry | null {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined' ? CSS.highlights : null;
}

/** A DOM range over the article's runs for a match, which may span several runs. */
function rangeOf(runs: readonly HTMLElement[], match: TextMatch): Range | null {
  const at = (offset: number, end: boolean) => {
    // The run holding the offset: the last starting before it (at it, for a start).
    let found: HTMLElement | undefined;
    for (const run of runs) {
      const start = Number(run.dataset.start);
      if (end ? start < offset : start <= offset) found = run;
      else break;
    }
    const node = found?.firstChild;
    return found && node ? { node, offset: offset - Number(found.dataset.start) } : null;
  };
  const start = at(match.start, false);
  const end = at(match.end, true);
  if (!start || !end) return null;
  const range = new Range();
  range.setStart(start.node, start.offset);
  range.setEnd(end.node, end.offset);
  return range;
}

/**
 * Find in the article: every match of the phrase painted (the browser's highlight API, so the
 * article is not drawn again), the current one in a stronger colour and scrolled to; Enter goes to
 * the next, Shift+Enter to the previous, and the count says "3 of 12".
 */
export function FindInArticle({ text, article, drawn }: FindInArticleProps) {
  const [phrase, setPhrase] = useState('');
  const [current, setCurrent] = useState(0);
  const matches = useMemo(() => findInText(text, phrase), [text, phrase]);
  const index = matches.length ? Math.min(current, matches.length - 1) : -1;

  useEffect(() => {
    const element = article.current;
    const registry = highlightRegistry();
    if (!element) return;
    const runs = [...element.querySelectorAll<HTMLElement>('[data-start]')];
    const ranges = matches.flatMap((match) => rangeOf(runs, match) ?? []);
    const match = matches[index];
    const currentRange = match ? rangeOf(runs, match) : null;
    if (registry) {
      registry.set('find-match', new Highlight(...ranges));
      registry.set('find-current', new Highlight(...(currentRange ? [currentRange] : [])));
    }
    if (currentRange) {
      const box = currentRange.getBoundingClientRect();
      if (box.top < 80 || box.bottom > window.innerHeight - 40)
        window.scrollBy({ top: box.top - window.innerHeight / 2, behavior: 'instant' });
    }
    return () => {
      registry?.delete('find-match');
      registry?.delete('find-current');
    };
  }, [article, matches, index, drawn]);

  const step = (by: number) => {
    if (!matches.length) return;
    setCurrent((index + by + matches.length) % matches.length);
  };

  return (
    <div className="find-in-article" role="search" aria-label="Find in the article">
      <label>
        Find in the article{' '}
        <input
          type="search"
          value={phrase}
          onChange={(event) => {
            setPhrase(event.target.value);
            setCurrent(0);
          }}
          onKeyDown={(event) => {
            if (event.key !== 'Enter') return;
            event.preventDefault();
            step(event.shiftKey ? -1 : 1);
          }}
        />
      </label>
      <button type="button" onClick={() => step(-1)} disabled={matches.length < 2}>
        Previous match
      </button>
      <button type="button" onClick={() => step(1)} disabled={matches.length < 2}>
        Next match
      </button>
      <span role="status" className="find-count">
        {phrase.trim() ? (matches.length ? `${index + 1} of ${matches.length}` : 'no match') : ''}
      </span>
    </div>
  );
}
