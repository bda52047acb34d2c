import type { EntityClass } from '@mikro-orm/core';
import { Actor } from '../actor/actor.entity.js';
import { CreateActorInput } from '../actor/actor.inputs.js';
import { actorEditor } from '../actor/actor.mutations.js';
import { Attribution } from '../attribution/attribution.entity.js';
import { CreateAttributionInput } from '../attribution/attribution.inputs.js';
import { attributionEditor } from '../attribution/attribution.mutations.js';
import type { Viewer } from '../common/viewer.js';
import { Document } from '../document/document.entity.js';
import { Evidence } from '../evidence/evidence.entity.js';
import type { Edit } from '../editing/edit.js';
import { EvidenceInput } from '../editing/evidence.input.js';
import { PartialDateInputType } from '../editing/partial-date.input.js';
import { Event } from '../event/event.entity.js';
import { CreateEventInput, ParticipantInput } from '../event/event.inputs.js';
import { eventEditor } from '../event/event.mutations.js';
import type { EvidenceQuote, PartialDateInput } from '../facts/bundle.format.js';
import { CreateFigureInput } from '../figure/figure.inputs.js';
import { figureEditor } from '../figure/figure.mutations.js';
import { CreatePositionInput } from '../position/position.inputs.js';
import { positionEditor } from '../position/position.mutations.js';
import { isRelationKind } from '../relation/relation-kind.js';
import { CreateRelationInput } from '../relation/relation.inputs.js';
import { relationEditor } from '../relation/relation.mutations.js';
import { CreateStatementInput } from '../statement/statement.inputs.js';
import { statementEditor } from '../statement/statement.mutations.js';
import { toGlobalId } from '../common/global-id.js';
import type { ProposedFactOf } from './proposal.js';
import { decide, ENTITY_OF_TYPE } from './suggestion-decision.js';
import { SuggestionStatus, SuggestionType } from './suggestion-status.js';
import { Suggestion } from './suggestion.entity.js';
import { ARTICLE_VOICE_KEY } from './attribution.js';
import { AttributionKind } from '../attribution/attribution-kind.js';

/** A node the create path made: its global ID once written. */
interface Created {
  id: number;
  globalId: string;
}

/** A date of the bundle as the mutations take it. */
function dateOf(date: PartialDateInput | undefined): PartialDateInputType | undefined {
  if (date === undefined) return undefined;
  return Object.assign(new PartialDateInputType(), typeof date === 'string' ? { text: date } : date);
}

/** Quotes of the bundle (a participant's evidence) as the mutations take them. */
function quotesOf(evidence: readonly EvidenceQuote[] | undefined): EvidenceInput[] {
  return (evidence ?? []).map(({ quote, occurrence }) =>
    Object.assign(new EvidenceInput(), { quote, occurrence: occurrence ?? null }),
  );
}

/**
 * Accepting suggestions inside one change: each becomes a fact through its kind's create (the
 * same checks as a hand-made fact), and the references it makes by slug or key are resolved to
 * nodes, a referenced suggestion still pending being accepted first in the same change.
 */
export class SuggestionAcceptance {
  readonly #accepting = new Set<number>();

  constructor(
    readonly edit: Edit,
    readonly viewer: Viewer | undefined,
  ) {}

  /** Makes the pending suggestion a fact and marks it accepted; returns the fact. */
  async accept(suggestion: Suggestion): Promise<Created> {
    this.#accepting.add(suggestion.id);
    const create = await this.#creation(suggestion);
    // A reference that names nothing is reported once, not again as an empty ID by the create.
    this.edit.check();
    const node = await create();
    this.edit.check();
    // The created node's ID is the database's: write it now, inside the change.
    await this.edit.em.flush();
    decide(suggestion, SuggestionStatus.ACCEPTED, this.viewer, node.globalId);
    return node;
  }

