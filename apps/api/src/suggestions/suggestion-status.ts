import { registerEnumType } from 'type-graphql';

/** Where a suggestion stands in the review queue. */
export enum SuggestionStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
}

registerEnumType(SuggestionStatus, {
  name: 'SuggestionStatus',
  description: 'Where a suggested fact stands: waiting for an editor, made a fact, or turned down.',
  valuesConfig: {
    PENDING: { description: 'Waiting for an editor to accept, edit or reject it.' },
    ACCEPTED: { description: 'Made a fact (as proposed or as edited); `acceptedNodeId` names it.' },
    REJECTED: { description: 'Turned down; kept so that the same proposal is not offered again.' },
  },
});

/** The kind of fact a suggestion proposes. */
export enum SuggestionType {
  ACTOR = 'ACTOR',
  ATTRIBUTION = 'ATTRIBUTION',
  POSITION = 'POSITION',
  EVENT = 'EVENT',
  RELATION = 'RELATION',
  STATEMENT = 'STATEMENT',
  FIGURE = 'FIGURE',
}

registerEnumType(SuggestionType, {
  name: 'SuggestionType',
  description: 'The kind of fact a suggestion proposes; accepting it creates a node of that type.',
  valuesConfig: {
    ACTOR: { description: 'A new actor named in the article.' },
    ATTRIBUTION: { description: 'Who the article says vouches for its facts.' },
    POSITION: { description: 'A post an actor holds.' },
    EVENT: { description: 'Something that happened or is due, with its participants.' },
    RELATION: { description: 'Who did what to whom.' },
    STATEMENT: { description: 'Something an actor said.' },
    FIGURE: { description: 'An amount of money or a count.' },
  },
});
