/** What sort of actor this is. */
export const ActorKind = {
  /** An administration acting for a state ("Joe Biden’s administration"). */
  GOVERNMENT: 'GOVERNMENT',
  /** An unnamed collective ("Venezuela’s neighbors", "the opposition"). */
  GROUP: 'GROUP',
  /** An agency, firm, council, ministry or media outlet ("US National Security Council"). */
  ORGANIZATION: 'ORGANIZATION',
  /** A named individual ("Nicolás Maduro"). */
  PERSON: 'PERSON',
  /** A country ("Venezuela", "the US"). */
  STATE: 'STATE'
} as const;

export type ActorKind = typeof ActorKind[keyof typeof ActorKind];
/** Who vouches for a fact. */
export const AttributionKind = {
  /** Attributed to unnamed sources ("according to people with direct knowledge of the matter"). */
  ANONYMOUS_SOURCES: 'ANONYMOUS_SOURCES',
  /** Attributed to a named person or body ("according to Luis Barcenas"). */
  NAMED_SOURCE: 'NAMED_SOURCE',
  /** Stated by the publication in its own voice. */
  REPORTED: 'REPORTED'
} as const;

export type AttributionKind = typeof AttributionKind[keyof typeof AttributionKind];
/** How a change came about. */
export const ChangeKind = {
  /** A story bundle imported (one change per bundle). */
  IMPORT: 'IMPORT',
  /** An edit made through the API by a signed-in user. */
  MUTATION: 'MUTATION',
  /** The undoing of an earlier change (`reverts` names it). */
  REVERT: 'REVERT'
} as const;

export type ChangeKind = typeof ChangeKind[keyof typeof ChangeKind];
/** What a change did to one row. */
export const ChangeOperation = {
  /** The row was added: `before` is null. */
  CREATE: 'CREATE',
  /** The row was removed: `after` is null, `before` holds all it takes to restore it. */
  DELETE: 'DELETE',
  /** The row was changed: `before` and `after` are both set. */
  UPDATE: 'UPDATE'
} as const;

export type ChangeOperation = typeof ChangeOperation[keyof typeof ChangeOperation];
/** How precisely the source pins a date down. */
export const DatePrecision = {
  /** A single day ("Tuesday", "Feb. 23"). */
  DAY: 'DAY',
  /** Some time in a month ("October"); `start`..`end` span the month or months. */
  MONTH: 'MONTH',
  /** Some time in a quarter of a year. */
  QUARTER: 'QUARTER',
  /** Some day of a week ("this week"); `start`..`end` span the week. */
  WEEK: 'WEEK',
  /** Some time in a year ("last year", "by the end of 2024"). */
  YEAR: 'YEAR'
} as const;

export type DatePrecision = typeof DatePrecision[keyof typeof DatePrecision];
/** Which end of a relation an actor stands at. */
export const Direction = {
  /** Either end. */
  BOTH: 'BOTH',
  /** Relations where the actor is the target (what was done to them). */
  INCOMING: 'INCOMING',
  /** Relations where the actor is the source (what they did). */
  OUTGOING: 'OUTGOING'
} as const;

export type Direction = typeof Direction[keyof typeof Direction];
/** What sort of event. */
export const EventKind = {
  /** An agreement was reached or signed. */
  AGREEMENT: 'AGREEMENT',
  /** A date by which something must happen. */
  DEADLINE: 'DEADLINE',
  /** A government or body decided something (a license, an election call). */
  DECISION: 'DECISION',
  /** An election. */
  ELECTION: 'ELECTION',
  /** Someone spoke to the media. */
  INTERVIEW: 'INTERVIEW',
  /** People met (talks, a sit-down). */
  MEETING: 'MEETING',
  /** Observers watch or visit (an election mission). */
  OBSERVATION: 'OBSERVATION',
  /** A primary election within a party or coalition. */
  PRIMARY: 'PRIMARY',
  /** Something was published. */
  PUBLICATION: 'PUBLICATION',
  /** Someone travelled to a place or person. */
  VISIT: 'VISIT'
} as const;

export type EventKind = typeof EventKind[keyof typeof EventKind];
/** Whether a relation happened, or is threatened, asked for, or possible. */
export const Modality = {
  /** It happened, as the source tells it. */
  ACTUAL: 'ACTUAL',
  /** It may happen if a condition holds. */
  POSSIBLE: 'POSSIBLE',
  /** Someone asked for it; the source does not say it happened. */
  REQUESTED: 'REQUESTED',
  /** The source threatened it. */
  THREATENED: 'THREATENED'
} as const;

export type Modality = typeof Modality[keyof typeof Modality];
/** The four families of relation kinds. */
export const RelationCategory = {
  /** Pressure backed by force or penalty: threats, bans, sanctions. */
  COERCION: 'COERCION',
  /** Contact: meetings, negotiations, consultations, visits. */
  DIPLOMACY: 'DIPLOMACY',
  /** Verbal or political pressure: urging, criticising, demanding, defying. */
  PRESSURE: 'PRESSURE',
  /** Backing and help. */
  SUPPORT: 'SUPPORT'
} as const;