  /** Evidence at the suggestion's spans, with the words there, so the create path checks both. */
  #evidence(suggestion: Suggestion): EvidenceInput[] {
    return suggestion.spans.map(({ start, end, text }) =>
      Object.assign(new EvidenceInput(), { start, end, quote: text }),
    );
  }

  /**
   * An actor the database knows, mentioned in the document: accepting the suggestion adds its
   * words to the actor's evidence there (none it had is dropped), recorded in the same change.
   */
  async #mention(actor: Actor, suggestion: Suggestion): Promise<Created> {
    const { em } = this.edit;
    const document = await em.findOneOrFail(Document, { id: suggestion.document.id });
    const held = await em.find(Evidence, { actor, document }, { orderBy: { start: 'asc' } });
    const spans = new Map(
      [...held, ...suggestion.spans].map(({ start, end }) => [`${String(start)}:${String(end)}`, { start, end }]),
    );
    const evidence = [...spans.values()].map((span) => Object.assign(new EvidenceInput(), span));
    await this.edit.evidence('actors', 'actor', actor, document, evidence);
    return actor;
  }

  /** The create of the suggestion's kind with the input its fact makes, references resolved. */
  async #creation(suggestion: Suggestion): Promise<() => Promise<Created>> {
    const { edit } = this;
    const documentId = toGlobalId('Document', suggestion.document.id);
    const evidence = this.#evidence(suggestion);
    const common = { documentId, evidence, suggestionId: null };
    switch (suggestion.type) {
      case SuggestionType.ACTOR: {
        const fact = suggestion.fact as ProposedFactOf<'actors'>;
        const { slug, name, aliases, kind, summary, basis } = fact;
        const known = await edit.em.findOne(Actor, { slug });
        if (known) return () => this.#mention(known, suggestion);
        return () =>
          actorEditor.create(
            Object.assign(new CreateActorInput(), { ...common, slug, name, aliases, kind, summary, basis }),
            edit,
          );
      }
      case SuggestionType.ATTRIBUTION: {
        const fact = suggestion.fact as ProposedFactOf<'attributions'>;
        const sourceId = await this.#actor(suggestion, fact.source, 'source');
        return () =>
          attributionEditor.create(
            Object.assign(new CreateAttributionInput(), { ...common, kind: fact.kind, text: fact.text, sourceId }),
            edit,
          );
      }
      case SuggestionType.POSITION: {
        const fact = suggestion.fact as ProposedFactOf<'positions'>;
        const holderId = (await this.#actor(suggestion, fact.holder, 'holder')) ?? '';
        const organizationId = await this.#actor(suggestion, fact.organization, 'organization');
        const { title, acting, basis } = fact;
        return () =>
          positionEditor.create(
            Object.assign(new CreatePositionInput(), { ...common, holderId, organizationId, title, acting, basis }),
            edit,
          );
      }
      case SuggestionType.EVENT: {
        const fact = suggestion.fact as ProposedFactOf<'events'>;
        const attributionId = (await this.#attribution(suggestion, fact.attribution, 'attribution')) ?? '';
        const participants = [];
        for (const [index, participant] of fact.participants.entries()) {
          const at = `participants[${index}]`;
          participants.push(
            Object.assign(new ParticipantInput(), {
              actorId: (await this.#actor(suggestion, participant.actor, `${at}.actor`)) ?? '',
              role: participant.role,
              outcome: participant.outcome,
              attributionId: await this.#attribution(suggestion, participant.attribution, `${at}.attribution`),
              evidence: quotesOf(participant.evidence),
            }),
          );
        }
        const { slug, kind, title, summary, location, secret } = fact;
        const date = dateOf(fact.date);
        const input = Object.assign(new CreateEventInput(), {
          ...common,
          slug,
          kind,
          title,
          summary,
          location,
          secret,
          date,
          attributionId,
          participants,
        });
        return () => eventEditor.create(input, edit);
      }
      case SuggestionType.RELATION: {
        const fact = suggestion.fact as ProposedFactOf<'relations'>;
        const sourceId = (await this.#actor(suggestion, fact.source, 'source')) ?? '';
        const targetId = (await this.#actor(suggestion, fact.target, 'target')) ?? '';
        const attributionId = (await this.#attribution(suggestion, fact.attribution, 'attribution')) ?? '';
        const eventId = await this.#event(suggestion, fact.event, 'event');
        const { summary, modality, demand, lever } = fact;
        const kind = isRelationKind(fact.kind) ? fact.kind : undefined;
        if (!kind) edit.report('fact.kind', `"${fact.kind}" is not a relation kind`);
        const date = dateOf(fact.date);
        const input = Object.assign(new CreateRelationInput(), {
          ...common,
          kind,
          summary,
          modality,
          demand,
          lever,
          date,
          sourceId,
          targetId,
          attributionId,
          eventId,
        });
        return () => relationEditor.create(input, edit);
      }
      case SuggestionType.STATEMENT: {
        const fact = suggestion.fact as ProposedFactOf<'statements'>;
        const speakerId = (await this.#actor(suggestion, fact.speaker, 'speaker')) ?? '';
        const eventId = await this.#event(suggestion, fact.event, 'event');
        const { kind, text, setting } = fact;
        return () =>
          statementEditor.create(
            Object.assign(new CreateStatementInput(), {
              ...common,
              kind,
              text,
              setting,
              date: dateOf(fact.date),
              speakerId,
              eventId,
            }),
            edit,
          );
      }
      case SuggestionType.FIGURE: {
        const fact = suggestion.fact as ProposedFactOf<'figures'>;
        const subjectId = await this.#actor(suggestion, fact.subject, 'subject');
        const attributionId = (await this.#attribution(suggestion, fact.attribution, 'attribution')) ?? '';
        const { amount, currency, summary, measure, modality, condition } = fact;
        const period = dateOf(fact.period);
        const input = Object.assign(new CreateFigureInput(), {
          ...common,
          amount,
          currency,
          summary,
          measure,
          modality,
          condition,
          subjectId,
          period,
          attributionId,
        });
        return () => figureEditor.create(input, edit);
      }
    }
  }

  /** An actor a proposal names by slug: one of the database, or one proposed for the same document. */
  #actor(suggestion: Suggestion, slug: string | undefined, field: string) {
    return this.#resolve(suggestion, slug, field, Actor, SuggestionType.ACTOR, (found) => ({ slug: found }));
  }

  /** An attribution a proposal names by key: one of the document, or one proposed for it. */
  #attribution(suggestion: Suggestion, key: string | undefined, field: string) {
    if (key === ARTICLE_VOICE_KEY) return this.#articleVoice(suggestion);
    return this.#resolve(suggestion, key, field, Attribution, SuggestionType.ATTRIBUTION, (found) => ({
      key: found,
      document: suggestion.document.id,
    }));
  }

  /**
   * The article in its own voice, which proposals name when the article opens with no wire's name
   * to quote (so no words to propose it by): the document's attribution of that key, or one
   * created now, through createAttribution's checks, for this and later acceptances to share.
   */
  async #articleVoice(suggestion: Suggestion): Promise<string | undefined> {
    const { em } = this.edit;
    const document = suggestion.document.id;
    const stored = await em.findOne(Attribution, { document, key: ARTICLE_VOICE_KEY }, { fields: ['id'] });
    if (stored) return toGlobalId(Attribution.name, stored.id);
    const input = Object.assign(new CreateAttributionInput(), {
      documentId: toGlobalId('Document', document),
      kind: AttributionKind.REPORTED,
      text: 'the article',
    });
    const created = await attributionEditor.create(input, this.edit);
    created.key = ARTICLE_VOICE_KEY;
    await em.flush();
    return created.globalId;
  }

  /** An event a proposal names by slug: one of the database, or one proposed for the same document. */
  #event(suggestion: Suggestion, slug: string | undefined, field: string) {
    return this.#resolve(suggestion, slug, field, Event, SuggestionType.EVENT, (found) => ({ slug: found }));
  }

  /**
   * The global ID of the node a proposal names by `name` (a slug or key): the stored node when there
   * is one, else the node a suggestion of the same document proposing it became, accepting that
   * suggestion now when it is pending. A name that is neither is a problem at `fact.<field>`.
   */
  async #resolve<T extends { id: number }>(
    suggestion: Suggestion,
    name: string | undefined,
    field: string,
    entity: EntityClass<T>,
    type: SuggestionType,
    where: (name: string) => object,
  ): Promise<string | undefined> {
    if (name === undefined) return undefined;
    const { em } = this.edit;
    const stored = await em.findOne(entity, where(name), { fields: ['id'] as never });
    if (stored) return toGlobalId(entity.name, stored.id);
    const keyField = type === SuggestionType.ATTRIBUTION ? 'key' : 'slug';
    const proposals = await em.find(
      Suggestion,
      { document: suggestion.document.id, type, status: { $ne: SuggestionStatus.REJECTED } },
      { orderBy: { id: 'asc' } },
    );
    const proposed = proposals.find((candidate) => candidate.fact[keyField] === name);
    if (proposed?.status === SuggestionStatus.ACCEPTED && proposed.acceptedNodeId) return proposed.acceptedNodeId;
    if (proposed?.status === SuggestionStatus.PENDING && !this.#accepting.has(proposed.id)) {
      return (await this.accept(proposed)).globalId;
    }
    this.edit.report(
      `fact.${field}`,
      `"${name}" names no ${ENTITY_OF_TYPE[type].name} of the database and none suggested for this document`,
    );
    return undefined;
  }
}
