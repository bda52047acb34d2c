import { useMutation } from '@apollo/client/react';
import { Modality, relationKinds, type RelationKind } from '@parley/schema';
import { useState, type SyntheticEvent } from 'react';
import { type FragmentType } from '../gql';
import { EditDialog } from './edit-dialog';
import { useAttributionChoice, type AddFact_fact } from './attribution-choice';
import { CreateRelationMutation } from './fact-mutations';
import { ProblemList } from './form-problems';
import type { FormProblem } from './graphql-errors';
import {
  emptyActorChoice,
  RELATION_FIELD_LABELS,
  RelationFields,
  RelationPreview,
  usePickedActor,
  newActorInput,
  type RelationDraft,
} from './relation-fields';
import { localProblem } from './edit-other-facts';
import { AddEventForm, AddFigureForm, AddStatementForm, useSave } from './other-fact-forms';
import { AddPositionForm } from './position-forms';
import { type SuggestedFact } from './suggested-fact';

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
  position: 'Position (who holds which office)',
} as const;

/** A suggested fact an editor corrects in the form before saving it: saving accepts it. */
type SuggestedRelation = SuggestedFact;

/** The form a suggestion of `type` opens in: the one of its kind, else the relation form. */
const formOf = (suggestion: SuggestedFact | undefined): keyof typeof FACT_TYPES => {
  const form = suggestion?.type.toLowerCase() ?? 'relation';
  return form in FACT_TYPES ? (form as keyof typeof FACT_TYPES) : 'relation';
};

/** "Add fact" for the words selected in the reader: a relation, event, statement, figure or position they are the evidence of. */
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
      {open ? <AddFactDialog {...props} selection={words} onClose={() => setOpen(false)} /> : null}
    </>
  );
}

/** The add-fact form, for words of the article; prefilled from a suggested fact, in the form of its kind, when `suggestion` is given. */
export function AddFactDialog(props: AddFactProps & { onClose: () => void; suggestion?: SuggestedFact }) {
  const [type, setType] = useState<keyof typeof FACT_TYPES>(() => formOf(props.suggestion));
  const { selection: words, onClose } = props;
  return (
    <EditDialog title={props.suggestion ? 'Edit the suggested fact' : 'Add a fact'} onClose={onClose}>
      <blockquote className="fact-quote">{props.document.text.slice(words.start, words.end)}</blockquote>
      {props.suggestion ? null : (
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
      )}
      {type === 'relation' ? (
        <AddRelationForm {...props} selection={words} onDone={onClose} />
      ) : type === 'event' ? (
        <AddEventForm {...props} selection={words} onDone={onClose} />
      ) : type === 'statement' ? (
        <AddStatementForm {...props} selection={words} onDone={onClose} />
      ) : type === 'position' ? (
        <AddPositionForm {...props} selection={words} onDone={onClose} />
      ) : (
        <AddFigureForm {...props} selection={words} onDone={onClose} />
      )}
    </EditDialog>
  );
}

/** A text field of a suggested fact, or empty. */
const textOf = (fact: Record<string, unknown> | undefined, field: string): string => {
  const value = fact?.[field];
  return typeof value === 'string' ? value : '';
};

/** The form's first state: empty, or the suggested relation's fields. */
function initialRelationDraft(suggestion: SuggestedRelation | undefined): RelationDraft {
  const fact = suggestion?.fact;
  const kind = textOf(fact, 'kind');
  const modality = textOf(fact, 'modality');
  const date = fact?.date;
  return {
    source: emptyActorChoice(textOf(fact, 'source') || null),
    target: emptyActorChoice(textOf(fact, 'target') || null),
    kind: kind in relationKinds ? (kind as RelationKind) : 'URGED',
    modality: (Object.values(Modality) as string[]).includes(modality) ? (modality as Modality) : 'ACTUAL',
    summary: textOf(fact, 'summary'),
    demand: textOf(fact, 'demand'),
    lever: textOf(fact, 'lever'),
    dateText: typeof date === 'string' ? date : textOf(date as Record<string, unknown> | undefined, 'text'),
  };
}

function AddRelationForm(props: AddFactProps & { onDone: () => void; suggestion?: SuggestedRelation }) {
  const { document, selection, onDone } = props;
  const [draft, setDraft] = useState<RelationDraft>(() => initialRelationDraft(props.suggestion));
  const { problems, saving, run } = useSave(onDone);
  const source = usePickedActor(draft.source.slug);
  const target = usePickedActor(draft.target.slug);
  const [createRelation] = useMutation(CreateRelationMutation);
  const evidence = [{ start: selection.start, end: selection.end }];
  const attribution = useAttributionChoice(props.facts);

  // A new actor goes with the relation, in the same mutation (a refused relation creates none).
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    const missing: FormProblem[] = [];
    if (!draft.source.creating && !source) missing.push(localProblem('sourceId', 'Pick the actor who acted.'));
    if (!draft.target.creating && !target) missing.push(localProblem('targetId', 'Pick the actor acted upon.'));
    if (!draft.summary.trim()) missing.push(localProblem('summary', 'Say in a sentence what happened.'));
    void run(
      () =>
        createRelation({
          variables: {
            input: {
              documentId: document.id,
              ...attribution.input,
              ...(draft.source.creating ? { newSource: newActorInput(draft.source) } : { sourceId: source?.id }),
              ...(draft.target.creating ? { newTarget: newActorInput(draft.target) } : { targetId: target?.id }),
              kind: draft.kind,
              modality: draft.modality,
              summary: draft.summary.trim(),
              demand: draft.demand.trim() || null,
              lever: draft.lever.trim() || null,
              date: draft.dateText.trim() ? { text: draft.dateText.trim() } : null,
              evidence,
              suggestionId: props.suggestion?.id ?? null,
            },
          },
        }),
      missing,
    );
  };

  return (
    <form className="edit-form" onSubmit={submit} noValidate>
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
