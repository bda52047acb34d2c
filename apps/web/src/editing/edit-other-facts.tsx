import { useMutation } from '@apollo/client/react';
import { EventKind, Modality, StatementKind } from '@parley/schema';
import { useState } from 'react';
import { graphql } from '../gql';
import { kindLabel } from '../ui/category';
import { STATEMENT_KIND } from '../ui/statement-kind';
import { DateWordsField, EventKindField, isSilent, StatementFields } from './fact-fields';
import type { FormProblem } from './graphql-errors';
import { conflictField, EditWhenRead, useFreshRead, useVersionedEdit, VersionedEditForm } from './versioned-edit';

export const StatementEditQuery = graphql(`
  query StatementEditQuery($id: ID!) {
    node(id: $id) {
      __typename
      ... on Statement {
        id
        version
        kind
        text
        date {
          text
        }
      }
    }
  }
`);

export const EventEditQuery = graphql(`
  query EventEditQuery($id: ID!) {
    node(id: $id) {
      __typename
      ... on Event {
        id
        version
        title
        kind
        location
        date {
          text
        }
      }
    }
  }
`);

export const UpdateStatementMutation = graphql(`
  mutation UpdateStatementMutation($input: UpdateStatementInput!) {
    updateStatement(input: $input) {
      statement {
        id
        version
        kind
        text
      }
    }
  }
`);

export const UpdateEventMutation = graphql(`
  mutation UpdateEventMutation($input: UpdateEventInput!) {
    updateEvent(input: $input) {
      event {
        id
        version
        title
        kind
        location
      }
    }
  }
`);

export const FigureEditQuery = graphql(`
  query FigureEditQuery($id: ID!) {
    node(id: $id) {
      __typename
      ... on Figure {
        id
        version
        summary
        amount
        currency
        measure
        modality
        condition
        period {
          text
        }
      }
    }
  }
`);

export const UpdateFigureMutation = graphql(`
  mutation UpdateFigureMutation($input: UpdateFigureInput!) {
    updateFigure(input: $input) {
      figure {
        id
        version
        summary
        amount
        currency
      }
    }
  }
`);

const LABELS: Record<string, string> = {
  kind: 'Kind',
  text: 'Words',
  date: 'Date',
  title: 'Title',
  location: 'Place',
  summary: 'Summary',
  amount: 'Amount',
  currency: 'Currency',
  measure: 'Measure',
  modality: 'Modality',
  condition: 'Condition',
  period: 'Period',
};

const dateOf = (words: string) => (words.trim() ? { text: words.trim() } : null);

/** The date to send: left out when its words are unchanged, so a date the words never gave is kept. */
export const changedDate = (words: string, read: { text?: string | null } | null | undefined) =>
  words.trim() === (read?.text ?? '').trim() ? undefined : dateOf(words);

/** A problem found before asking the server, worded like the server's. */
export const localProblem = (field: string, message: string): FormProblem => ({
  field,
  message,
  code: null,
  extensions: {},
});

export function EditStatement({ id, onDone }: { id: string; onDone: () => void }) {
  return (
    <EditWhenRead query={StatementEditQuery} id={id} typename="Statement" what="statement">
      {(node) => <EditStatementForm read={node} onDone={onDone} />}
    </EditWhenRead>
  );
}

interface StatementRead {
  id: string;
  version: number;
  kind: StatementKind;
  text?: string | null;
  date?: { text?: string | null } | null;
}

const statementDraft = (read: StatementRead) => ({
  kind: read.kind,
  text: read.text ?? '',
  dateText: read.date?.text ?? '',
});

