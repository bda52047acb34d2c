import { skipToken, useQuery } from '@apollo/client/react';
import { ActorKind, Modality, relationKinds, type RelationKind } from '@parley/schema';
import { useId } from 'react';
import { ActorPicker, ActorPickerNameQuery } from '../ui/actor-picker';
import { kindLabel } from '../ui/category';
import { fieldProblem } from './form-problems';
import type { FormProblem } from './graphql-errors';

/** One end of a relation: an actor picked by name, or a new one to create with it. */
export interface ActorChoice {
  slug: string | null;
  newName: string;
  newKind: ActorKind;
  /** The words naming the new actor in the article (its evidence); its name when left empty. */
  namedAs: string;
  creating: boolean;
}

export const emptyActorChoice = (slug: string | null = null): ActorChoice => ({
  slug,
  newName: '',
  newKind: 'PERSON',
  namedAs: '',
  creating: false,
});

/** What the relation form holds, as typed. */
export interface RelationDraft {
  source: ActorChoice;
  target: ActorChoice;
  kind: RelationKind;
  modality: Modality;
  summary: string;
  demand: string;
  lever: string;
  dateText: string;
}

export const RELATION_FIELD_LABELS: Record<string, string> = {
  sourceId: 'Source',
  targetId: 'Target',
  kind: 'Kind',
  modality: 'Modality',
  summary: 'Summary',
  demand: 'Demand',
  lever: 'Lever',
  date: 'Date',
  evidence: 'Evidence',
  attributionId: 'Attribution',
};

const KIND_OPTIONS = Object.keys(relationKinds) as RelationKind[];

/** The actor an end names: its ID and name once the picker's slug is known (the picker's own query). */
export function usePickedActor(slug: string | null) {
  const { data } = useQuery(ActorPickerNameQuery, slug ? { variables: { slug } } : skipToken);
  return data?.actor && data.actor.slug === slug ? data.actor : null;
}

/**
 * An actor a new fact names, sent in the same mutation (a refused fact creates none); its evidence
 * is the first place the article names it.
 */
export function newActorInput(choice: ActorChoice) {
  const name = choice.newName.trim();
  return { name, kind: choice.newKind, evidence: [{ quote: choice.namedAs.trim() || name, occurrence: 1 }] };
}

/** One actor a fact names: picked by name, or (when `canCreate`) a new one to create with it. */
export function ActorEnd(props: {
  label: string;
  field: string;
  choice: ActorChoice;
  onChange: (choice: ActorChoice) => void;
  problems: FormProblem[];
  /** False where the mutation takes only an existing actor (an edit). */
  canCreate?: boolean;
}) {
  const { label, field, choice, onChange, problems, canCreate = true } = props;
  const id = useId();
  const problem = fieldProblem(problems, field);
  return (
    <fieldset className="actor-end">
      <legend>{label}</legend>
      {choice.creating ? (
        <>
          <label>
            Name of the new actor
            <input
              value={choice.newName}
              required
              onChange={(event) => onChange({ ...choice, newName: event.target.value })}
            />
          </label>
          <label>
            Words naming it in the article (if not its name)
            <input
              value={choice.namedAs}
              placeholder={choice.newName}
              onChange={(event) => onChange({ ...choice, namedAs: event.target.value })}
            />
          </label>
          <label>
            Kind of actor
            <select
              value={choice.newKind}
              onChange={(event) => onChange({ ...choice, newKind: event.target.value as ActorKind })}
            >
              {Object.values(ActorKind).map((kind) => (
                <option key={kind} value={kind}>
                  {kindLabel(kind)}
                </option>
              ))}
            </select>
          </label>
        </>
      ) : (
        <ActorPicker label={`${label} actor`} value={choice.slug} onChange={(slug) => onChange({ ...choice, slug })} />
      )}
      {canCreate ? (
        <label className="inline-check">
          <input
            type="checkbox"
            checked={choice.creating}
            onChange={(event) => onChange({ ...choice, creating: event.target.checked })}
          />
          Create a new actor
        </label>
      ) : null}
      {problem ? (
        <p className="field-problem" id={`${id}-problem`}>
          {problem}
        </p>
      ) : null}
    </fieldset>
  );
}

