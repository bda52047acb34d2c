import { useMutation } from '@apollo/client/react';
import { useState, type SyntheticEvent } from 'react';
import { graphql } from '../gql';
import { EditDialog } from './edit-dialog';
import { localProblem } from './edit-other-facts';
import { ProblemList } from './form-problems';
import type { FormProblem } from './graphql-errors';
import { positionValues } from './suggested-fact';
import { useSave, type NewFactProps } from './other-fact-forms';
import { ActorEnd, emptyActorChoice, newActorInput, usePickedActor, type ActorChoice } from './relation-fields';
import { conflictField, EditWhenRead, useFreshRead, useVersionedEdit, VersionedEditForm } from './versioned-edit';
import { useViewer } from './viewer';

export const CreatePositionMutation = graphql(`
  mutation CreatePositionMutation($input: CreatePositionInput!) {
    createPosition(input: $input) {
      position {
        id
        version
      }
    }
  }
`);

export const PositionEditQuery = graphql(`
  query PositionEditQuery($id: ID!) {
    node(id: $id) {
      __typename
      ... on Position {
        id
        version
        title
        acting
        basis
        holder {
          id
          slug
          name
        }
        organization {
          id
          slug
          name
        }
      }
    }
  }
`);

export const UpdatePositionMutation = graphql(`
  mutation UpdatePositionMutation($input: UpdatePositionInput!) {
    updatePosition(input: $input) {
      position {
        id
        version
        title
        acting
        basis
      }
    }
  }
`);

const LABELS: Record<string, string> = {
  holderId: 'Holder',
  newHolder: 'Holder',
  organizationId: 'Organisation',
  newOrganization: 'Organisation',
  title: 'Title',
  acting: 'Acting',
  basis: 'Basis',
  evidence: 'Evidence',
};

/** A position as the form holds it: who, which title, in which organisation. */
interface PositionDraft {
  holder: ActorChoice;
  organization: ActorChoice;
  title: string;
  acting: boolean;
  basis: string;
}

/** The position as it would read on its holder's page. */
function PositionPreview({ draft }: { draft: PositionDraft }) {
  const holder = usePickedActor(draft.holder.creating ? null : draft.holder.slug);
  const organization = usePickedActor(draft.organization.creating ? null : draft.organization.slug);
  const holderName = (draft.holder.creating ? draft.holder.newName.trim() : holder?.name) || '(no holder yet)';
  const organizationName = draft.organization.creating ? draft.organization.newName.trim() : organization?.name;
  return (
    <section className="fact-preview" aria-label="Preview">
      <h3>Preview</h3>
      <p>
        <strong>{holderName}</strong>: {draft.acting ? 'acting ' : ''}
        {draft.title.trim() || '(no title yet)'}
        {organizationName ? ` — ${organizationName}` : ''}
        {draft.basis.trim() ? ` (basis: ${draft.basis.trim()})` : ''}
      </p>
    </section>
  );
}

/** The fields of a position; its actors can be created on the spot when adding one. */
function PositionFields(props: {
  draft: PositionDraft;
  onChange: (draft: PositionDraft) => void;
  problems: FormProblem[];
  canCreate: boolean;
}) {
  const { draft, onChange, problems, canCreate } = props;
  const set = <K extends keyof PositionDraft>(key: K, value: PositionDraft[K]) => onChange({ ...draft, [key]: value });
  return (
    <>
      <ActorEnd
        label="Holder"
        field="holderId"
        choice={draft.holder}
        onChange={(choice) => set('holder', choice)}
        problems={problems}
        canCreate={canCreate}
      />
      <label>
        Title, as the article gives it
        <input value={draft.title} required onChange={(event) => set('title', event.target.value)} />
      </label>
      <label className="inline-check">
        <input type="checkbox" checked={draft.acting} onChange={(event) => set('acting', event.target.checked)} />
        Acting (holds the title in an acting capacity)
      </label>
      <ActorEnd
        label="Organisation"
        field="organizationId"
        choice={draft.organization}
        onChange={(choice) => set('organization', choice)}
        problems={problems}
        canCreate={canCreate}
      />
      <label>
        Basis (optional: where a title the article does not give comes from)
        <input value={draft.basis} onChange={(event) => set('basis', event.target.value)} />
      </label>
    </>
  );
}

