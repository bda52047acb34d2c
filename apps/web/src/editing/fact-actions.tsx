import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { getFragmentData, type FragmentType } from '../gql';
import { kindLabel } from '../ui/category';
import { EditDialog } from './edit-dialog';
import { NodeHistory } from './history/node-history';
import { changedDate, EditEvent, EditFigure, EditStatement } from './edit-other-facts';
import { DELETABLE, DeleteFact, isDeletable } from './delete-fact';
import { RelationEditFields, RelationEditQuery, UpdateRelationMutation } from './fact-mutations';
import { EditPosition } from './position-forms';
import { conflictField, EditWhenRead, useFreshRead, useVersionedEdit, VersionedEditForm } from './versioned-edit';
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
  return (
    <EditWhenRead query={RelationEditQuery} id={id} typename="Relation" what="relation">
      {(node) => <EditRelationForm read={readRelation(node)} onDone={onDone} />}
    </EditWhenRead>
  );
}

function EditRelationForm({ read, onDone }: { read: RelationRead; onDone: () => void }) {
  const fresh = useFreshRead(RelationEditQuery, read.id, 'Relation');
  const [update] = useMutation(UpdateRelationMutation);
  const edit = useVersionedEdit({
    read,
    draftOf,
    reread: async () => {
      const node = await fresh();
      return node ? readRelation(node) : null;
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
