import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { kindLabel } from '../ui/category';
import { refreshAfterChange } from './after-change';
import { ProblemList } from './form-problems';
import { formProblems, referencesOf, type FormProblem } from './graphql-errors';

interface ConfirmDeleteProps {
  /** What is deleted, in words: "the relation", "Nicolás Maduro". */
  what: string;
  /** Reads the node's current version (what the delete sends back). */
  readVersion: () => Promise<number>;
  /** Deletes it, with what refers to it when `cascade`; resolves with every ID removed. */
  remove: (version: number, cascade: boolean) => Promise<string[]>;
  onCancel: () => void;
  onDeleted: () => void;
}

/**
 * Asks before deleting. When the server refuses because other facts refer to the node, says what
 * refers to it (counts by type) and offers to delete those too.
 */
export function ConfirmDelete({ what, readVersion, remove, onCancel, onDeleted }: ConfirmDeleteProps) {
  const client = useApolloClient();
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [busy, setBusy] = useState(false);
  const references = referencesOf(problems);

  const confirm = async (cascade: boolean) => {
    setBusy(true);
    try {
      const deletedIds = await remove(await readVersion(), cascade);
      await refreshAfterChange(client, deletedIds);
      onDeleted();
    } catch (error) {
      setProblems(formProblems(error));
      setBusy(false);
    }
  };

  return (
    <div className="edit-form">
      {references ? (
        <div role="alert">
          <p>Other facts refer to {what}:</p>
          <ul>
            {Object.entries(references).map(([type, count]) => (
              <li key={type}>
                {count} {kindLabel(type)}
                {count === 1 ? '' : 's'}
              </li>
            ))}
          </ul>
          <p>Deleting those too removes facts that cannot be without it and clears optional mentions of it.</p>
        </div>
      ) : (
        <>
          <p>{what.charAt(0).toUpperCase() + what.slice(1)} and its evidence will be deleted.</p>
          <ProblemList problems={problems} />
        </>
      )}
      <div className="form-actions">
        <button type="button" disabled={busy} onClick={() => void confirm(Boolean(references))}>
          {references ? 'Delete those too' : 'Delete'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