function EditStatementForm({ read, onDone }: { read: StatementRead; onDone: () => void }) {
  const fresh = useFreshRead(StatementEditQuery, read.id, 'Statement');
  const [update] = useMutation(UpdateStatementMutation);
  const edit = useVersionedEdit({
    read,
    draftOf: statementDraft,
    reread: fresh,
    send: (draft, version, base) =>
      update({
        variables: {
          input: {
            id: read.id,
            version,
            kind: draft.kind,
            text: isSilent(draft.kind) ? null : draft.text.trim() || null,
            date: changedDate(draft.dateText, base.date),
          },
        },
      }),
    onDone,
  });
  const { draft, setDraft } = edit;
  return (
    <VersionedEditForm
      edit={edit}
      what="this statement"
      labels={LABELS}
      onDone={onDone}
      compare={(mine, theirs) => [
        conflictField('Kind', STATEMENT_KIND[mine.kind], STATEMENT_KIND[theirs.kind]),
        conflictField('What was said', isSilent(mine.kind) ? '' : mine.text, theirs.text),
        conflictField('Date', mine.dateText, theirs.date?.text),
      ]}
    >
      <StatementFields
        kind={draft.kind}
        onKind={(kind) => setDraft({ ...draft, kind })}
        text={draft.text}
        onText={(text) => setDraft({ ...draft, text })}
      />
      <DateWordsField value={draft.dateText} onChange={(dateText) => setDraft({ ...draft, dateText })} />
    </VersionedEditForm>
  );
}

export function EditEvent({ id, onDone }: { id: string; onDone: () => void }) {
  return (
    <EditWhenRead query={EventEditQuery} id={id} typename="Event" what="event">
      {(node) => <EditEventForm read={node} onDone={onDone} />}
    </EditWhenRead>
  );
}

interface EventRead {
  id: string;
  version: number;
  title: string;
  kind: EventKind;
  location?: string | null;
  date?: { text?: string | null } | null;
}

const eventDraft = (read: EventRead) => ({
  title: read.title,
  kind: read.kind,
  location: read.location ?? '',
  dateText: read.date?.text ?? '',
});

function EditEventForm({ read, onDone }: { read: EventRead; onDone: () => void }) {
  const fresh = useFreshRead(EventEditQuery, read.id, 'Event');
  const [update] = useMutation(UpdateEventMutation);
  const edit = useVersionedEdit({
    read,
    draftOf: eventDraft,
    reread: fresh,
    send: (draft, version, base) =>
      update({
        variables: {
          input: {
            id: read.id,
            version,
            title: draft.title.trim(),
            kind: draft.kind,
            location: draft.location.trim() || null,
            date: changedDate(draft.dateText, base.date),
          },
        },
      }),
    onDone,
  });
  const { draft, setDraft } = edit;
  return (
    <VersionedEditForm
      edit={edit}
      what="this event"
      labels={LABELS}
      onDone={onDone}
      compare={(mine, theirs) => [
        conflictField('Title', mine.title, theirs.title),
        conflictField('Kind', kindLabel(mine.kind), kindLabel(theirs.kind)),
        conflictField('Place', mine.location, theirs.location),
        conflictField('Date', mine.dateText, theirs.date?.text),
      ]}
    >
      <label>
        Title
        <input value={draft.title} onChange={(event) => setDraft({ ...draft, title: event.target.value })} />
      </label>
      <EventKindField value={draft.kind} onChange={(kind) => setDraft({ ...draft, kind })} />
      <label>
        Place (optional)
        <input value={draft.location} onChange={(event) => setDraft({ ...draft, location: event.target.value })} />
      </label>
      <DateWordsField value={draft.dateText} onChange={(dateText) => setDraft({ ...draft, dateText })} />
    </VersionedEditForm>
  );
}

export function EditFigure({ id, onDone }: { id: string; onDone: () => void }) {
  return (
    <EditWhenRead query={FigureEditQuery} id={id} typename="Figure" what="figure">
      {(node) => <EditFigureForm read={node} onDone={onDone} />}
    </EditWhenRead>
  );
}

interface FigureRead {
  id: string;
  version: number;
  summary: string;
  amount: number;
  currency: string;
  measure?: string | null;
  modality: Modality;
  condition?: string | null;
  period?: { text?: string | null } | null;
}

const figureDraft = (read: FigureRead) => ({
  summary: read.summary,
  amount: String(read.amount),
  currency: read.currency,
  measure: read.measure ?? '',
  modality: read.modality,
  condition: read.condition ?? '',
  periodText: read.period?.text ?? '',
});

type FigureDraft = ReturnType<typeof figureDraft>;

