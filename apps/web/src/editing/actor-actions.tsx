import { useApolloClient, useMutation } from '@apollo/client/react';
import { ActorKind } from '@parley/schema';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { graphql } from '../gql';
import { kindLabel } from '../ui/category';
import { ConfirmDelete } from './confirm-delete';
import { EditDialog } from './edit-dialog';
import { fieldProblem } from './form-problems';
import { conflictField, EditWhenRead, useFreshRead, useVersionedEdit, VersionedEditForm } from './versioned-edit';
import { useViewer } from './viewer';

export const ActorEditQuery = graphql(`
  query ActorEditQuery($id: ID!) {
    node(id: $id) {
      __typename
      ... on Actor {
        id
        version
        slug
        name
        kind
        summary
        aliases
      }
    }
  }
`);

export const UpdateActorMutation = graphql(`
  mutation UpdateActorMutation($input: UpdateActorInput!) {
    updateActor(input: $input) {
      actor {
        id
        version
        slug
        name
        kind
        summary
        aliases
      }
    }
  }
`);

export const DeleteActorMutation = graphql(`
  mutation DeleteActorMutation($input: DeleteActorInput!) {
    deleteActor(input: $input) {
      deletedIds
    }
  }
`);

const LABELS: Record<string, string> = {
  name: 'Name',
  slug: 'Slug',
  kind: 'Kind',
  summary: 'Summary',
  aliases: 'Aliases',
};

/** Edit and Delete on an actor's page, for editors. */
export function ActorActions({ actor }: { actor: { id: string; name: string } }) {
  const { canEdit } = useViewer();
  const [open, setOpen] = useState<'edit' | 'delete' | null>(null);
  const client = useApolloClient();
  const navigate = useNavigate();
  const [remove] = useMutation(DeleteActorMutation);
  if (!canEdit) return null;
  return (
    <p className="fact-actions">
      <button type="button" onClick={() => setOpen('edit')}>
        Edit actor
      </button>
      <button type="button" onClick={() => setOpen('delete')}>
        Delete actor
      </button>
      {open === 'edit' ? (
        <EditDialog title={`Edit ${actor.name}`} onClose={() => setOpen(null)}>
          <EditActor id={actor.id} onDone={() => setOpen(null)} />
        </EditDialog>
      ) : null}
      {open === 'delete' ? (
        <EditDialog title={`Delete ${actor.name}?`} onClose={() => setOpen(null)}>
          <ConfirmDelete
            what={actor.name}
            readVersion={async () => {
              const { data } = await client.query({
                query: ActorEditQuery,
                variables: { id: actor.id },
                fetchPolicy: 'network-only',
              });
              const node = data?.node;
              if (node?.__typename !== 'Actor') throw new Error('This actor no longer exists.');
              return node.version;
            }}
            remove={async (version, cascade) => {
              const { data } = await remove({ variables: { input: { id: actor.id, version, cascade } } });
              return data?.deleteActor.deletedIds ?? [actor.id];
            }}
            onCancel={() => setOpen(null)}
            onDeleted={() => void navigate('/')}
          />
        </EditDialog>
      ) : null}
    </p>
  );
}

function EditActor({ id, onDone }: { id: string; onDone: () => void }) {
  return (
    <EditWhenRead query={ActorEditQuery} id={id} typename="Actor" what="actor">
      {(node) => <EditActorForm read={node} onDone={onDone} />}
    </EditWhenRead>
  );
}

interface ActorRead {
  id: string;
  version: number;
  name: string;
  kind: ActorKind;
  summary?: string | null;
  aliases: string[];
}

const actorDraft = (read: ActorRead) => ({
  name: read.name,
  kind: read.kind,
  summary: read.summary ?? '',
  aliases: read.aliases.join('\n'),
});

const aliasList = (text: string) =>
  text
    .split('\n')
    .map((alias) => alias.trim())
    .filter(Boolean);

function EditActorForm({ read, onDone }: { read: ActorRead; onDone: () => void }) {
  const fresh = useFreshRead(ActorEditQuery, read.id, 'Actor');
  const [update] = useMutation(UpdateActorMutation);
  const edit = useVersionedEdit({
    read,
    draftOf: actorDraft,
    reread: fresh,
    send: (draft, version) =>
      update({
        variables: {
          input: {
            id: read.id,
            version,
            name: draft.name.trim(),
            kind: draft.kind,
            summary: draft.summary.trim() || null,
            aliases: aliasList(draft.aliases),
          },
        },
      }),
    onDone,
  });
  const { draft, setDraft, problems } = edit;
  return (
    <VersionedEditForm
      edit={edit}
      what="this actor"
      labels={LABELS}
      onDone={onDone}
      compare={(mine, theirs) => [
        conflictField('Name', mine.name, theirs.name),
        conflictField('Kind', kindLabel(mine.kind), kindLabel(theirs.kind)),
        conflictField('Summary', mine.summary, theirs.summary),
        conflictField('Other names', aliasList(mine.aliases).join(', '), theirs.aliases.join(', ')),
      ]}
    >
      <label>
        Name
        <input value={draft.name} required onChange={(event) => setDraft({ ...draft, name: event.target.value })} />
      </label>
      {fieldProblem(problems, 'name') ? <p className="field-problem">{fieldProblem(problems, 'name')}</p> : null}
      <label>
        Kind
        <select value={draft.kind} onChange={(event) => setDraft({ ...draft, kind: event.target.value as ActorKind })}>
          {Object.values(ActorKind).map((value) => (
            <option key={value} value={value}>
              {kindLabel(value)}
            </option>
          ))}
        </select>
      </label>
      <label>
        Summary (optional)
        <textarea
          value={draft.summary}
          rows={3}
          onChange={(event) => setDraft({ ...draft, summary: event.target.value })}
        />
      </label>
      <label>
        Other names, one a line
        <textarea
          value={draft.aliases}
          rows={3}
          onChange={(event) => setDraft({ ...draft, aliases: event.target.value })}
        />
      </label>
    </VersionedEditForm>
  );
}
