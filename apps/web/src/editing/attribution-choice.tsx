import { AttributionKind } from '@parley/schema';
import { useState } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../gql';
import { kindLabel } from '../ui/category';

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
 * (an attribution the server creates with the fact, in the same change, its evidence the same
 * words). `input` is what to send with the fact's create.
 */
export function useAttributionChoice(facts: FragmentType<typeof AddFact_fact>[]) {
  const attributions = new Map(
    facts
      .map((fact) => getFragmentData(AddFact_fact, fact))
      .flatMap((fact) => (fact.__typename === 'Attribution' ? [[fact.id, fact] as const] : [])),
  );
  const [chosen, setChosen] = useState<string>(attributions.keys().next().value ?? NEW_ATTRIBUTION);
  const input =
    chosen === NEW_ATTRIBUTION ? { newAttribution: { kind: AttributionKind.REPORTED } } : { attributionId: chosen };

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
        <option value={NEW_ATTRIBUTION}>The article, in its own voice (new attribution)</option>
      </select>
    </label>
  );
  return { field, input };
}
