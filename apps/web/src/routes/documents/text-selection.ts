/**
 * The offsets in the document's text of the words selected inside `root` (the article), or null
 * when nothing there is selected. Each run of the article carries its start offset
 * (`data-start`), and holds its text directly, so a selection point is that start plus its offset.
 */
export function selectedOffsets(root: Element, selection: Selection | null): { start: number; end: number } | null {
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const offsetOf = (node: Node, offset: number): number | null => {
    const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
    const run = element?.closest('[data-start]');
    if (!run || !root.contains(run)) return null;
    return Number(run.getAttribute('data-start')) + (node.nodeType === Node.TEXT_NODE ? offset : 0);
  };
  const start = offsetOf(range.startContainer, range.startOffset);
  const end = offsetOf(range.endContainer, range.endOffset);
  return start !== null && end !== null && end > start ? { start, end } : null;
}
