import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState, type SyntheticEvent } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../gql';
import { kindLabel } from '../ui/category';
import { refreshAfterChange } from './after-change';
import { EditDialog } from './edit-dialog';
import { CreateActorMutation, CreateAttributionMutation, CreateRelationMutation } from './fact-mutations';
import { ProblemList } from './form-problems';
import { formProblems, type FormProblem } from './graphql-errors';
import {
  emptyActorChoice,
  RELATION_FIELD_LABELS,
  RelationFields,
  RelationPreview,
  usePickedActor,
  type ActorChoice,
  type RelationDraft,
} from './relation-fields';
import { suggestSlug } from './slug';

/** The document's attributions, as the reader's spans name them: who vouches for a new fact. */
export const AddFact_fact = graphql(`
  fragment AddFact_fact on Node {
    __typename
    id
    ... on Attribution {
      attributionKind: kind
      text
      vouchedBy: source {
        id
        name
      }
    }
  }
`);

interface AddFactProps {
  document: { id: string; text: string };
  selection: { start: number; end: number };
  /** What the document's evidence supports, for its attributions. */
  facts: FragmentType<typeof AddFact_fact>[];
}

const NEW_ATTRIBUTION = 'new';

/** "Add fact" for the words selected in the reader: a relation they are the evidence of. */
export function AddFactButton(props: AddFactProps) {
  const [open, setOpen] = useState(false);
  // The words are fixed when the form opens: selecting in the form's fields must not move them.
  const [words, setWords] = useState(props.selection);
  return (
    <>
      <button
        type="button"
        onClick={() => {
          setWords(props.selection);
          setOpen(true);
        }}
      >
        Add fact
      </button>
      {open ? (
        <EditDialog title="Add a relation" onClose={() => setOpen(false)}>
          <AddRelationForm {...props} selection={words} onDone={() => setOpen(false)} />
        </EditDialog>
      ) : null}
    </>
  );
}

function AddRelationForm(props: AddFactProps & { onDone: () => void }) {
  const { document, selection, onDone } = props;
  const client = useApolloClient();
  const attributions = new Map(
    props.facts
      .map((fact) => getFragmentData(AddFact_fact, fact))
      .flatMap((fact) => (fact.__typename === 'Attribution' ? [[fact.id, fact] as const] : [])),
  );
  const [attributionId, setAttributionId] = useState(attributions.keys().next().value ?? NEW_ATTRIBUTION);
  const [draft, setDraft] = useState<RelationDraft>({
    source: emptyActorChoice(),
    target: emptyActorChoice(),
    kind: 'URGED',
    modality: 'ACTUAL',
    summary: '',
    demand: '',
    lever: '',
    dateText: '',
  });
  const [createdAttribution, setCreatedAttribution] = useState<string | null>(null);
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [saving, setSaving] = useState(false);
  const source = usePickedActor(draft.source.slug);
  const target = usePickedActor(draft.target.slug);
  const [createActor] = useMutation(CreateActorMutation);
  const [createAttribution] = useMutation(CreateAttributionMutation);
  const [createRelation] = useMutation(CreateRelationMutation);
  const evidence = [{ start: selection.start, end: selection.end }];

  // A new actor is created with the relation; its evidence is the first place the article names it.
  // What was created stays picked, so that saving again after a refusal does not create it twice.
  const actorId = async (
    end: 'source' | 'target',
    choice: ActorChoice,
    picked: { id: string } | null,
  ): Promise<string | null> => {
    if (!choice.creating) return picked?.id ?? null;
    const name = choice.newName.trim();
    const created = await createActor({
      variables: {
        input: {
          documentId: document.id,
          name,
          slug: suggestSlug(name),
          kind: choice.newKind,
          evidence: [{ quote: choice.namedAs.trim() || name, occurrence: 1 }],
        },
      },
    });
    const actor = created.data?.createActor.actor;
    if (actor) setDraft((current) => ({ ...current, [end]: emptyActorChoice(actor.slug) }));
    return actor?.id ?? null;
  };

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    const missing: FormProblem[] = [];
    if (!draft.source.creating && !source) missing.push(localProblem('sourceId', 'Pick the actor who acted.'));
    if (!draft.target.creating && !target) missing.push(localProblem('targetId', 'Pick the actor acted upon.'));
    if (!draft.summary.trim()) missing.push(localProblem('summary', 'Say in a sentence what happened.'));
    setProblems(missing);
    if (missing.length) return;
    setSaving(true);
    try {
      const sourceId = await actorId('source', draft.source, source);
      const targetId = await actorId('target', draft.target, target);
      let attribution = attributionId;
      if (attribution === NEW_ATTRIBUTION) {
        const created = await createAttribution({
          variables: { input: { documentId: document.id, kind: 'REPORTED', evidence } },
        });
        attribution = created.data?.createAttribution.attribution?.id ?? '';
        setCreatedAttribution(attribution);
        setAttributionId(attribution);
      }
      await createRelation({
        variables: {
          input: {
            documentId: document.id,
            attributionId: attribution,
            sourceId: sourceId ?? '',
            targetId: targetId ?? '',
            kind: draft.kind,
            modality: draft.modality,
            summary: draft.summary.trim(),
            demand: draft.demand.trim() || null,
            lever: draft.lever.trim() || null,
            date: draft.dateText.trim() ? { text: draft.dateText.trim() } : null,
            evidence,
          },
        },
      });
    } catch (error) {
      setProblems(formProblems(error));
      setSaving(false);
      return;
    }
    await refreshAfterChange(client);
    onDone();
  };

  return (
    <form className="edit-form" onSubmit={(event) => void submit(event)} noValidate>
      <blockquote className="fact-quote">{document.text.slice(selection.start, selection.end)}</blockquote>
      <ProblemList problems={problems} labels={RELATION_FIELD_LABELS} />
      <RelationFields draft={draft} onChange={setDraft} problems={problems} />
      <label>
        Who vouches for it
        <select value={attributionId} onChange={(event) => setAttributionId(event.target.value)}>
          {[...attributions.values()].map((attribution) => (
            <option key={attribution.id} value={attribution.id}>
              {kindLabel(attribution.attributionKind)}
              {attribution.vouchedBy ? ` — ${attribution.vouchedBy.name}` : ''}
              {attribution.text ? `: “${attribution.text.slice(0, 60)}”` : ''}
            </option>
          ))}
          {createdAttribution ? (
            <option value={createdAttribution}>The article, in its own voice (just added)</option>
          ) : (
            <option value={NEW_ATTRIBUTION}>The article, in its own voice (new attribution)</option>
          )}
        </select>
      </label>
      <RelationPreview draft={draft} />
      <div className="form-actions">
        <button type="submit" disabled={saving}>
          {saving ? 'Saving…' : 'Save relation'}
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** A problem found before asking the server, worded like the server's. */
function localProblem(field: string, message: string): FormProblem {
  return { field, message, code: null, extensions: {} };
}
