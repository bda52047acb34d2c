import type { TypedDocumentNode } from '@apollo/client';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { useId, useState, type ReactNode, type SyntheticEvent } from 'react';
import { LoadingState } from '../ui/states';
import { refreshAfterChange } from './after-change';
import { ProblemList } from './form-problems';
import { conflictVersion, formProblems, type FormProblem } from './graphql-errors';

/** A query reading one node by its ID (`node(id:)`), as an edit form reads what it edits. */
type NodeQuery<Q> = TypedDocumentNode<Q, { id: string }>;

/** The node of type `T` in a NodeQuery's answer. */
type NodeOf<Q, T extends string> = Extract<NonNullable<Q extends { node?: infer N } ? N : never>, { __typename?: T }>;

/** The answer's node when it is a `typename`: null when it is gone (deleted, or another type's ID). */
function nodeOfType<Q, T extends string>(data: Q | undefined, typename: T): NodeOf<Q, T> | null {
  const node = (data as { node?: { __typename?: string } | null } | undefined)?.node;
  return node?.__typename === typename ? (node as NodeOf<Q, T>) : null;
}

/** Reads the node afresh (never from the cache, so at its current version), for a conflict's comparison. */
export function useFreshRead<Q, T extends string>(query: NodeQuery<Q>, id: string, typename: T) {
  const client = useApolloClient();
  return async (): Promise<NodeOf<Q, T> | null> => {
    const { data } = await client.query({ query, variables: { id }, fetchPolicy: 'network-only' });
    return nodeOfType(data, typename);
  };
}

/** Reads the node afresh (its current version), then shows the edit form `children` makes of it. */
export function EditWhenRead<Q, T extends string>(props: {
  query: NodeQuery<Q>;
  id: string;
  typename: T;
  /** What the node is, in words: "statement". */
  what: string;
  children: (node: NodeOf<Q, T>) => ReactNode;
}) {
  const { data, error } = useQuery(props.query, { variables: { id: props.id }, fetchPolicy: 'network-only' });
  if (error) return <ProblemList problems={formProblems(error)} />;
  if (!data) return <LoadingState what={`Reading the ${props.what}`} />;
  const node = nodeOfType(data as Q, props.typename);
  if (!node) return <p role="alert">This {props.what} no longer exists.</p>;
  return props.children(node);
}

/** One field of an edit form as the editor has it and as it is saved now, in words. */
export interface ConflictField {
  label: string;
  mine: string;
  theirs: string;
}

/** A field for `ConflictChoice`: empty values read "(empty)". */
export const conflictField = (label: string, mine: string | null | undefined, theirs: string | null | undefined) => ({
  label,
  mine: (mine ?? '').trim(),
  theirs: (theirs ?? '').trim(),
});

/**
 * Editing a node read at a version: the form's draft, the save with that version, and, when the
 * save is refused because someone saved first (CONFLICT), the node read afresh to choose from.
 * `send` gets the draft, the version to send and the read it is based on (to leave out what did
 * not change from it).
 */
export function useVersionedEdit<R extends { version: number }, D>(options: {
  read: R;
  draftOf: (read: R) => D;
  reread: () => Promise<R | null>;
  send: (draft: D, version: number, base: R) => Promise<unknown>;
  onDone: () => void;
}) {
  const { draftOf, reread, send, onDone } = options;
  const client = useApolloClient();
  const [base, setBase] = useState(options.read);
  const [draft, setDraft] = useState(() => draftOf(options.read));
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [saving, setSaving] = useState(false);
  // The node as saved now, read after our save was refused: shown beside the draft until the editor chooses.
  const [theirs, setTheirs] = useState<R | null>(null);

  const save = async (over: R) => {
    setSaving(true);
    setProblems([]);
    try {
      await send(draft, over.version, over);
    } catch (error) {
      const found = formProblems(error);
      const fresh = conflictVersion(found) === null ? null : await reread().catch(() => null);
      // A node deleted since (or unreadable) leaves the refusal itself to read.
      if (fresh) setTheirs(fresh);
      else setProblems(found);
      setSaving(false);
      return;
    }
    await refreshAfterChange(client);
    onDone();
  };

  return {
    draft,
    setDraft,
    /** The read the form is based on: the one opened, or the one taken or kept over after a conflict. */
    base,
    problems,
    saving,
    theirs,
    submit: () => void save(base),
    /** Saves the draft again, over the version now saved. */
    keepMine: () => {
      if (!theirs) return;
      setBase(theirs);
      setTheirs(null);
      void save(theirs);
    },
    /** Drops the draft: the form holds the saved values, at their version. */
    takeTheirs: () => {
      if (!theirs) return;
      setBase(theirs);
      setDraft(draftOf(theirs));
      setTheirs(null);
    },
  };
}