/** "Add fact" → Position: who holds which title, the selected words its evidence. */
export function AddPositionForm({ document, selection, onDone, suggestion }: NewFactProps) {
  const [create] = useMutation(CreatePositionMutation);
  const [draft, setDraft] = useState<PositionDraft>(() => {
    const { holderSlug, organizationSlug, ...fields } = positionValues(suggestion);
    return { holder: emptyActorChoice(holderSlug), organization: emptyActorChoice(organizationSlug), ...fields };
  });
  const { problems, saving, run } = useSave(onDone);
  const holder = usePickedActor(draft.holder.creating ? null : draft.holder.slug);
  const organization = usePickedActor(draft.organization.creating ? null : draft.organization.slug);

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    const missing: FormProblem[] = [];
    if (draft.holder.creating ? !draft.holder.newName.trim() : !holder)
      missing.push(localProblem('holderId', 'Pick who holds the title, or name a new actor.'));
    if (draft.organization.creating && !draft.organization.newName.trim())
      missing.push(localProblem('organizationId', 'Name the new organisation, or pick one.'));
    if (!draft.title.trim()) missing.push(localProblem('title', 'Give the title as the article words it.'));
    void run(
      () =>
        create({
          variables: {
            input: {
              documentId: document.id,
              ...(draft.holder.creating ? { newHolder: newActorInput(draft.holder) } : { holderId: holder?.id }),
              ...(draft.organization.creating
                ? { newOrganization: newActorInput(draft.organization) }
                : { organizationId: organization?.id ?? null }),
              title: draft.title.trim(),
              acting: draft.acting,
              basis: draft.basis.trim() || null,
              evidence: [{ start: selection.start, end: selection.end }],
              suggestionId: suggestion?.id ?? null,
            },
          },
        }),
      missing,
    );
  };

  return (
    <form className="edit-form" onSubmit={submit} noValidate>
      <ProblemList problems={problems} labels={LABELS} />
      <PositionFields draft={draft} onChange={setDraft} problems={problems} canCreate />
      <PositionPreview draft={draft} />
      <div className="form-actions">
        <button type="submit" disabled={saving}>
          {saving ? 'Saving…' : 'Save position'}
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

interface PositionRead {
  id: string;
  version: number;
  title: string;
  acting: boolean;
  basis?: string | null;
  holder: { id: string; slug: string; name: string };
  organization?: { id: string; slug: string; name: string } | null;
}

const positionDraft = (read: PositionRead): PositionDraft => ({
  holder: emptyActorChoice(read.holder.slug),
  organization: emptyActorChoice(read.organization?.slug ?? null),
  title: read.title,
  acting: read.acting,
  basis: read.basis ?? '',
});

/** Reads the position afresh (its current version), then shows the form. */
export function EditPosition({ id, onDone }: { id: string; onDone: () => void }) {
  return (
    <EditWhenRead query={PositionEditQuery} id={id} typename="Position" what="position">
      {(node) => <EditPositionForm read={node} onDone={onDone} />}
    </EditWhenRead>
  );
}

function EditPositionForm({ read, onDone }: { read: PositionRead; onDone: () => void }) {
  const fresh = useFreshRead(PositionEditQuery, read.id, 'Position');
  const [update] = useMutation(UpdatePositionMutation);
  const [local, setLocal] = useState<FormProblem[]>([]);
  const edit = useVersionedEdit({
    read,
    draftOf: positionDraft,
    reread: fresh,
    send: (draft, version, base) =>
      update({
        variables: {
          input: {
            id: read.id,
            version,
            holderId: holder?.id ?? base.holder.id,
            // Cleared in the picker: the position belongs to no organisation.
            organizationId: draft.organization.slug ? (organization?.id ?? base.organization?.id ?? null) : null,
            title: draft.title.trim(),
            acting: draft.acting,
            basis: draft.basis.trim() || null,
          },
        },
      }),
    onDone,
  });
  const { draft, setDraft } = edit;
  const holder = usePickedActor(draft.holder.slug);
  const organization = usePickedActor(draft.organization.slug);
  return (
    <VersionedEditForm
      edit={{
        ...edit,
        problems: [...local, ...edit.problems],
        submit: () => {
          const found = draft.title.trim() ? [] : [localProblem('title', 'Give the title as the article words it.')];
          setLocal(found);
          if (!found.length) edit.submit();
        },
      }}
      what="this position"
      labels={LABELS}
      onDone={onDone}
      compare={(mine, theirs) => [
        conflictField('Holder', holder?.name ?? mine.holder.slug, theirs.holder.name),
        conflictField('Title', mine.title, theirs.title),
        conflictField('Acting', mine.acting ? 'yes' : 'no', theirs.acting ? 'yes' : 'no'),
        conflictField(
          'Organisation',
          mine.organization.slug ? (organization?.name ?? mine.organization.slug) : '',
          theirs.organization?.name,
        ),
        conflictField('Basis', mine.basis, theirs.basis),
      ]}
      preview={<PositionPreview draft={draft} />}
    >
      <PositionFields draft={draft} onChange={setDraft} problems={edit.problems} canCreate={false} />
    </VersionedEditForm>
  );
}

/** Edit beside a position where its holder's page lists it, for editors. */
export function PositionActions({ position }: { position: { id: string; title: string } }) {
  const { canEdit } = useViewer();
  const [open, setOpen] = useState(false);
  if (!canEdit) return null;
  return (
    <>
      {' '}
      <button type="button" onClick={() => setOpen(true)}>
        Edit<span className="sr-only"> the position “{position.title}”</span>
      </button>
      {open ? (
        <EditDialog title="Edit the position" onClose={() => setOpen(false)}>
          <EditPosition id={position.id} onDone={() => setOpen(false)} />
        </EditDialog>
      ) : null}
    </>
  );
}
