/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What sort of actor this is. */
export type ActorKind =
  /** An administration acting for a state ("Joe Biden’s administration"). */
  | 'GOVERNMENT'
  /** An unnamed collective ("Venezuela’s neighbors", "the opposition"). */
  | 'GROUP'
  /** An agency, firm, council, ministry or media outlet ("US National Security Council"). */
  | 'ORGANIZATION'
  /** A named individual ("Nicolás Maduro"). */
  | 'PERSON'
  /** A country ("Venezuela", "the US"). */
  | 'STATE';

/** Who vouches for a fact. */
export type AttributionKind =
  /** Attributed to unnamed sources ("according to people with direct knowledge of the matter"). */
  | 'ANONYMOUS_SOURCES'
  /** Attributed to a named person or body ("according to Luis Barcenas"). */
  | 'NAMED_SOURCE'
  /** Stated by the publication in its own voice. */
  | 'REPORTED';

/** Which events to list. All conditions must hold. */
export type EventFilter = {
  /** Keep events whose date range ends on or after this day. */
  from?: string | null | undefined;
  /** Slug of an actor who took part. */
  participant?: string | null | undefined;
  /** Words the title, summary or location contains; case and accents are ignored. At most 200 characters. */
  text?: string | null | undefined;
  /** Keep events whose date range starts on or before this day. */
  to?: string | null | undefined;
};

/** What sort of event. */
export type EventKind =
  /** An agreement was reached or signed. */
  | 'AGREEMENT'
  /** A date by which something must happen. */
  | 'DEADLINE'
  /** A government or body decided something (a license, an election call). */
  | 'DECISION'
  /** An election. */
  | 'ELECTION'
  /** Someone spoke to the media. */
  | 'INTERVIEW'
  /** People met (talks, a sit-down). */
  | 'MEETING'
  /** Observers watch or visit (an election mission). */
  | 'OBSERVATION'
  /** A primary election within a party or coalition. */
  | 'PRIMARY'
  /** Something was published. */
  | 'PUBLICATION'
  /** Someone travelled to a place or person. */
  | 'VISIT';

/** Whether a relation happened, or is threatened, asked for, or possible. */
export type Modality =
  /** It happened, as the source tells it. */
  | 'ACTUAL'
  /** It may happen if a condition holds. */
  | 'POSSIBLE'
  /** Someone asked for it; the source does not say it happened. */
  | 'REQUESTED'
  /** The source threatened it. */
  | 'THREATENED';

/** The four families of relation kinds. */
export type RelationCategory =
  /** Pressure backed by force or penalty: threats, bans, sanctions. */
  | 'COERCION'
  /** Contact: meetings, negotiations, consultations, visits. */
  | 'DIPLOMACY'
  /** Verbal or political pressure: urging, criticising, demanding, defying. */
  | 'PRESSURE'
  /** Backing and help. */
  | 'SUPPORT';

/** Which relations to list. All conditions must hold; actors are given by slug. */
export type RelationFilter = {
  /** Slug of an actor at either end. */
  actor?: string | null | undefined;
  /** Only these categories. */
  categories?: Array<RelationCategory> | null | undefined;
  /** Keep relations whose date range ends on or after this day (undated ones drop out). */
  from?: string | null | undefined;
  /** Only these kinds. */
  kinds?: Array<RelationKind> | null | undefined;
  /** Slug of the actor who acted. */
  source?: string | null | undefined;
  /** Slug of the actor acted upon. */
  target?: string | null | undefined;
  /** Keep relations whose date range starts on or before this day (undated ones drop out). */
  to?: string | null | undefined;
};

/** What one actor did to or with another. `relationKinds` lists each kind with its category, PLOVER mapping and score. */
export type RelationKind =
  /** Source backed or endorsed the target or its undertaking. SUPPORT; PLOVER SUPPORT/endorse; score 3.4. */
  | 'BACKED'
  /** Source barred, blocked or prevented the target from doing something. COERCION; PLOVER COERCE/restrict; score -9. */
  | 'BARRED'
  /** Source tested or defied the target or an undertaking made with it. PRESSURE; PLOVER REJECT/defy; score -4. */
  | 'CHALLENGED'
  /** Source was in touch with, or spoke with, the target. DIPLOMACY; PLOVER CONSULT/discuss; score 1. */
  | 'CONSULTED'
  /** Source criticised or condemned the target. PRESSURE; PLOVER ACCUSE/disapprove; score -2. */
  | 'CRITICIZED'
  /** Source demanded something of the target. PRESSURE; PLOVER REQUEST/demand; score -5. */
  | 'DEMANDED'
  /** Source helped bring about or organise something for the target. SUPPORT; PLOVER COOPERATE/mediate; score 3. */
  | 'FACILITATED'
  /** Source met with the target. DIPLOMACY; PLOVER CONSULT/meet; score 1. */
  | 'MET_WITH'
  /** Source negotiated with the target. DIPLOMACY; PLOVER CONSULT/negotiate; score 3.5. */
  | 'NEGOTIATED_WITH'
  /** Source put (or was asked to put) pressure on the target to change course. PRESSURE; PLOVER REQUEST/pressure; score -4. */
  | 'PRESSURED'
  /** Source imposed (or may impose) sanctions on the target. COERCION; PLOVER SANCTION/economic; score -8. */
  | 'SANCTIONED'
  /** Source threatened the target with a measure (a sanction, a penalty). COERCION; PLOVER THREATEN/sanction; score -7. */
  | 'THREATENED'
  /** Source urged or called on the target to act. PRESSURE; PLOVER REQUEST/change; score -1. */
  | 'URGED'
  /** Source travelled to visit the target. DIPLOMACY; PLOVER CONSULT/visit; score 1.9. */
  | 'VISITED';

