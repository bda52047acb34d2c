/** One row a change wrote, as the history gives it: columns by name, before and after. */
export interface ChangeRowView {
  entityType: string;
  operation: string;
  before?: unknown;
  after?: unknown;
}

/** A changed field in words: its name, and its value before and after. */
export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

/** Columns every write moves (or the database keeps for itself): they say nothing to a reader. */
const BOOKKEEPING = new Set(['id', 'version', 'search_text', 'edited_at', 'created_at', 'updated_at', 'key']);

/** The column a reader would look for first, to name the row. */
const HEADLINE_COLUMNS = ['name', 'title', 'summary', 'text', 'role', 'quote'];

const LONGEST_VALUE = 140;

type Columns = Record<string, unknown>;

const columnsOf = (value: unknown): Columns | null =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Columns) : null;

/** A column's name in words: `source_id` → "source", `date_text` → "date text". */
export function fieldLabel(column: string): string {
  return column.replace(/_id$/, '').replace(/_/g, ' ');
}

/** A column's value in words: "(none)" for null, lists joined, long text cut short. */
export function valueText(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(none)';
  const text = Array.isArray(value)
    ? `${String(value.length)} item${value.length === 1 ? '' : 's'}`
    : typeof value === 'string'
      ? value
      : JSON.stringify(value);
  return text.length > LONGEST_VALUE ? `${text.slice(0, LONGEST_VALUE - 1)}…` : text;
}

/** The fields an update changed, with their values before and after; bookkeeping columns left out. */
export function changedFields(row: ChangeRowView): FieldChange[] {
  const before = columnsOf(row.before) ?? {};
  const after = columnsOf(row.after) ?? {};
  const columns = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return columns
    .filter((column) => !BOOKKEEPING.has(column))
    .filter((column) => JSON.stringify(before[column] ?? null) !== JSON.stringify(after[column] ?? null))
    .map((column) => ({
      field: fieldLabel(column),
      before: valueText(before[column]),
      after: valueText(after[column]),
    }));
}

/** What names a created or deleted row: its name, title, summary or words, or its character offsets for evidence. */
export function rowHeadline(row: ChangeRowView): string | null {
  const columns = columnsOf(row.after) ?? columnsOf(row.before);
  if (!columns) return Array.isArray(row.after ?? row.before) ? 'the whole list' : null;
  const column = HEADLINE_COLUMNS.find((name) => typeof columns[name] === 'string' && columns[name] !== '');
  if (column) return valueText(columns[column]);
  if (typeof columns.start === 'number' && typeof columns.end === 'number') {
    return `characters ${String(columns.start)}–${String(columns.end)}`;
  }
  return null;
}

const OPERATION_WORDS: Record<string, string> = { CREATE: 'created', UPDATE: 'changed', DELETE: 'deleted' };

/** The row in one line: "Relation changed", "Actor created: Venezuela". */
export function rowSentence(row: ChangeRowView): string {
  const headline = row.operation === 'UPDATE' ? null : rowHeadline(row);
  const done = OPERATION_WORDS[row.operation] ?? row.operation.toLowerCase();
  return `${row.entityType} ${done}${headline ? `: ${headline}` : ''}`;
}
