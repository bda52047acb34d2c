import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { getFragmentData, type FragmentType } from '../gql';
import { kindLabel } from '../ui/category';
import { LoadingState } from '../ui/states';
import { EditDialog } from './edit-dialog';
import { NodeHistory } from './history/node-history';
import { changedDate, EditEvent, EditFigure, EditStatement } from './edit-other-facts';
import { DELETABLE, DeleteFact, isDeletable } from './delete-fact';
import { RelationEditFields, RelationEditQuery, UpdateRelationMutation } from './fact-mutations';
import { ProblemList } from './form-problems';
import { formProblems } from './graphql-errors';
import { EditPosition } from './position-forms';
import { conflictField, useVersionedEdit, VersionedEditForm } from './versioned-edit';
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

/** The fact types the panel edits. */
const EDITABLE = new Set(['Relation', 'Statement', 'Event', 'Figure', 'Position']);

/** Edit (relations, statements, events, figures, positions) and Delete (relations, events, statements, figures, positions, attributions) for one fact of the facts panel. */
export function FactActions({ fact }: { fact: { __typename: string; id: string } }) {
  const [open, setOpen] = useState<'edit' | 'delete' | null>(null);
  const type = fact.__typename;
  if (!isDeletable(type)) return null;
  return (
    <>
      <p className="fact-actions">
        {EDITABLE.has(type) ? (
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
            ) : type === 'Figure' ? (
              <EditFigure id={fact.id} onDone={() => setOpen(null)} />
            ) : type === 'Position' ? (
              <EditPosition id={fact.id} onDone={() => setOpen(null)} />
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
  const [update] = useMutation(UpdateRelationMutation);
  const edit = useVersionedEdit({
    read,
    draftOf,
    reread: async () => {
      const { data } = await client.query({
        query: RelationEditQuery,
        variables: { id: read.id },
        fetchPolicy: 'network-only',
      });
      const node = data?.node;
      return node && 'version' in node ? readRelation(node) : null;
    },
    send: (draft, version, base) =>
      update({
        variables: {
          input: {
            id: read.id,
            version,
            sourceId: source?.id ?? base.source.id,
            targetId: target?.id ?? base.target.id,
            kind: draft.kind,
            modality: draft.modality,
            summary: draft.summary.trim(),
            demand: draft.demand.trim() || null,
            lever: draft.lever.trim() || null,
            date: changedDate(draft.dateText, base.date),
          },
        },
      }),
    onDone,
  });
  const { draft, setDraft } = edit;
  const source = usePickedActor(draft.source.slug);
  const target = usePickedActor(draft.target.slug);
  return (
    <VersionedEditForm
      edit={edit}
      what="this relation"
      labels={RELATION_FIELD_LABELS}
      onDone={onDone}
      compare={(mine, theirs) => [
        conflictField('Source', source?.name ?? mine.source.slug, theirs.source.name),
        conflictField('Kind', kindLabel(mine.kind), kindLabel(theirs.kind)),
        conflictField('Target', target?.name ?? mine.target.slug, theirs.target.name),
        conflictField('Modality', kindLabel(mine.modality), kindLabel(theirs.modality)),
        conflictField('Summary', mine.summary, theirs.summary),
        conflictField('Demand', mine.demand, theirs.demand),
        conflictField('Lever', mine.lever, theirs.lever),
        conflictField('Date', mine.dateText, theirs.date?.text),
      ]}
      preview={<RelationPreview draft={draft} />}
    >
      <RelationFields draft={draft} onChange={setDraft} problems={edit.problems} canCreate={false} />
    </VersionedEditForm>
  );
}
