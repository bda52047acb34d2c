import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { EventKind, StatementKind } from '@parley/schema';
import { useState, type ReactNode, type SyntheticEvent } from 'react';
import { graphql } from '../gql';
import { LoadingState } from '../ui/states';
import { refreshAfterChange } from './after-change';
import { DateWordsField, EventKindField, isSilent, StatementFields } from './fact-fields';
import { ProblemList } from './form-problems';
import { conflictVersion, formProblems, type FormProblem } from './graphql-errors';

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

const LABELS: Record<string, string> = { kind: 'Kind', text: 'Words', date: 'Date', title: 'Title', location: 'Place' };

/**
 * Saving with the version read; when someone saved in between, the editor keeps theirs (saved
 * again over the current version) or drops it.
 */
function useVersionedSave(readVersion: number, onDone: () => void) {
  const client = useApolloClient();
  const [version, setVersion] = useState(readVersion);
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [saving, setSaving] = useState(false);
  const save = async (send: (version: number) => Promise<unknown>, withVersion = version) => {
    setSaving(true);
    setProblems([]);
    try {
      await send(withVersion);
    } catch (error) {
      setProblems(formProblems(error));
      setSaving(false);
      return;
    }
    await refreshAfterChange(client);
    onDone();
  };
  const current = conflictVersion(problems);
  const keepMine = (send: (version: number) => Promise<unknown>) => {
    if (current === null) return;
    setVersion(current);
    void save(send, current);
  };
  return { problems, saving, save, current, keepMine };
}

function VersionedForm(props: {
  problems: FormProblem[];
  saving: boolean;
  conflict: boolean;
  onSave: () => void;
  onKeepMine: () => void;
  onDone: () => void;
  children: ReactNode;
}) {
  return (
    <form
      className="edit-form"
      noValidate
      onSubmit={(event: SyntheticEvent) => {
        event.preventDefault();
        props.onSave();
      }}
    >
      <ProblemList problems={props.problems} labels={LABELS} />
      {props.conflict ? (
        <div className="form-actions">
          <button type="button" onClick={props.onKeepMine}>
            Keep mine
          </button>
          <button type="button" onClick={props.onDone}>
            Drop my changes
          </button>
        </div>
      ) : null}
      {props.children}
      <div className="form-actions">
        <button type="submit" disabled={props.saving}>
          {props.saving ? 'Saving…' : 'Save changes'}
        </button>
        <button type="button" onClick={props.onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

const dateOf = (words: string) => (words.trim() ? { text: words.trim() } : null);

/** The date to send: left out when its words are unchanged, so a date the words never gave is kept. */
export const changedDate = (words: string, read: { text?: string | null } | null | undefined) =>
  words.trim() === (read?.text ?? '').trim() ? undefined : dateOf(words);

export function EditStatement({ id, onDone }: { id: string; onDone: () => void }) {
  const { data, error } = useQuery(StatementEditQuery, { variables: { id }, fetchPolicy: 'network-only' });
  if (error) return <ProblemList problems={formProblems(error)} />;
  if (!data) return <LoadingState what="Reading the statement" />;
  const node = data.node;
  if (node?.__typename !== 'Statement') return <p role="alert">This statement no longer exists.</p>;
  return <EditStatementForm read={node} onDone={onDone} />;
}

function EditStatementForm(props: {
  read: {
    id: string;
    version: number;
    kind: StatementKind;
    text?: string | null;
    date?: { text?: string | null } | null;
  };
  onDone: () => void;
}) {
  const { read, onDone } = props;
  const [update] = useMutation(UpdateStatementMutation);
  const [kind, setKind] = useState(read.kind);
  const [text, setText] = useState(read.text ?? '');
  const [dateText, setDateText] = useState(read.date?.text ?? '');
  const { problems, saving, save, current, keepMine } = useVersionedSave(read.version, onDone);
  const silent = isSilent(kind);
  const send = (version: number) =>
    update({
      variables: {
        input: {
          id: read.id,
          version,
          kind,
          text: silent ? null : text.trim() || null,
          date: changedDate(dateText, read.date),
        },
      },
    });
  return (
    <VersionedForm
      problems={problems}
      saving={saving}
      conflict={current !== null}
      onSave={() => void save(send)}
      onKeepMine={() => keepMine(send)}
      onDone={onDone}
    >
      <StatementFields kind={kind} onKind={setKind} text={text} onText={setText} />
      <DateWordsField value={dateText} onChange={setDateText} />
    </VersionedForm>
  );
}

export function EditEvent({ id, onDone }: { id: string; onDone: () => void }) {
  const { data, error } = useQuery(EventEditQuery, { variables: { id }, fetchPolicy: 'network-only' });
  if (error) return <ProblemList problems={formProblems(error)} />;
  if (!data) return <LoadingState what="Reading the event" />;
  const node = data.node;
  if (node?.__typename !== 'Event') return <p role="alert">This event no longer exists.</p>;
  return <EditEventForm read={node} onDone={onDone} />;
}

function EditEventForm(props: {
  read: {
    id: string;
    version: number;
    title: string;
    kind: EventKind;
    location?: string | null;
    date?: { text?: string | null } | null;
  };
  onDone: () => void;
}) {
  const { read, onDone } = props;
  const [update] = useMutation(UpdateEventMutation);
  const [title, setTitle] = useState(read.title);
  const [kind, setKind] = useState(read.kind);
  const [location, setLocation] = useState(read.location ?? '');
  const [dateText, setDateText] = useState(read.date?.text ?? '');
  const { problems, saving, save, current, keepMine } = useVersionedSave(read.version, onDone);
  const send = (version: number) =>
    update({
      variables: {
        input: {
          id: read.id,
          version,
          title: title.trim(),
          kind,
          location: location.trim() || null,
          date: changedDate(dateText, read.date),
        },
      },
    });
  return (
    <VersionedForm
      problems={problems}
      saving={saving}
      conflict={current !== null}
      onSave={() => void save(send)}
      onKeepMine={() => keepMine(send)}
      onDone={onDone}
    >
      <label>
        Title
        <input value={title} onChange={(event) => setTitle(event.target.value)} />
      </label>
      <EventKindField value={kind} onChange={setKind} />
      <label>
        Place (optional)
        <input value={location} onChange={(event) => setLocation(event.target.value)} />
      </label>
      <DateWordsField value={dateText} onChange={setDateText} />
    </VersionedForm>
  );
}
