import { useApolloClient, useMutation } from '@apollo/client/react';
import { EventKind, StatementKind } from '@parley/schema';
import { useState, type ReactNode, type SyntheticEvent } from 'react';
import { type FragmentType } from '../gql';
import { ActorPicker } from '../ui/actor-picker';
import { kindLabel } from '../ui/category';
import { STATEMENT_KIND } from '../ui/statement-kind';
import { refreshAfterChange } from './after-change';
import { DateWordsField, EventKindField, isSilent, StatementFields } from './fact-fields';
import { useAttributionChoice, type AddFact_fact } from './attribution-choice';
import { CreateEventMutation, CreateFigureMutation, CreateStatementMutation } from './fact-mutations';
import { ProblemList } from './form-problems';
import { formProblems, type FormProblem } from './graphql-errors';
import { localProblem } from './edit-other-facts';
import { usePickedActor } from './relation-fields';
import { suggestSlug } from './slug';
import { eventValues, figureValues, statementValues, type SuggestedFact } from './suggested-fact';

export interface NewFactProps {
  document: { id: string; text: string };
  selection: { start: number; end: number };
  facts: FragmentType<typeof AddFact_fact>[];
  onDone: () => void;
  /**
   * The form's initial values: a suggested fact of this kind, which saving the form accepts (its
   * `id` goes as `suggestionId`). Left out, the form starts empty.
   */
  suggestion?: SuggestedFact;
}

const LABELS: Record<string, string> = {
  title: 'Title',
  slug: 'Title',
  kind: 'Kind',
  date: 'Date',
  period: 'Period',
  participants: 'Participants',
  speakerId: 'Speaker',
  text: 'Words',
  amount: 'Amount',
  currency: 'Currency',
  summary: 'Summary',
  evidence: 'Evidence',
  attributionId: 'Attribution',
};

const dateOf = (words: string) => (words.trim() ? { text: words.trim() } : null);

/** Saves with `save`, then refreshes what shows facts and closes; a refusal stays in the form. */
export function useSave(onDone: () => void) {
  const client = useApolloClient();
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [saving, setSaving] = useState(false);
  const run = async (save: () => Promise<unknown>, local: FormProblem[] = []) => {
    setProblems(local);
    if (local.length) return;
    setSaving(true);
    try {
      await save();
    } catch (error) {
      setProblems(formProblems(error));
      setSaving(false);
      return;
    }
    await refreshAfterChange(client);
    onDone();
  };
  return { problems, saving, run };
}

