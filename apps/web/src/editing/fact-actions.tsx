import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useState, type SyntheticEvent } from 'react';
import { getFragmentData, type FragmentType } from '../gql';
import { LoadingState } from '../ui/states';
import { refreshAfterChange } from './after-change';
import { EditDialog } from './edit-dialog';
import { NodeHistory } from './history/node-history';
import { changedDate, EditEvent, EditStatement } from './edit-other-facts';
import { DELETABLE, DeleteFact, isDeletable } from './delete-fact';
import { RelationEditFields, RelationEditQuery, UpdateRelationMutation } from './fact-mutations';
import { ProblemList } from './form-problems';
import { conflictVersion, formProblems, type FormProblem } from './graphql-errors';
import {
  emptyActorChoice,
  RELATION_FIELD_LABELS,
  RelationFields,
  RelationPreview,
  usePickedActor,
  type RelationDraft,
} from './relation-fields';

type RelationRead = ReturnType<typeof readRelation>;

const readRelation = (relation: FragmentType<typeof RelationEditFields>) =>
  getFragmentData(RelationEditFields, relation);

function draftOf(relation: RelationRead): RelationDraft {
  return {
    source: emptyActorChoice(relation.source.slug),
    target: emptyActorChoice(relation.target.slug),
    kind: relation.kind,
    modality: relation.modality,
    summary: relation.summary,
    demand: relation.demand ?? '',
    lever: relation.lever ?? '',
    dateText: relation.date?.text ?? '',
  };
}

/** Edit (relations, statements, events) and Delete (relations, events, statements, figures, positions, attributions) for one fact of the facts panel. */
export function FactActions({ fact }: { fact: { __typename: string; id: string } }) {
  const [open, setOpen] = useState<'edit' | 'delete' | null>(null);
  const type = fact.__typename;
  if (!isDeletable(type)) return null;
  return (
    <>
      <p className="fact-actions">
        {type === 'Relation' || type === 'Statement' || type === 'Event' ? (
          <button type="button" onClick={() => setOpen('edit')}>
            Edit
          </button>
        ) : null}
        <button type="button" onClick={() => setOpen('delete')}>
          Delete
        </button>
        {open === 'edit' ? (
          <EditDialog title={`Edit ${DELETABLE[type]}`} onClose={() => setOpen(null)}>
            {type === 'Statement' ? (
              <EditStatement id={fact.id} onDone={() => setOpen(null)} />
            ) : type === 'Event' ? (
              <EditEvent id={fact.id} onDone={() => setOpen(null)} />
            ) : (
              <EditRelation id={fact.id} onDone={() => setOpen(null)} />
            )}
          </EditDialog>
        ) : null}
        {open === 'delete' ? (
          <EditDialog title={`Delete ${DELETABLE[type]}?`} onClose={() => setOpen(null)}>
            <DeleteFact type={type} id={fact.id} onDone={() => setOpen(null)} />
          </EditDialog>
        ) : null}
      </p>
      <NodeHistory id={fact.id} what={DELETABLE[type]} />
    </>
  );
}

/** Reads the relation afresh (its current version), then shows the form. */
function EditRelation({ id, onDone }: { id: string; onDone: () => void }) {
  const { data, error } = useQuery(RelationEditQuery, { variables: { id }, fetchPolicy: 'network-only' });
  if (error) return <ProblemList problems={formProblems(error)} />;
  if (!data) return <LoadingState what="Reading the relation" />;
  const node = data.node;
  if (!node || !('version' in node)) return <p role="alert">This relation no longer exists.</p>;
  return <EditRelationForm read={readRelation(node)} onDone={onDone} />;
}

function EditRelationForm({ read, onDone }: { read: RelationRead; onDone: () => void }) {
  const client = useApolloClient();
  const [draft, setDraft] = useState(() => draftOf(read));
  const [version, setVersion] = useState(read.version);
  const [problems, setProblems] = useState<FormProblem[]>([]);
  // Someone else's save, read back after ours was refused: shown beside ours to choose from.
  const [current, setCurrent] = useState<RelationRead | null>(null);
  const [update, { loading }] = useMutation(UpdateRelationMutation);
  const source = usePickedActor(draft.source.slug);
  const target = usePickedActor(draft.target.slug);

  const save = async (withVersion: number) => {
    setProblems([]);
    try {
      await update({
        variables: {
          input: {
            id: read.id,
            version: withVersion,
            sourceId: source?.id ?? read.source.id,
            targetId: target?.id ?? read.target.id,
            kind: draft.kind,
            modality: draft.modality,
            summary: draft.summary.trim(),
            demand: draft.demand.trim() || null,
            lever: draft.lever.trim() || null,
            date: changedDate(draft.dateText, read.date),
          },
        },
      });
    } catch (error) {
      const found = formProblems(error);
      if (conflictVersion(found) !== null) {
        const { data } = await client.query({
          query: RelationEditQuery,
          variables: { id: read.id },
          fetchPolicy: 'network-only',
        });
        const node = data?.node;
        if (node && 'version' in node) setCurrent(readRelation(node));
      }
      setProblems(found);
      return;
    }
    await refreshAfterChange(client);
    onDone();
  };

  if (current) {
    return (
      <div className="conflict" role="alert">
        <p>
          Someone saved this relation after you opened it. Keep your version (it replaces theirs), or take theirs (your
          changes are dropped).
        </p>
        <div className="conflict-versions">
          <section aria-label="Your version">
            <h3>Yours</h3>
            <RelationPreview draft={draft} />
          </section>
          <section aria-label="The current version">
            <h3>Current (version {current.version})</h3>
            <RelationPreview draft={draftOf(current)} />
          </section>
        </div>
        <div className="form-actions">
          <button
            type="button"
            onClick={() => {
              const latest = current.version;
              setCurrent(null);
              setVersion(latest);
              void save(latest);
            }}
          >
            Keep mine
          </button>
          <button
            type="button"
            onClick={() => {
              setDraft(draftOf(current));
              setVersion(current.version);
              setCurrent(null);
              setProblems([]);
            }}
          >
            Take theirs
          </button>
        </div>
      </div>
    );
  }

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    void save(version);
  };
  return (
    <form className="edit-form" onSubmit={submit} noValidate>
      <ProblemList problems={problems} labels={RELATION_FIELD_LABELS} />
      <RelationFields draft={draft} onChange={setDraft} problems={problems} />
      <RelationPreview draft={draft} />
      <div className="form-actions">
        <button type="submit" disabled={loading}>
          {loading ? 'Saving…' : 'Save changes'}
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
