import { EventKind, StatementKind } from '@parley/schema';
import { kindLabel } from '../ui/category';
import { STATEMENT_KIND } from '../ui/statement-kind';

/** Statements that carry no words of their own: a refusal or a silence. */
export const isSilent = (kind: StatementKind) =>
  kind === StatementKind.DECLINED_TO_COMMENT || kind === StatementKind.NO_REPLY;

/** A fact's date as the article words it; the server resolves the words against the publication date. */
export function DateWordsField({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  return (
    <label>
      Date, in the article’s words (optional)
      <input value={value} onChange={(event) => onChange(event.target.value)} />
    </label>
  );
}

/** A statement's kind, and what was said unless the kind is a silence: the same in adding and editing. */
export function StatementFields(props: {
  kind: StatementKind;
  onKind: (kind: StatementKind) => void;
  text: string;
  onText: (text: string) => void;
}) {
  const { kind, onKind, text, onText } = props;
  return (
    <>
      <label>
        Kind of statement
        <select value={kind} onChange={(event) => onKind(event.target.value as StatementKind)}>
          {Object.entries(STATEMENT_KIND).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      {isSilent(kind) ? null : (
        <label>
          What was said
          <textarea value={text} rows={3} onChange={(event) => onText(event.target.value)} />
        </label>
      )}
    </>
  );
}

/** An event's kind, from the schema's vocabulary. */
export function EventKindField({ value, onChange }: { value: EventKind; onChange: (kind: EventKind) => void }) {
  return (
    <label>
      Kind of event
      <select value={value} onChange={(event) => onChange(event.target.value as EventKind)}>
        {Object.values(EventKind).map((kind) => (
          <option key={kind} value={kind}>
            {kindLabel(kind)}
          </option>
        ))}
      </select>
    </label>
  );
}
