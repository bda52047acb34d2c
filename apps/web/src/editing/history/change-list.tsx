import { useApolloClient, useMutation } from '@apollo/client/react';
import { ErrorCode } from '@parley/schema';
import { useState } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { kindLabel } from '../../ui/category';
import { refreshAfterChange } from '../after-change';
import { formProblems, type FormProblem } from '../graphql-errors';
import { changedFields, rowSentence } from './change-rows';

/** What a list of changes shows of each: when, who, what, the rows it wrote, and whether it still stands. */
export const ChangeListItem = graphql(`
  fragment ChangeListItem on Change {
    id
    at
    userName
    kind
    summary
    rowCount
    revertedBy {
      id
      at
      userName
    }
    reverts {
      id
      summary
    }
    rows(first: 20) {
      nodes {
        id
        entityType
        nodeId
        operation
        before
        after
      }
    }
  }
`);

export const RevertChangeMutation = graphql(`
  mutation RevertChangeMutation($input: RevertInput!) {
    revert(input: $input) {
      change {
        id
      }
      reverted {
        id
        revertedBy {
          id
          at
          userName
        }
      }
    }
  }
`);

const when = (at: string) => new Date(at).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** A refused revert in plain words: the server's message names the later change in the way. */
function refusal(problems: FormProblem[]): string {
  const conflict = problems.find((problem) => problem.code === ErrorCode.CONFLICT);
  if (!conflict) return problems.map((problem) => problem.message).join(' ');
  return `Not reverted: ${conflict.message}`;
}

function ChangeItem({ change: masked }: { change: FragmentType<typeof ChangeListItem> }) {
  const change = getFragmentData(ChangeListItem, masked);
  const client = useApolloClient();
  const [revert, { loading }] = useMutation(RevertChangeMutation);
  const [problem, setProblem] = useState<string | null>(null);
  const onRevert = async () => {
    setProblem(null);
    try {
      await revert({ variables: { input: { changeId: change.id } } });
    } catch (error) {
      setProblem(refusal(formProblems(error)));
      return;
    }
    // The reverted node and every list it is in are read again, this history too; what the
    // change created is gone, and leaves the lists that merge pages of it.
    const created = change.rows.nodes.filter((row) => row.operation === 'CREATE').map((row) => row.nodeId);
    await refreshAfterChange(client, created);
  };
  const shown = change.rows.nodes;
  return (
    <li className="change" aria-label={`${change.summary}, ${when(change.at)}`}>
      <p className="change-head">
        <time dateTime={change.at}>{when(change.at)}</time> · {change.userName ?? 'the command line'} ·{' '}
        <span className="badge">{kindLabel(change.kind)}</span> · <strong>{change.summary}</strong>
        {change.reverts ? <span className="muted"> (undoes “{change.reverts.summary}”)</span> : null}
      </p>
      <ul className="change-rows">
        {shown.map((row) => {
          const fields = row.operation === 'UPDATE' ? changedFields(row) : [];
          return (
            <li key={row.id}>
              {rowSentence(row)}
              {fields.length ? (
                <dl className="field-changes">
                  {fields.map((field) => (
                    <div key={field.field}>
                      <dt>{field.field}</dt>
                      <dd>
                        <del>{field.before}</del> → <ins>{field.after}</ins>
                      </dd>
                    </div>
                  ))}
                </dl>
              ) : null}
            </li>
          );
        })}
        {change.rowCount > shown.length ? (
          <li className="muted">and {String(change.rowCount - shown.length)} more rows</li>
        ) : null}
      </ul>
      {change.revertedBy ? (
        <p className="muted">
          Reverted {when(change.revertedBy.at)} by {change.revertedBy.userName ?? 'the command line'}.
        </p>
      ) : (
        <button type="button" disabled={loading} onClick={() => void onRevert()}>
          {loading ? 'Reverting…' : 'Revert'}
        </button>
      )}
      {problem ? (
        <p className="field-problem" role="alert">
          {problem}
        </p>
      ) : null}
    </li>
  );
}

/** Changes, newest first, each with "Revert" while it stands. */
export function ChangeList({ changes }: { changes: (FragmentType<typeof ChangeListItem> & { id: string })[] }) {
  return (
    <ol className="change-list">
      {changes.map((change) => (
        <ChangeItem key={change.id} change={change} />
      ))}
    </ol>
  );
}
