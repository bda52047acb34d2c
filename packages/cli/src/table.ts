/** A column of a text table: its heading, how to read a row, and the widest it may grow. */
export interface Column<Row> {
  heading: string;
  cell(row: Row): string;
  max?: number;
  /** Takes whatever width the other columns leave (one column per table). */
  flexible?: boolean;
}

/** Breaks text into lines of at most `width` characters, at spaces where it can. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      for (let piece = word; piece;) {
        const room = line ? width - line.length - 1 : width;
        if (piece.length <= room) {
          line = line ? `${line} ${piece}` : piece;
          piece = '';
        } else if (line) {
          lines.push(line);
          line = '';
        } else {
          lines.push(piece.slice(0, width));
          piece = piece.slice(width);
        }
      }
    }
    lines.push(line);
  }
  return lines;
}

/** Renders rows as a table of wrapped columns, fitted to `width` characters. */
export function renderTable<Row>(columns: Column<Row>[], rows: readonly Row[], width: number): string {
  const gap = 2;
  const cells = rows.map((row) => columns.map((column) => column.cell(row)));
  const widths = columns.map((column, index) =>
    Math.min(column.max ?? Infinity, Math.max(column.heading.length, ...cells.map((row) => (row[index] ?? '').length))),
  );
  const flexible = columns.findIndex((column) => column.flexible);
  if (flexible >= 0) {
    const others = widths.reduce((sum, w, index) => (index === flexible ? sum : sum + w + gap), 0);
    widths[flexible] = Math.max(20, Math.min(widths[flexible] ?? 20, width - others));
  }
  const line = (values: string[][]) => {
    const height = Math.max(...values.map((value) => value.length));
    const out: string[] = [];
    for (let i = 0; i < height; i += 1) {
      out.push(
        values
          .map((value, index) => (value[i] ?? '').padEnd(index === values.length - 1 ? 0 : (widths[index] ?? 0)))
          .join(' '.repeat(gap))
          .trimEnd(),
      );
    }
    return out.join('\n');
  };
  const header = line(columns.map((column) => [column.heading]));
  const body = cells.map((row) => line(row.map((cell, index) => wrap(cell, widths[index] ?? 20))));
  return [header, ...body].join('\n');
}