export type VersionedEdit<R extends { version: number }, D> = ReturnType<typeof useVersionedEdit<R, D>>;

/**
 * Someone saved the node after the editor opened it: the editor's values beside the saved ones,
 * field by field, each marked "changed" or "same" in words, and the choice.
 */
export function ConflictChoice(props: {
  what: string;
  version: number;
  fields: ConflictField[];
  onKeepMine: () => void;
  onTakeTheirs: () => void;
  onCancel: () => void;
}) {
  const headingId = useId();
  const differing = props.fields.filter((field) => field.mine !== field.theirs).length;
  return (
    <section className="conflict" aria-labelledby={headingId}>
      <h3 id={headingId}>Saved by someone else meanwhile</h3>
      <p role="alert">
        Someone saved {props.what} after you opened it (it is now at version {String(props.version)}).{' '}
        {differing === 0
          ? 'Your values and theirs are the same.'
          : differing === 1
            ? 'One field differs.'
            : `${String(differing)} fields differ.`}{' '}
        Keep yours (saved over theirs), or take theirs (your changes are dropped and the form shows what is saved).
      </p>
      <table className="conflict-fields">
        <caption>Your values beside the saved ones</caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Yours</th>
            <th scope="col">Saved now</th>
            <th scope="col">Compared</th>
          </tr>
        </thead>
        <tbody>
          {props.fields.map((field) => {
            const differs = field.mine !== field.theirs;
            return (
              <tr key={field.label} className={differs ? 'differs' : undefined}>
                <th scope="row">{field.label}</th>
                <td>{field.mine || <span className="muted">(empty)</span>}</td>
                <td>{field.theirs || <span className="muted">(empty)</span>}</td>
                <td>{differs ? <strong>Differs</strong> : 'Same'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="form-actions">
        <button type="button" onClick={props.onKeepMine}>
          Keep mine
        </button>
        <button type="button" onClick={props.onTakeTheirs}>
          Take theirs
        </button>
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}

/**
 * An edit form on `useVersionedEdit`: its refusals, fields and preview, "Save changes" and Cancel;
 * after a conflict, the two versions to choose from instead.
 */
export function VersionedEditForm<R extends { version: number }, D>(props: {
  edit: VersionedEdit<R, D>;
  /** What is edited, in words: "the figure". */
  what: string;
  labels: Record<string, string>;
  /** The fields of a conflict: the draft's values and the saved node's. */
  compare: (mine: D, theirs: R) => ConflictField[];
  preview?: ReactNode;
  onDone: () => void;
  children: ReactNode;
}) {
  const { edit } = props;
  if (edit.theirs) {
    return (
      <ConflictChoice
        what={props.what}
        version={edit.theirs.version}
        fields={props.compare(edit.draft, edit.theirs)}
        onKeepMine={edit.keepMine}
        onTakeTheirs={edit.takeTheirs}
        onCancel={props.onDone}
      />
    );
  }
  return (
    <form
      className="edit-form"
      noValidate
      onSubmit={(event: SyntheticEvent) => {
        event.preventDefault();
        edit.submit();
      }}
    >
      <ProblemList problems={edit.problems} labels={props.labels} />
      {props.children}
      {props.preview}
      <div className="form-actions">
        <button type="submit" disabled={edit.saving}>
          {edit.saving ? 'Saving…' : 'Save changes'}
        </button>
        <button type="button" onClick={props.onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
