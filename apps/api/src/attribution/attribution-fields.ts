import { ref } from '@mikro-orm/core';
import type { Document } from '../document/document.entity.js';
import { isStored, newKey, type Edit } from '../editing/edit.js';
import type { EvidenceInput } from '../editing/evidence.input.js';
import { AttributionKind } from './attribution-kind.js';
import { Attribution } from './attribution.entity.js';
import type { NewAttributionInput } from './attribution.inputs.js';
import { applyAttributionFields } from './attribution.mutations.js';

/**
 * Who vouches for a fact being created or updated: the attribution `attributionId` names, or a new
 * one (`newAttribution`) created in the same change, so a refused fact leaves no attribution
 * behind. A new fact needs one of the two; on a stored fact, leaving both out keeps its own.
 */
export async function chosenAttribution(
  edit: Edit,
  fact: object,
  document: Document,
  input: { attributionId?: string | null; newAttribution?: NewAttributionInput | null },
  factEvidence: readonly EvidenceInput[] | null | undefined,
  { required, path = 'input' }: { required: boolean; path?: string },
): Promise<Attribution | null | undefined> {
  const { attributionId, newAttribution } = input;
  if (newAttribution != null) {
    if (attributionId != null) {
      edit.report(`${path}.newAttribution`, 'names a new attribution where attributionId names one: give only one');
    }
    return createAttribution(edit, newAttribution, document, factEvidence, `${path}.newAttribution`);
  }
  if (attributionId === undefined && required && !isStored(fact)) {
    edit.report(`${path}.attributionId`, 'is required (or newAttribution for a new one)');
    return undefined;
  }
  return edit.link(Attribution, attributionId, `${path}.attributionId`, required);
}

/** A new attribution named by a fact, checked as createAttribution checks one. */
async function createAttribution(
  edit: Edit,
  input: NewAttributionInput,
  document: Document,
  factEvidence: readonly EvidenceInput[] | null | undefined,
  path: string,
): Promise<Attribution | undefined> {
  const before = edit.problemCount;
  const attribution = Object.assign(new Attribution(), { key: newKey('attribution'), document: ref(document) });
  const fields = {
    kind: input.kind ?? AttributionKind.REPORTED,
    sourceId: input.sourceId,
    text: input.text,
    evidence: input.evidence ?? (factEvidence ? [...factEvidence] : undefined),
  };
  await applyAttributionFields(attribution, fields, document, edit, path);
  if (edit.problemCount > before) return undefined;
  edit.em.persist(attribution);
  return attribution;
}
