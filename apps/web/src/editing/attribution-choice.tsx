import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../gql';
import { kindLabel } from '../ui/category';
import { CreateAttributionMutation } from './fact-mutations';

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

const NEW_ATTRIBUTION = 'new';

/**
 * Who vouches for a new fact: one of the document's attributions, or the article in its own voice
 * (an attribution created with the fact, its evidence the same words). `resolve` gives the ID to
 * send, creating the attribution the first time only.
 */
export function useAttributionChoice(
  documentId: string,
  facts: FragmentType<typeof AddFact_fact>[],
  evidence: { start: number; end: number }[],
) {
  const attributions = new Map(
    facts
      .map((fact) => getFragmentData(AddFact_fact, fact))
      .flatMap((fact) => (fact.__typename === 'Attribution' ? [[fact.id, fact] as const] : [])),
  );
  const [chosen, setChosen] = useState<string>(attributions.keys().next().value ?? NEW_ATTRIBUTION);
  const [created, setCreated] = useState<string | null>(null);
  const [createAttribution] = useMutation(CreateAttributionMutation);

  const resolve = async (): Promise<string> => {
    if (chosen !== NEW_ATTRIBUTION) return chosen;
    const { data } = await createAttribution({ variables: { input: { documentId, kind: 'REPORTED', evidence } } });
    const id = data?.createAttribution.attribution?.id ?? '';
    // Saving again after a refusal reuses it rather than creating another.
    setCreated(id);
    setChosen(id);
    return id;
  };

  const field = (
    <label>
      Who vouches for it
      <select value={chosen} onChange={(event) => setChosen(event.target.value)}>
        {[...attributions.values()].map((attribution) => (
          <option key={attribution.id} value={attribution.id}>
            {kindLabel(attribution.attributionKind)}
            {attribution.vouchedBy ? ` — ${attribution.vouchedBy.name}` : ''}
            {attribution.text ? `: “${attribution.text.slice(0, 60)}”` : ''}
          </option>
        ))}
        {created ? (
          <option value={created}>The article, in its own voice (just added)</option>
        ) : (
          <option value={NEW_ATTRIBUTION}>The article, in its own voice (new attribution)</option>
        )}
      </select>
    </label>
  );
  return { field, resolve };
}
