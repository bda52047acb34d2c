import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * Renders `children` once the place they go comes near the screen; until then an empty box of the
 * same height holds their place, so nothing below moves when they arrive. For heavy parts below the
 * fold (the graph on a phone): their code loads when a reader scrolls towards them, not before the
 * page can be read. Browsers without IntersectionObserver render at once.
 */
export function WhenVisible({ height, children }: { height: number; children: ReactNode }) {
  const placeholder = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = placeholder.current;
    if (visible || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setVisible(true);
      },
      { rootMargin: '200px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [visible]);
  return visible ? children : <div ref={placeholder} style={{ minHeight: height }} />;
}
