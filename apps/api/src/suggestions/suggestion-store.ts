import { createHash } from 'node:crypto';
import { ref, type EntityManager } from '@mikro-orm/core';
import { invalidInput, type InputProblem } from '../common/errors.js';
import type { Document } from '../document/document.entity.js';
import { bundleFormat } from '../facts/bundle.format.js';
import type { Proposal, ProposalType } from './proposal.js';
import { SuggestionStatus, SuggestionType } from './suggestion-status.js';
import { Suggestion } from './suggestion.entity.js';

/** The suggestion type of each list of the bundle a proposal comes from. */
export const SUGGESTION_TYPES: Record<ProposalType, SuggestionType> = {
  actors: SuggestionType.ACTOR,
  attributions: SuggestionType.ATTRIBUTION,
  positions: SuggestionType.POSITION,
  events: SuggestionType.EVENT,
  relations: SuggestionType.RELATION,
  statements: SuggestionType.STATEMENT,
  figures: SuggestionType.FIGURE,
};

/** The same value with the keys of every object sorted, so that equal facts serialise alike. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, entry]) => entry !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([key, entry]) => [key, canonical(entry)]),
    );
  }
  return value;
}

/** What identifies a proposal across runs: its type, its fact and its spans (not its confidence). */
export function fingerprintOf(proposal: Proposal): string {
  const identity = JSON.stringify(canonical([proposal.type, proposal.fact, proposal.spans]));
  return createHash('sha256').update(identity).digest('hex');
}

/**
 * What is wrong with a proposal for this text: a fact not in its bundle list's shape, a confidence
 * outside 0–1, spans that do not match the fact's quotes one for one or do not index the text.
 */
export function proposalProblems(text: string, proposal: Proposal, path: string): InputProblem[] {
  const problems: InputProblem[] = [];
  const list = bundleFormat.shape[proposal.type] as (typeof bundleFormat.shape)[ProposalType] | undefined;
  if (!list) return [{ path: `${path}.type`, message: `is not a kind of fact ("${proposal.type}")` }];
  const shape = list.element.safeParse(proposal.fact);
  if (!shape.success) {
    for (const issue of shape.error.issues)
      problems.push({ path: [`${path}.fact`, ...issue.path.map(String)].join('.'), message: issue.message });
  }
  if (!Number.isFinite(proposal.confidence) || proposal.confidence < 0 || proposal.confidence > 1)
    problems.push({ path: `${path}.confidence`, message: 'must be between 0 and 1' });
  const quotes = (proposal.fact.evidence ?? []).map((evidence) => evidence.quote);
  if (proposal.spans.length !== quotes.length || quotes.length === 0)
    problems.push({ path: `${path}.spans`, message: 'needs one span for each quote of the fact’s evidence' });
  proposal.spans.forEach(({ start, end }, index) => {
    const at = `${path}.spans[${index}]`;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > text.length)
      problems.push({ path: at, message: `is not a span of the text (${text.length} characters)` });
    else if (quotes[index] !== undefined && text.slice(start, end) !== quotes[index])
      problems.push({ path: `${path}.fact.evidence[${index}].quote`, message: 'is not the text at its span' });
  });
  return problems;
}

/**
 * Stores the proposals as pending suggestions of the document, skipping any offered before
 * (pending, accepted or rejected: the same fingerprint) and repeats within the list. A proposal
 * that does not fit the text (see proposalProblems) refuses them all (BAD_USER_INPUT) before
 * anything is written. Writes through `em`, the change's unit of work; returns how many it added.
 */
export async function storeProposals(
  em: EntityManager,
  document: Document,
  proposals: readonly Proposal[],
): Promise<number> {
  const problems = proposals.flatMap((proposal, index) =>
    proposalProblems(document.text, proposal, `proposals[${index}]`),
  );
  if (problems.length) throw invalidInput(problems);
  const byFingerprint = new Map(proposals.map((proposal) => [fingerprintOf(proposal), proposal]));
  if (!byFingerprint.size) return 0;
  const known = await em.find(
    Suggestion,
    { document: document.id, fingerprint: { $in: [...byFingerprint.keys()] } },
    { fields: ['fingerprint'] },
  );
  for (const { fingerprint } of known) byFingerprint.delete(fingerprint);
  for (const [fingerprint, proposal] of byFingerprint) {
    em.persist(
      em.create(Suggestion, {
        document: ref(document),
        type: SUGGESTION_TYPES[proposal.type],
        fact: proposal.fact,
        spans: proposal.spans.map(({ start, end }) => ({ start, end, text: document.text.slice(start, end) })),
        confidence: proposal.confidence,
        status: SuggestionStatus.PENDING,
        fingerprint,
      }),
    );
  }
  return byFingerprint.size;
}
