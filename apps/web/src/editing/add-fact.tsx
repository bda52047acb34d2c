import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState, type SyntheticEvent } from 'react';
import { type FragmentType } from '../gql';
import { refreshAfterChange } from './after-change';
import { EditDialog } from './edit-dialog';
import { useAttributionChoice, type AddFact_fact } from './attribution-choice';
import { CreateRelationMutation } from './fact-mutations';
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
import { AddEventForm, AddFigureForm, AddStatementForm } from './other-fact-forms';

interface AddFactProps {
  document: { id: string; text: string };
  selection: { start: number; end: number };
  /** What the document's evidence supports, for its attributions. */
  facts: FragmentType<typeof AddFact_fact>[];
}

const FACT_TYPES = {
  relation: 'Relation between actors',
  event: 'Event',
  statement: 'Statement',
  figure: 'Figure (an amount)',
} as const;

/** "Add fact" for the words selected in the reader: a relation, event, statement or figure they are the evidence of. */
export function AddFactButton(props: AddFactProps) {
  const [open, setOpen] = useState(false);
  const [type, setType] = useState<keyof typeof FACT_TYPES>('relation');
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
        <EditDialog title="Add a fact" onClose={() => setOpen(false)}>
          <blockquote className="fact-quote">{props.document.text.slice(words.start, words.end)}</blockquote>
          <fieldset className="fact-type">
            <legend>What these words are evidence of</legend>
            {Object.entries(FACT_TYPES).map(([value, label]) => (
              <label key={value} className="inline-check">
                <input
                  type="radio"
                  name="fact-type"
                  value={value}
                  checked={type === value}
                  onChange={() => setType(value as keyof typeof FACT_TYPES)}
                />
                {label}
              </label>
            ))}
          </fieldset>
          {type === 'relation' ? (
            <AddRelationForm {...props} selection={words} onDone={() => setOpen(false)} />
          ) : type === 'event' ? (
            <AddEventForm {...props} selection={words} onDone={() => setOpen(false)} />
          ) : type === 'statement' ? (
            <AddStatementForm {...props} selection={words} onDone={() => setOpen(false)} />
          ) : (
            <AddFigureForm {...props} selection={words} onDone={() => setOpen(false)} />
          )}
        </EditDialog>
      ) : null}
    </>
  );
}

function AddRelationForm(props: AddFactProps & { onDone: () => void }) {
  const { document, selection, onDone } = props;
  const client = useApolloClient();
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
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [saving, setSaving] = useState(false);
  const source = usePickedActor(draft.source.slug);
  const target = usePickedActor(draft.target.slug);
  const [createRelation] = useMutation(CreateRelationMutation);
  const evidence = [{ start: selection.start, end: selection.end }];
  const attribution = useAttributionChoice(document.id, props.facts, evidence);

  // A new actor goes with the relation, in the same mutation (a refused relation creates none);
  // its evidence is the first place the article names it.
  const newActor = (choice: ActorChoice) => {
    const name = choice.newName.trim();
    return { name, kind: choice.newKind, evidence: [{ quote: choice.namedAs.trim() || name, occurrence: 1 }] };
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
      const attributionId = await attribution.resolve();
      await createRelation({
        variables: {
          input: {
            documentId: document.id,
            attributionId,
            ...(draft.source.creating ? { newSource: newActor(draft.source) } : { sourceId: source?.id }),
            ...(draft.target.creating ? { newTarget: newActor(draft.target) } : { targetId: target?.id }),
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
      <ProblemList problems={problems} labels={RELATION_FIELD_LABELS} />
      <RelationFields draft={draft} onChange={setDraft} problems={problems} />
      {attribution.field}
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
