import type { Proposal, ProposalInput } from './proposal.js';

/** Reads an article and proposes its facts, each with its evidence spans and a confidence. Runs offline. */
export function proposeFacts(input: ProposalInput): Proposal[] {
  // Not written yet: an empty text or an article alike get no proposals.
  return input.text ? [] : [];
}