export type RelationCategory = typeof RelationCategory[keyof typeof RelationCategory];
/** What one actor did to or with another. `relationKinds` lists each kind with its category, PLOVER mapping and score. */
export const RelationKind = {
  /** Source backed or endorsed the target or its undertaking. SUPPORT; PLOVER SUPPORT/endorse; score 3.4. */
  BACKED: 'BACKED',
  /** Source barred, blocked or prevented the target from doing something. COERCION; PLOVER COERCE/restrict; score -9. */
  BARRED: 'BARRED',
  /** Source tested or defied the target or an undertaking made with it. PRESSURE; PLOVER REJECT/defy; score -4. */
  CHALLENGED: 'CHALLENGED',
  /** Source was in touch with, or spoke with, the target. DIPLOMACY; PLOVER CONSULT/discuss; score 1. */
  CONSULTED: 'CONSULTED',
  /** Source criticised or condemned the target. PRESSURE; PLOVER ACCUSE/disapprove; score -2. */
  CRITICIZED: 'CRITICIZED',
  /** Source demanded something of the target. PRESSURE; PLOVER REQUEST/demand; score -5. */
  DEMANDED: 'DEMANDED',
  /** Source helped bring about or organise something for the target. SUPPORT; PLOVER COOPERATE/mediate; score 3. */
  FACILITATED: 'FACILITATED',
  /** Source met with the target. DIPLOMACY; PLOVER CONSULT/meet; score 1. */
  MET_WITH: 'MET_WITH',
  /** Source negotiated with the target. DIPLOMACY; PLOVER CONSULT/negotiate; score 3.5. */
  NEGOTIATED_WITH: 'NEGOTIATED_WITH',
  /** Source put (or was asked to put) pressure on the target to change course. PRESSURE; PLOVER REQUEST/pressure; score -4. */
  PRESSURED: 'PRESSURED',
  /** Source imposed (or may impose) sanctions on the target. COERCION; PLOVER SANCTION/economic; score -8. */
  SANCTIONED: 'SANCTIONED',
  /** Source threatened the target with a measure (a sanction, a penalty). COERCION; PLOVER THREATEN/sanction; score -7. */
  THREATENED: 'THREATENED',
  /** Source urged or called on the target to act. PRESSURE; PLOVER REQUEST/change; score -1. */
  URGED: 'URGED',
  /** Source travelled to visit the target. DIPLOMACY; PLOVER CONSULT/visit; score 1.9. */
  VISITED: 'VISITED'
} as const;

export type RelationKind = typeof RelationKind[keyof typeof RelationKind];
/** What a user may do; each role includes the ones before it. */
export const Role = {
  /** Edits, and manages users and every API token. */
  ADMIN: 'ADMIN',
  /** Reads, and changes the stories (creates, updates, deletes facts). */
  EDITOR: 'EDITOR',
  /** Reads everything, also when the server does not allow anonymous reads. */
  READER: 'READER'
} as const;

export type Role = typeof Role[keyof typeof Role];
/** What sort of thing a search result is, and so which of its words were searched. */
export const SearchResultKind = {
  /** An actor, found by its name, aliases or slug; `node` is the Actor. */
  ACTOR: 'ACTOR',
  /** The text of a document (or its title); `node` is the Document and `span` the passage that matches. */
  DOCUMENT_TEXT: 'DOCUMENT_TEXT',
  /** An event, found by its title, summary or place; `node` is the Event. */
  EVENT: 'EVENT',
  /** A figure, found by its summary, measure or condition; `node` is the Figure. */
  FIGURE: 'FIGURE',
  /** A relation, found by its summary, demand or lever; `node` is the Relation. */
  RELATION: 'RELATION',
  /** A statement, found by what was said or where; `node` is the Statement. */
  STATEMENT: 'STATEMENT'
} as const;

export type SearchResultKind = typeof SearchResultKind[keyof typeof SearchResultKind];
/** What an actor said — or that they chose not to say anything. */
export const StatementKind = {
  /** They were asked and declined to comment. */
  DECLINED_TO_COMMENT: 'DECLINED_TO_COMMENT',
  /** They were asked and did not (immediately) reply. */
  NO_REPLY: 'NO_REPLY',
  /** What they said, in the reporter’s words. */
  PARAPHRASE: 'PARAPHRASE',
  /** Their words, quoted directly. */
  QUOTE: 'QUOTE'
} as const;

export type StatementKind = typeof StatementKind[keyof typeof StatementKind];
/** Where a suggested fact stands: waiting for an editor, made a fact, or turned down. */
export const SuggestionStatus = {
  /** Made a fact (as proposed or as edited); `acceptedNodeId` names it. */
  ACCEPTED: 'ACCEPTED',
  /** Waiting for an editor to accept, edit or reject it. */
  PENDING: 'PENDING',
  /** Turned down; kept so that the same proposal is not offered again. */
  REJECTED: 'REJECTED'
} as const;

export type SuggestionStatus = typeof SuggestionStatus[keyof typeof SuggestionStatus];
/** The kind of fact a suggestion proposes; accepting it creates a node of that type. */
export const SuggestionType = {
  /** A new actor named in the article. */
  ACTOR: 'ACTOR',
  /** Who the article says vouches for its facts. */
  ATTRIBUTION: 'ATTRIBUTION',
  /** Something that happened or is due, with its participants. */
  EVENT: 'EVENT',
  /** An amount of money or a count. */
  FIGURE: 'FIGURE',
  /** A post an actor holds. */
  POSITION: 'POSITION',
  /** Who did what to whom. */
  RELATION: 'RELATION',
  /** Something an actor said. */
  STATEMENT: 'STATEMENT'
} as const;

export type SuggestionType = typeof SuggestionType[keyof typeof SuggestionType];