function FormShell(props: {
  onSubmit: () => void;
  problems: FormProblem[];
  saving: boolean;
  what: string;
  preview: ReactNode;
  onDone: () => void;
  children: ReactNode;
}) {
  return (
    <form
      className="edit-form"
      noValidate
      onSubmit={(event: SyntheticEvent) => {
        event.preventDefault();
        props.onSubmit();
      }}
    >
      <ProblemList problems={props.problems} labels={LABELS} />
      {props.children}
      <section className="fact-preview" aria-label="Preview">
        <h3>Preview</h3>
        {props.preview}
      </section>
      <div className="form-actions">
        <button type="submit" disabled={props.saving}>
          {props.saving ? 'Saving…' : `Save ${props.what}`}
        </button>
        <button type="button" onClick={props.onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

interface ParticipantRow {
  slug: string | null;
  role: string;
}

/** One participant: an actor and, optionally, the role the article gives them. */
function ParticipantFields(props: { index: number; row: ParticipantRow; onChange: (row: ParticipantRow) => void }) {
  const { index, row, onChange } = props;
  return (
    <div className="participant">
      <ActorPicker
        label={`Participant ${index + 1}`}
        value={row.slug}
        onChange={(slug) => onChange({ ...row, slug })}
      />
      <label>
        Role of participant {index + 1} (optional)
        <input value={row.role} onChange={(event) => onChange({ ...row, role: event.target.value })} />
      </label>
    </div>
  );
}

/** Resolves participant slugs to IDs through the picker's cached query (one hook per row). */
function ParticipantId({ slug, onId }: { slug: string | null; onId: (slug: string, id: string) => void }) {
  const actor = usePickedActor(slug);
  const [reported, setReported] = useState<string | null>(null);
  if (actor && reported !== actor.id) {
    setReported(actor.id);
    onId(actor.slug, actor.id);
  }
  return null;
}

export function AddEventForm({ document, selection, facts, onDone, suggestion }: NewFactProps) {
  const [initial] = useState(() => eventValues(suggestion));
  const evidence = [{ start: selection.start, end: selection.end }];
  const attribution = useAttributionChoice(facts);
  const [create] = useMutation(CreateEventMutation);
  const { problems, saving, run } = useSave(onDone);
  const [title, setTitle] = useState(initial.title);
  const [kind, setKind] = useState<EventKind>(initial.kind);
  const [dateText, setDateText] = useState(initial.dateText);
  const [location, setLocation] = useState(initial.location);
  const [rows, setRows] = useState<ParticipantRow[]>(initial.participants);
  const [ids, setIds] = useState<Record<string, string>>({});

  const submit = () =>
    void run(
      async () => {
        await create({
          variables: {
            input: {
              documentId: document.id,
              ...attribution.input,
              title: title.trim(),
              slug: suggestSlug(title),
              kind,
              location: location.trim() || null,
              date: dateOf(dateText),
              evidence,
              participants: rows.flatMap((row) => {
                const actorId = row.slug ? ids[row.slug] : undefined;
                return actorId ? [{ actorId, role: row.role.trim() || null, evidence }] : [];
              }),
              suggestionId: suggestion?.id ?? null,
            },
          },
        });
      },
      title.trim() ? [] : [localProblem('title', 'Give the event a title.')],
    );

  return (
    <FormShell
      onSubmit={submit}
      problems={problems}
      saving={saving}
      what="event"
      onDone={onDone}
      preview={
        <p>
          <strong>{title.trim() || '(no title yet)'}</strong> — {kindLabel(kind)}
          {dateText.trim() ? `, ${dateText.trim()}` : ''}
          {location.trim() ? `, ${location.trim()}` : ''}
        </p>
      }
    >
      <label>
        Title
        <input value={title} required onChange={(event) => setTitle(event.target.value)} />
      </label>
      <EventKindField value={kind} onChange={setKind} />
      <DateWordsField value={dateText} onChange={setDateText} />
      <label>
        Place (optional)
        <input value={location} onChange={(event) => setLocation(event.target.value)} />
      </label>
      <fieldset>
        <legend>Participants (these words are their evidence)</legend>
        {rows.map((row, index) => (
          <div key={index}>
            <ParticipantFields
              index={index}
              row={row}
              onChange={(changed) => setRows(rows.map((r, i) => (i === index ? changed : r)))}
            />
            <ParticipantId slug={row.slug} onId={(slug, id) => setIds((known) => ({ ...known, [slug]: id }))} />
          </div>
        ))}
        <button type="button" onClick={() => setRows([...rows, { slug: null, role: '' }])}>
          Add a participant
        </button>
      </fieldset>
      {attribution.field}
    </FormShell>
  );
}

export function AddStatementForm({ document, selection, onDone, suggestion }: NewFactProps) {
  const words = document.text.slice(selection.start, selection.end);
  const [initial] = useState(() => statementValues(suggestion));
  const [create] = useMutation(CreateStatementMutation);
  const { problems, saving, run } = useSave(onDone);
  const [speakerSlug, setSpeakerSlug] = useState<string | null>(initial.speakerSlug);
  const speaker = usePickedActor(speakerSlug);
  const [kind, setKind] = useState<StatementKind>(initial.kind);
  const [text, setText] = useState(initial.text ?? words);
  const [dateText, setDateText] = useState(initial.dateText);
  const silent = isSilent(kind);

  const submit = () =>
    void run(
      () =>
        create({
          variables: {
            input: {
              documentId: document.id,
              speakerId: speaker?.id ?? '',
              kind,
              text: silent ? null : text.trim() || null,
              date: dateOf(dateText),
              evidence: [{ start: selection.start, end: selection.end }],
              suggestionId: suggestion?.id ?? null,
            },
          },
        }),
      speaker ? [] : [localProblem('speakerId', 'Pick who spoke (or declined to).')],
    );

  return (
    <FormShell
      onSubmit={submit}
      problems={problems}
      saving={saving}
      what="statement"
      onDone={onDone}
      preview={
        <p>
          {STATEMENT_KIND[kind]} by <strong>{speaker?.name ?? '(no speaker yet)'}</strong>
          {!silent && text.trim() ? `: ${text.trim()}` : ''}
        </p>
      }
    >
      <ActorPicker label="Speaker" value={speakerSlug} onChange={setSpeakerSlug} />
      <StatementFields kind={kind} onKind={setKind} text={text} onText={setText} />
      <DateWordsField value={dateText} onChange={setDateText} />
    </FormShell>
  );
}

export function AddFigureForm({ document, selection, facts, onDone, suggestion }: NewFactProps) {
  const [initial] = useState(() => figureValues(suggestion));
  const evidence = [{ start: selection.start, end: selection.end }];
  const attribution = useAttributionChoice(facts);
  const [create] = useMutation(CreateFigureMutation);
  const { problems, saving, run } = useSave(onDone);
  const [summary, setSummary] = useState(initial.summary);
  const [amount, setAmount] = useState(initial.amount);
  const [currency, setCurrency] = useState(initial.currency);
  const [periodText, setPeriodText] = useState(initial.periodText);
  const value = Number(amount);

  const local = [
    ...(summary.trim() ? [] : [localProblem('summary', 'Say in a few words what the amount is.')]),
    ...(amount.trim() && Number.isFinite(value) ? [] : [localProblem('amount', 'Give the amount as a number.')]),
  ];
  const submit = () =>
    void run(async () => {
      await create({
        variables: {
          input: {
            documentId: document.id,
            ...attribution.input,
            summary: summary.trim(),
            amount: value,
            currency: currency.trim().toUpperCase(),
            period: dateOf(periodText),
            evidence,
            suggestionId: suggestion?.id ?? null,
          },
        },
      });
    }, local);

  return (
    <FormShell
      onSubmit={submit}
      problems={problems}
      saving={saving}
      what="figure"
      onDone={onDone}
      preview={
        <p>
          <strong>
            {amount.trim() && Number.isFinite(value) ? value.toLocaleString('en') : '(no amount yet)'}{' '}
            {currency.trim().toUpperCase()}
          </strong>{' '}
          — {summary.trim() || '(no summary yet)'}
          {periodText.trim() ? ` (${periodText.trim()})` : ''}
        </p>
      }
    >
      <label>
        Summary
        <input value={summary} onChange={(event) => setSummary(event.target.value)} />
      </label>
      <label>
        Amount
        <input inputMode="decimal" value={amount} onChange={(event) => setAmount(event.target.value)} />
      </label>
      <label>
        Currency (three letters)
        <input value={currency} maxLength={3} onChange={(event) => setCurrency(event.target.value)} />
      </label>
      <label>
        Period, in the article’s words (optional)
        <input value={periodText} onChange={(event) => setPeriodText(event.target.value)} />
      </label>
      {attribution.field}
    </FormShell>
  );
}
