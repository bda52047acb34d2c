import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { ActorKind } from '@parley/schema';
import { useState, type SyntheticEvent } from 'react';
import { useNavigate } from 'react-router';
import { graphql } from '../gql';
import { kindLabel } from '../ui/category';
import { LoadingState } from '../ui/states';
import { refreshAfterChange } from './after-change';
import { ConfirmDelete } from './confirm-delete';
import { EditDialog } from './edit-dialog';
import { ProblemList, fieldProblem } from './form-problems';
import { conflictVersion, formProblems, type FormProblem } from './graphql-errors';
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
  const { data, error } = useQuery(ActorEditQuery, { variables: { id }, fetchPolicy: 'network-only' });
  if (error) return <ProblemList problems={formProblems(error)} />;
  if (!data) return <LoadingState what="Reading the actor" />;
  const node = data.node;
  if (node?.__typename !== 'Actor') return <p role="alert">This actor no longer exists.</p>;
  return <EditActorForm read={node} onDone={onDone} />;
}

interface ActorRead {
  id: string;
  version: number;
  name: string;
  kind: ActorKind;
  summary?: string | null;
  aliases: string[];
}

function EditActorForm({ read, onDone }: { read: ActorRead; onDone: () => void }) {
  const client = useApolloClient();
  const [update, { loading }] = useMutation(UpdateActorMutation);
  const [name, setName] = useState(read.name);
  const [kind, setKind] = useState<ActorKind>(read.kind);
  const [summary, setSummary] = useState(read.summary ?? '');
  const [aliases, setAliases] = useState(read.aliases.join('\n'));
  const [version, setVersion] = useState(read.version);
  const [problems, setProblems] = useState<FormProblem[]>([]);

  const save = async (withVersion: number) => {
    try {
      await update({
        variables: {
          input: {
            id: read.id,
            version: withVersion,
            name: name.trim(),
            kind,
            summary: summary.trim() || null,
            aliases: aliases
              .split('\n')
              .map((alias) => alias.trim())
              .filter(Boolean),
          },
        },
      });
    } catch (error) {
      setProblems(formProblems(error));
      return;
    }
    await refreshAfterChange(client);
    onDone();
  };
  const current = conflictVersion(problems);
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    void save(version);
  };

  return (
    <form className="edit-form" onSubmit={submit} noValidate>
      <ProblemList problems={problems} labels={LABELS} />
      {current !== null ? (
        <div className="form-actions">
          <button
            type="button"
            onClick={() => {
              setVersion(current);
              setProblems([]);
              void save(current);
            }}
          >
            Keep mine
          </button>
          <button type="button" onClick={onDone}>
            Drop my changes
          </button>
        </div>
      ) : null}
      <label>
        Name
        <input value={name} required onChange={(event) => setName(event.target.value)} />
      </label>
      {fieldProblem(problems, 'name') ? <p className="field-problem">{fieldProblem(problems, 'name')}</p> : null}
      <label>
        Kind
        <select value={kind} onChange={(event) => setKind(event.target.value as ActorKind)}>
          {Object.values(ActorKind).map((value) => (
            <option key={value} value={value}>
              {kindLabel(value)}
            </option>
          ))}
        </select>
      </label>
      <label>
        Summary (optional)
        <textarea value={summary} rows={3} onChange={(event) => setSummary(event.target.value)} />
      </label>
      <label>
        Other names, one a line
        <textarea value={aliases} rows={3} onChange={(event) => setAliases(event.target.value)} />
      </label>
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