/** The fields of a relation, for adding one or changing it. */
export function RelationFields(props: {
  draft: RelationDraft;
  onChange: (draft: RelationDraft) => void;
  problems: FormProblem[];
  /** False when editing: an update names existing actors only. */
  canCreate?: boolean;
}) {
  const { draft, onChange, problems, canCreate = true } = props;
  const id = useId();
  const set = <K extends keyof RelationDraft>(key: K, value: RelationDraft[K]) => onChange({ ...draft, [key]: value });
  const describedBy = (field: string) => (fieldProblem(problems, field) ? `${id}-${field}-problem` : undefined);
  const under = (field: string) => {
    const problem = fieldProblem(problems, field);
    return problem ? (
      <span className="field-problem" id={`${id}-${field}-problem`}>
        {problem}
      </span>
    ) : null;
  };
  return (
    <>
      <ActorEnd
        label="Source"
        field="sourceId"
        choice={draft.source}
        onChange={(choice) => set('source', choice)}
        problems={problems}
        canCreate={canCreate}
      />
      <div className="field">
        <label htmlFor={`${id}-kind`}>Kind</label>
        <select
          id={`${id}-kind`}
          value={draft.kind}
          aria-describedby={`${id}-kind-description`}
          onChange={(event) => set('kind', event.target.value as RelationKind)}
        >
          {KIND_OPTIONS.map((kind) => (
            <option key={kind} value={kind}>
              {kindLabel(kind)} ({relationKinds[kind].category.toLowerCase()})
            </option>
          ))}
        </select>
        <span className="muted" id={`${id}-kind-description`}>
          {relationKinds[draft.kind].description}
        </span>
      </div>
      <ActorEnd
        label="Target"
        field="targetId"
        choice={draft.target}
        onChange={(choice) => set('target', choice)}
        problems={problems}
        canCreate={canCreate}
      />
      <label>
        Modality
        <select value={draft.modality} onChange={(event) => set('modality', event.target.value as Modality)}>
          {Object.values(Modality).map((modality) => (
            <option key={modality} value={modality}>
              {kindLabel(modality)}
            </option>
          ))}
        </select>
      </label>
      <label>
        Summary
        <input
          value={draft.summary}
          required
          aria-invalid={Boolean(fieldProblem(problems, 'summary'))}
          aria-describedby={describedBy('summary')}
          onChange={(event) => set('summary', event.target.value)}
        />
        {under('summary')}
      </label>
      <label>
        Demand (optional)
        <input value={draft.demand} onChange={(event) => set('demand', event.target.value)} />
      </label>
      <label>
        Lever (optional)
        <input value={draft.lever} onChange={(event) => set('lever', event.target.value)} />
      </label>
      <label>
        Date, in the article’s words (optional)
        <input
          value={draft.dateText}
          placeholder="Tuesday, last month, April 2024"
          aria-describedby={describedBy('date')}
          onChange={(event) => set('dateText', event.target.value)}
        />
        {under('date')}
      </label>
    </>
  );
}

/** The relation as it would read in the facts panel. */
export function RelationPreview({ draft }: { draft: RelationDraft }) {
  const source = usePickedActor(draft.source.creating ? null : draft.source.slug);
  const target = usePickedActor(draft.target.creating ? null : draft.target.slug);
  const name = (choice: ActorChoice, picked: { name: string } | null) =>
    (choice.creating ? choice.newName.trim() : picked?.name) || '(no actor yet)';
  return (
    <section className="fact-preview" aria-label="Preview">
      <h3>Preview</h3>
      <p>
        <strong>{name(draft.source, source)}</strong> {kindLabel(draft.kind)}{' '}
        <strong>{name(draft.target, target)}</strong> — {draft.summary.trim() || '(no summary yet)'}
      </p>
      <p className="muted">
        {relationKinds[draft.kind].category.toLowerCase()} · {kindLabel(draft.modality).toLowerCase()}
        {draft.dateText.trim() ? ` · ${draft.dateText.trim()}` : ''}
        {draft.demand.trim() ? ` · demand: ${draft.demand.trim()}` : ''}
        {draft.lever.trim() ? ` · lever: ${draft.lever.trim()}` : ''}
      </p>
    </section>
  );
}