/** What an actor said — or that they chose not to say anything. */
export type StatementKind =
  /** They were asked and declined to comment. */
  | 'DECLINED_TO_COMMENT'
  /** They were asked and did not (immediately) reply. */
  | 'NO_REPLY'
  /** What they said, in the reporter’s words. */
  | 'PARAPHRASE'
  /** Their words, quoted directly. */
  | 'QUOTE';

export type PressureQueryVariables = Exact<{
  filter?: RelationFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PressureQuery = { relations: { nodes: Array<{ id: string, kind: RelationKind, modality: Modality, summary: string, demand: string | null, lever: string | null, date: { text: string | null, start: string | null } | null, source: { id: string, slug: string, name: string }, target: { id: string, slug: string, name: string }, attribution: { id: string, kind: AttributionKind, text: string | null, source: { id: string, name: string } | null }, evidence: Array<{ id: string, quote: string, start: number, end: number }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ActorQueryVariables = Exact<{
  slug: string;
}>;


export type ActorQuery = { actor: { id: string, slug: string, name: string, kind: ActorKind, aliases: Array<string>, summary: string | null, positions: Array<{ id: string, title: string, acting: boolean, organization: { id: string, name: string } | null }>, relations: Array<{ id: string, kind: RelationKind, modality: Modality, source: { id: string, slug: string, name: string }, target: { id: string, slug: string, name: string }, evidence: Array<{ id: string, quote: string }> }>, statements: Array<{ id: string, kind: StatementKind, text: string | null }> } | null };

export type EventsQueryVariables = Exact<{
  filter?: EventFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type EventsQuery = { events: { nodes: Array<{ id: string, slug: string, kind: EventKind, title: string, location: string | null, secret: boolean, date: { text: string | null, start: string | null, end: string | null } | null, participants: Array<{ id: string, role: string | null, actor: { id: string, name: string } }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type PathQueryVariables = Exact<{
  from: string;
  to: string;
  maxLength?: number | null | undefined;
  first?: number | null | undefined;
}>;


export type PathQuery = { paths: Array<{ length: number, steps: Array<{ from: { id: string, slug: string, name: string }, to: { id: string, slug: string, name: string }, via:
        | { __typename: 'Actor', id: string }
        | { __typename: 'Attribution', id: string }
        | { __typename: 'Change', id: string }
        | { __typename: 'ChangeRow', id: string }
        | { __typename: 'Document', id: string }
        | { __typename: 'Event', title: string, id: string, evidence: Array<{ id: string, quote: string }> }
        | { __typename: 'Evidence', id: string }
        | { __typename: 'Figure', id: string }
        | { __typename: 'Negotiation', id: string }
        | { __typename: 'Participation', id: string }
        | { __typename: 'Position', title: string, id: string, evidence: Array<{ id: string, quote: string }> }
        | { __typename: 'Relation', kind: RelationKind, id: string, source: { id: string, slug: string }, evidence: Array<{ id: string, quote: string }> }
        | { __typename: 'Statement', id: string }
        | { __typename: 'Suggestion', id: string }
       }> }> };

export type StatementsQueryVariables = Exact<{
  kinds?: Array<StatementKind> | StatementKind | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type StatementsQuery = { statements: { nodes: Array<{ id: string, kind: StatementKind, text: string | null, setting: string | null, date: { text: string | null } | null, speaker: { id: string, slug: string, name: string }, evidence: Array<{ id: string, quote: string }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };


export const PressureQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PressureQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RelationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"demand"}},{"kind":"Field","name":{"kind":"Name","value":"lever"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"start"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attribution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<PressureQuery, PressureQueryVariables>;
export const ActorQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActorQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"acting"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"relations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"statements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]} as unknown as DocumentNode<ActorQuery, ActorQueryVariables>;
export const EventsQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventsQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EventFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<EventsQuery, EventsQueryVariables>;
export const PathQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PathQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxLength"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paths"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxLength"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxLength"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"via"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Relation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Position"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PathQuery, PathQueryVariables>;
export const StatementsQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatementsQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StatementKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"setting"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<StatementsQuery, StatementsQueryVariables>;