import type { z } from 'zod';
import type { ActorKind } from '../actor/actor-kind.js';
import type { bundleFormat } from '../facts/bundle.format.js';

/**
 * What the suggester proposes for an article: facts in the story bundle's own shape, so that a proposal is
 * checked by the same rules as an imported or hand-made fact, the evaluation compares a bundle with a bundle,
 * and accepting one goes through the mutation for its kind.
 */

type BundleInput = z.input<typeof bundleFormat>;

/** The kinds of fact the suggester proposes, named as the bundle's lists are. */
export type ProposalType = 'actors' | 'positions' | 'attributions' | 'events' | 'relations' | 'statements' | 'figures';

/** A fact of one bundle list, exactly as a story bundle would hold it. */
export type ProposedFactOf<T extends ProposalType> = BundleInput[T][number];

/** Where in the text a proposal's words are: UTF-16 offsets, end exclusive, as evidence is stored. */
export interface TextSpan {
  start: number;
  end: number;
}

interface ProposalOf<T extends ProposalType> {
  type: T;
  /**
   * The proposed fact. Actor references (`source`, `target`, `speaker`, `holder`, participants…) are slugs of
   * an actor the input knew (`KnownActor.slug`) or of an actor proposed in the same list. Its `evidence` quotes
   * are the words of `spans`, each with the occurrence that points at that span.
   */
  fact: ProposedFactOf<T>;
  /** The proposal's evidence in the text, in the order of `fact.evidence`. */
  spans: TextSpan[];
  /** How likely the proposal is right, from 0 to 1: the review queue shows the surest first. */
  confidence: number;
  /** For a proposed actor: the known actor its mention was matched to (its slug), when one was. */
  matches?: string;
}

/** One proposed fact. */
export type Proposal = { [T in ProposalType]: ProposalOf<T> }[ProposalType];

/** An actor the database already holds, so a mention of it is matched instead of proposed anew. */
export interface KnownActor {
  slug: string;
  name: string;
  aliases: string[];
  kind: ActorKind;
}

/** What the suggester reads. */
export interface ProposalInput {
  /** The article's text, exactly as stored: spans index into it. */
  text: string;
  /** The publication date (yyyy-mm-dd) that date words ("Tuesday", "last year") resolve against. */
  publishedAt: string;
  /** Actors already in the database (or in the gold bundle, for the evaluation). */
  knownActors: KnownActor[];
}