/** What the figure form refuses before asking the server. */
const figureProblems = (draft: FigureDraft): FormProblem[] => [
  ...(draft.summary.trim() ? [] : [localProblem('summary', 'Say in a few words what the amount is.')]),
  ...(draft.amount.trim() && Number.isFinite(Number(draft.amount))
    ? []
    : [localProblem('amount', 'Give the amount as a number.')]),
];

function EditFigureForm({ read, onDone }: { read: FigureRead; onDone: () => void }) {
  const fresh = useFreshRead(FigureEditQuery, read.id, 'Figure');
  const [update] = useMutation(UpdateFigureMutation);
  const [local, setLocal] = useState<FormProblem[]>([]);
  const edit = useVersionedEdit({
    read,
    draftOf: figureDraft,
    reread: fresh,
    send: (draft, version, base) =>
      update({
        variables: {
          input: {
            id: read.id,
            version,
            summary: draft.summary.trim(),
            amount: Number(draft.amount),
            currency: draft.currency.trim().toUpperCase(),
            measure: draft.measure.trim() || null,
            modality: draft.modality,
            condition: draft.condition.trim() || null,
            period: changedDate(draft.periodText, base.period),
          },
        },
      }),
    onDone,
  });
  const { draft, setDraft } = edit;
  const set = <K extends keyof FigureDraft>(key: K, value: FigureDraft[K]) => setDraft({ ...draft, [key]: value });
  const amount = Number(draft.amount);
  return (
    <VersionedEditForm
      edit={{
        ...edit,
        problems: [...local, ...edit.problems],
        submit: () => {
          const found = figureProblems(draft);
          setLocal(found);
          if (!found.length) edit.submit();
        },
      }}
      what="this figure"
      labels={LABELS}
      onDone={onDone}
      compare={(mine, theirs) => [
        conflictField('Summary', mine.summary, theirs.summary),
        conflictField('Amount', mine.amount, String(theirs.amount)),
        conflictField('Currency', mine.currency.toUpperCase(), theirs.currency),
        conflictField('Measure', mine.measure, theirs.measure),
        conflictField('Modality', kindLabel(mine.modality), kindLabel(theirs.modality)),
        conflictField('Condition', mine.condition, theirs.condition),
        conflictField('Period', mine.periodText, theirs.period?.text),
      ]}
      preview={
        <section className="fact-preview" aria-label="Preview">
          <h3>Preview</h3>
          <p>
            <strong>
              {draft.amount.trim() && Number.isFinite(amount) ? amount.toLocaleString('en') : '(no amount yet)'}{' '}
              {draft.currency.trim().toUpperCase()}
            </strong>
            {draft.measure.trim() ? ` ${draft.measure.trim()}` : ''} — {draft.summary.trim() || '(no summary yet)'}
            {draft.periodText.trim() ? ` (${draft.periodText.trim()})` : ''}
          </p>
        </section>
      }
    >
      <label>
        Summary
        <input value={draft.summary} onChange={(event) => set('summary', event.target.value)} />
      </label>
      <label>
        Amount
        <input inputMode="decimal" value={draft.amount} onChange={(event) => set('amount', event.target.value)} />
      </label>
      <label>
        Currency (three letters)
        <input value={draft.currency} maxLength={3} onChange={(event) => set('currency', event.target.value)} />
      </label>
      <label>
        Measure (optional: “a year”, “in debt”)
        <input value={draft.measure} onChange={(event) => set('measure', event.target.value)} />
      </label>
      <label>
        Modality
        <select value={draft.modality} onChange={(event) => set('modality', event.target.value as Modality)}>
          {Object.values(Modality).map((modality) => (
            <option key={modality} value={modality}>
              {kindLabel(modality)}
            </option>
          ))}
        </select>
      </label>
      <label>
        Condition (optional: what a possible amount depends on)
        <input value={draft.condition} onChange={(event) => set('condition', event.target.value)} />
      </label>
      <label>
        Period, in the article’s words (optional)
        <input value={draft.periodText} onChange={(event) => set('periodText', event.target.value)} />
      </label>
    </VersionedEditForm>
  );
}
