import type { ActorKind } from './enums.js';
import type { AttributionKind } from './enums.js';
import type { ChangeKind } from './enums.js';
import type { ChangeOperation } from './enums.js';
import type { DatePrecision } from './enums.js';
import type { Direction } from './enums.js';
import type { EventKind } from './enums.js';
import type { Modality } from './enums.js';
import type { RelationCategory } from './enums.js';
import type { RelationKind } from './enums.js';
import type { Role } from './enums.js';
import type { SearchResultKind } from './enums.js';
import type { StatementKind } from './enums.js';
import type { SuggestionStatus } from './enums.js';
import type { SuggestionType } from './enums.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date without time or time zone, written yyyy-mm-dd (ISO 8601), e.g. `2024-04-09`. */
  Date: { input: `${number}-${number}-${number}`; output: `${number}-${number}-${number}`; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSON: { input: unknown; output: unknown; }
};

/** Which suggestion to make a fact. */
export type AcceptSuggestionInput = {
  /** The pending suggestion. */
  id: Scalars['ID']['input'];
};

/** What acceptSuggestion wrote. */
export type AcceptSuggestionPayload = {
  __typename?: 'AcceptSuggestionPayload';
  /** The fact it became, as stored after the change. */
  node: Maybe<Node>;
  /** The suggestion, now accepted. */
  suggestion: Suggestion;
};

/** A person, state, government, organisation or group that acts, speaks or is acted upon in a story. */
export type Actor = Node & {
  __typename?: 'Actor';
  /** Other names the sources use for this actor ("Maduro"). */
  aliases: Array<Scalars['String']['output']>;
  /** Where the summary rests on a fact from outside the sources, where that fact comes from. */
  basis: Maybe<Scalars['String']['output']>;
  /** Where the sources name this actor. */
  evidence: Array<Evidence>;
  /** Figures this actor is the source of (who estimates them). */
  figures: Array<Figure>;
  /** Globally unique, opaque ID of this object. */
  id: Scalars['ID']['output'];
  /** What sort of actor this is. */
  kind: ActorKind;
  /** The fullest name the sources use ("Nicolás Maduro"). */
  name: Scalars['String']['output'];
  /** Events this actor took part in, with their role. */
  participations: Array<Participation>;
  /** Titles this actor holds. */
  positions: Array<Position>;
  /** Relations this actor stands at either end of, filtered by direction, kind and category. */
  relations: Array<Relation>;
  /** Stable readable key: the fullest name used, lower-case ASCII ("nicolas-maduro"). */
  slug: Scalars['String']['output'];
  /** What this actor said — including declining to comment and not replying. */
  statements: Array<Statement>;
  /** Who this actor is, in one sentence. */
  summary: Maybe<Scalars['String']['output']>;
  /** How many times this node was written: 1 when created, one more on each update. Updates and deletes send the version they read; a change made since is refused (CONFLICT). */
  version: Scalars['Int']['output'];
};


/** A person, state, government, organisation or group that acts, speaks or is acted upon in a story. */
export type ActorEvidenceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person, state, government, organisation or group that acts, speaks or is acted upon in a story. */
export type ActorFiguresArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person, state, government, organisation or group that acts, speaks or is acted upon in a story. */
export type ActorParticipationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person, state, government, organisation or group that acts, speaks or is acted upon in a story. */
export type ActorPositionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person, state, government, organisation or group that acts, speaks or is acted upon in a story. */
export type ActorRelationsArgs = {
  categories: InputMaybe<Array<RelationCategory>>;
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds: InputMaybe<Array<RelationKind>>;
};


/** A person, state, government, organisation or group that acts, speaks or is acted upon in a story. */
export type ActorStatementsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of actors (Relay cursor connection). */
export type ActorConnection = {
  __typename?: 'ActorConnection';
  /** The actors of this page, each with its cursor. */
  edges: Array<ActorEdge>;
  /** The actors of this page, without cursors. */
  nodes: Array<Actor>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many actors match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Actor in a page of actors, with its cursor. */
export type ActorEdge = {
  __typename?: 'ActorEdge';
  /** Opaque cursor of this edge; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The Actor. */
  node: Actor;
};

export { ActorKind };

/** An API token: a secret sent as `Authorization: Bearer …`, acting as its user. The secret itself is shown only once, by `createApiToken`. */
export type ApiToken = {
  __typename?: 'ApiToken';
  /** Whether the token works now: neither revoked nor expired. */
  active: Scalars['Boolean']['output'];
  /** When the token was made. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** When the token stops working by itself; null: never. */
  expiresAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** The token's ID (not its secret): what `revokeApiToken` takes. */
  id: Scalars['ID']['output'];
  /** What the token is for, as its creator described it. */
  label: Maybe<Scalars['String']['output']>;
  /** When a request last used the token (to the minute); null if never. */
  lastUsedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** The first characters of the secret (`parley_Ab3x9K`), to recognise a token in a list. */
  prefix: Scalars['String']['output'];
  /** When the token was revoked; null while it works. */
  revokedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Whose token it is: it acts with their role. */
  user: User;
};

/** Who vouches for a fact ("says who"), in the words the source uses. */
export type Attribution = Node & {
  __typename?: 'Attribution';
  /** The words of attribution ("according to …"), where the source has them. */
  evidence: Array<Evidence>;
  /** Globally unique, opaque ID of this object. */
  id: Scalars['ID']['output'];
  /** Publication, named source or anonymous sources. */
  kind: AttributionKind;
  /** The actor vouching: the publication for REPORTED, the named source; null for anonymous sources. */
  source: Maybe<Actor>;
  /** The words used to attribute ("according to people with direct knowledge of the matter"). */
  text: Maybe<Scalars['String']['output']>;
  /** How many times this node was written: 1 when created, one more on each update. Updates and deletes send the version they read; a change made since is refused (CONFLICT). */
  version: Scalars['Int']['output'];
};


/** Who vouches for a fact ("says who"), in the words the source uses. */
export type AttributionEvidenceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export { AttributionKind };

/** One recorded change: all the rows one mutation, import or revert wrote, in one transaction. Readable by editors and admins. */
export type Change = Node & {
  __typename?: 'Change';
  /** When the change was made: an ISO 8601 timestamp in UTC ("2026-11-29T12:00:00.000Z"). */
  at: Scalars['String']['output'];
  /** Globally unique, opaque ID of this object. */
  id: Scalars['ID']['output'];
  /** How the change came about. */
  kind: ChangeKind;
  /** The change that undid this one; null while it stands. */
  revertedBy: Maybe<Change>;
  /** For a revert, the change it undid; null otherwise. */
  reverts: Maybe<Change>;
  /** How many rows it wrote. */
  rowCount: Scalars['Int']['output'];
  /** The rows the change wrote, in the order it wrote them, a page at a time. */
  rows: ChangeRowConnection;
  /** What the change did, in one line ("Imported us-venezuela-talks-2024-04-11"). */
  summary: Scalars['String']['output'];
  /** The name of the user who made it, as it was then; null for an import from the command line. */
  userName: Maybe<Scalars['String']['output']>;
};


/** One recorded change: all the rows one mutation, import or revert wrote, in one transaction. Readable by editors and admins. */
export type ChangeRowsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
};

/** A page of changes, newest first (Relay cursor connection). */
export type ChangeConnection = {
  __typename?: 'ChangeConnection';
  /** The changes of this page, each with its cursor. */
  edges: Array<ChangeEdge>;
  /** The changes of this page, without cursors. */
  nodes: Array<Change>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many changes match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Change in a page of changes, with its cursor. */
export type ChangeEdge = {
  __typename?: 'ChangeEdge';
  /** Opaque cursor of this edge; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The Change. */
  node: Change;
};

export { ChangeKind };

export { ChangeOperation };

/** One row a change wrote, before and after, as stored. */
export type ChangeRow = Node & {
  __typename?: 'ChangeRow';
  /** The row as the change wrote it, by column (a list of link rows for a list); null when it was deleted. */
  after: Maybe<Scalars['JSON']['output']>;
  /** The row before the change, by column (a list of link rows for a list); null when it was created. */
  before: Maybe<Scalars['JSON']['output']>;
  /** What the row is: a node type ("Actor", "Evidence"), or an ordered list of links of one ("Negotiation.parties"). */
  entityType: Scalars['String']['output'];
  /** Globally unique, opaque ID of this object. */
  id: Scalars['ID']['output'];
  /** The global ID of the node the row is (or was), or of the owner of a list of links. */
  nodeId: Scalars['ID']['output'];
  /** What the change did to the row. */
  operation: ChangeOperation;
};

/** A page of the rows one change wrote (Relay cursor connection). */
export type ChangeRowConnection = {
  __typename?: 'ChangeRowConnection';
  /** The rows of this page, each with its cursor. */
  edges: Array<ChangeRowEdge>;
  /** The rows of this page, without cursors. */
  nodes: Array<ChangeRow>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many rows match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One ChangeRow in a page of rows, with its cursor. */
export type ChangeRowEdge = {
  __typename?: 'ChangeRowEdge';
  /** Opaque cursor of this edge; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The ChangeRow. */
  node: ChangeRow;
};

/** A new actor, with the words of a document that name it. */
export type CreateActorInput = {
  /** Other names the sources use. */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Where the summary rests on a fact from outside the sources. */
  basis?: InputMaybe<Scalars['String']['input']>;
  /** The document the evidence quotes. */
  documentId: Scalars['ID']['input'];
  /** The words of the document that name the actor; at least one. */
  evidence: Array<EvidenceInput>;
  /** What sort of actor this is. */
  kind: ActorKind;
  /** The fullest name the sources use. */
  name: Scalars['String']['input'];
  /** Stable readable key: lower-case ASCII words joined by "-" ("nicolas-maduro"); unique. */
  slug: Scalars['String']['input'];
  /** The pending suggestion this fact comes from, when the fact is a suggestion an editor corrected before saving: it is marked accepted in the same change. Left out for a fact made by hand. */
  suggestionId?: InputMaybe<Scalars['ID']['input']>;
  /** Who this actor is, in one sentence. */
  summary?: InputMaybe<Scalars['String']['input']>;
};

/** What createActor wrote. */
export type CreateActorPayload = {
  __typename?: 'CreateActorPayload';
  /** The actor as stored after the change, read back from the database. */
  actor: Maybe<Actor>;
};

/** A new API token. */
export type CreateApiTokenInput = {
  /** Days until the token stops working by itself, 1 to 3650; left out: it works until revoked. */
  expiresInDays?: InputMaybe<Scalars['Int']['input']>;
  /** What the token is for ("nightly export"); at most 200 characters. */
  label?: InputMaybe<Scalars['String']['input']>;
  /** Whose token, by user name: yours when left out; only an admin may make one for someone else. */
  user?: InputMaybe<Scalars['String']['input']>;
};

/** The result of `createApiToken`: the only time the secret is shown. */
export type CreateApiTokenPayload = {
  __typename?: 'CreateApiTokenPayload';
  /** The secret, to send as `Authorization: Bearer <secret>`. Shown now and never again: only its hash is kept. */
  secret: Scalars['String']['output'];
  /** The new token. */
  token: ApiToken;
};

/** A new attribution ("says who") in a document, for facts of that document to cite. */
export type CreateAttributionInput = {
  /** The document whose facts it vouches for. */
  documentId: Scalars['ID']['input'];
  /** The words of the document that attribute; may be none. */
  evidence?: InputMaybe<Array<EvidenceInput>>;
  /** Publication, named source or anonymous sources. */
  kind: AttributionKind;
  /** The actor it credits, when the source is named. */
  sourceId?: InputMaybe<Scalars['ID']['input']>;
  /** The pending suggestion this fact comes from, when the fact is a suggestion an editor corrected before saving: it is marked accepted in the same change. Left out for a fact made by hand. */
  suggestionId?: InputMaybe<Scalars['ID']['input']>;
  /** The words used to attribute ("according to two officials"). */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** What createAttribution wrote. */
export type CreateAttributionPayload = {
  __typename?: 'CreateAttributionPayload';
  /** The attribution as stored after the change, read back from the database. */
  attribution: Maybe<Attribution>;
};

/** A new source document: its text, kept exactly as given, and what is known of it. */
export type CreateDocumentInput = {
  /** The actors who wrote it or contributed to it, in order. */
  contributorIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The day it was published: date words in its facts ("Tuesday") resolve against it. */
  publishedAt?: InputMaybe<Scalars['Date']['input']>;
  /** Where the publication date comes from, when the text does not state it. */
  publishedAtBasis?: InputMaybe<Scalars['String']['input']>;
  /** The actor who published it. */
  publisherId?: InputMaybe<Scalars['ID']['input']>;
  /** Stable readable key: lower-case ASCII words joined by "-"; unique. */
  slug: Scalars['String']['input'];
  /** The full text, exactly as received. Evidence cites it by UTF-16 offsets, so it cannot change once a fact cites it. */
  text: Scalars['String']['input'];
  /** A title for the document. */
  title: Scalars['String']['input'];
  /** Where the document was published. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** What createDocument wrote. */
export type CreateDocumentPayload = {
  __typename?: 'CreateDocumentPayload';
  /** The document as stored after the change, read back from the database. */
  document: Maybe<Document>;
};

/** A new event: something that happened or is due, with its participants and evidence. */
export type CreateEventInput = {
  /** Who says so: an attribution of the same document. Or `newAttribution` instead. */
  attributionId?: InputMaybe<Scalars['ID']['input']>;
  /** When it happened. */
  date?: InputMaybe<PartialDateInput>;
  /** The document that tells of it; its evidence quotes this document. */
  documentId: Scalars['ID']['input'];
  /** The words of the document that tell of it; at least one. */
  evidence: Array<EvidenceInput>;
  /** What sort of event. */
  kind: EventKind;
  /** Where it happened. */
  location?: InputMaybe<Scalars['String']['input']>;
  /** Who says so, as a new attribution created with it in the same change, instead of `attributionId`. */
  newAttribution?: InputMaybe<NewAttributionInput>;
  /** The actors who took part, each in a role. */
  participants?: InputMaybe<Array<ParticipantInput>>;
  /** True when the source says it was secret; false when left out. */
  secret?: InputMaybe<Scalars['Boolean']['input']>;
  /** Stable readable key: lower-case ASCII words joined by "-"; unique. */
  slug: Scalars['String']['input'];
  /** The pending suggestion this fact comes from, when the fact is a suggestion an editor corrected before saving: it is marked accepted in the same change. Left out for a fact made by hand. */
  suggestionId?: InputMaybe<Scalars['ID']['input']>;
  /** What happened, in a sentence or two. */
  summary?: InputMaybe<Scalars['String']['input']>;
  /** A short title. */
  title: Scalars['String']['input'];
};

/** What createEvent wrote. */
export type CreateEventPayload = {
  __typename?: 'CreateEventPayload';
  /** The event as stored after the change, read back from the database. */
  event: Maybe<Event>;
};

/** A new figure: an amount a document gives, with who estimates it. */
export type CreateFigureInput = {
  /** The amount, in units of `currency` (2 billion is 2000000000). */
  amount: Scalars['Float']['input'];
  /** Who estimates it: an attribution of the same document. Or `newAttribution` instead. */
  attributionId?: InputMaybe<Scalars['ID']['input']>;
  /** The condition a POSSIBLE figure depends on. */
  condition?: InputMaybe<Scalars['String']['input']>;
  /** ISO 4217 currency code ("USD"). */
  currency: Scalars['String']['input'];
  /** The document that gives it; its evidence quotes this document. */
  documentId: Scalars['ID']['input'];
  /** The words of the document that give it; at least one. */
  evidence: Array<EvidenceInput>;
  /** What is counted ("oil revenues"). */
  measure?: InputMaybe<Scalars['String']['input']>;
  /** ACTUAL (when left out) or POSSIBLE, for an amount that depends on a condition. */
  modality?: InputMaybe<Modality>;
  /** Who says so, as a new attribution created with it in the same change, instead of `attributionId`. */
  newAttribution?: InputMaybe<NewAttributionInput>;
  /** The actor the amount is about, created with the figure in the same change, instead of `subjectId`. */
  newSubject?: InputMaybe<NewActorInput>;
  /** The period the amount covers. */
  period?: InputMaybe<PartialDateInput>;
  /** The actor the amount is about. */
  subjectId?: InputMaybe<Scalars['ID']['input']>;
  /** The pending suggestion this fact comes from, when the fact is a suggestion an editor corrected before saving: it is marked accepted in the same change. Left out for a fact made by hand. */
  suggestionId?: InputMaybe<Scalars['ID']['input']>;
  /** What the figure says, in one sentence. */
  summary: Scalars['String']['input'];
};

/** What createFigure wrote. */
export type CreateFigurePayload = {
  __typename?: 'CreateFigurePayload';
  /** The figure as stored after the change, read back from the database. */
  figure: Maybe<Figure>;
};

/** A new negotiation: its parties, rounds, issues and deadline, with its evidence. */
export type CreateNegotiationInput = {
  /** The deadline the talks run against. */
  deadline?: InputMaybe<PartialDateInput>;
  /** The document that tells of it; its evidence quotes this document. */
  documentId: Scalars['ID']['input'];
  /** The words of the document that tell of it; at least one. */
  evidence: Array<EvidenceInput>;
  /** What is on the table. */
  issues?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The actors negotiating; at least one. */
  partyIds: Array<Scalars['ID']['input']>;
  /** Its rounds: events of the same document, in order. */
  roundIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Stable readable key: lower-case ASCII words joined by "-"; unique. */
  slug: Scalars['String']['input'];
  /** What is being negotiated and where it stands. */
  summary?: InputMaybe<Scalars['String']['input']>;
  /** A short title. */
  title: Scalars['String']['input'];
};

/** What createNegotiation wrote. */
export type CreateNegotiationPayload = {
  __typename?: 'CreateNegotiationPayload';
  /** The negotiation as stored after the change, read back from the database. */
  negotiation: Maybe<Negotiation>;
};

/** A new position: a title an actor holds, as a document gives it. */
export type CreatePositionInput = {
  /** True when the holder serves in an acting capacity; false when left out. */
  acting?: InputMaybe<Scalars['Boolean']['input']>;
  /** Where the position rests on a fact from outside the source. */
  basis?: InputMaybe<Scalars['String']['input']>;
  /** The document that gives it; its evidence quotes this document. */
  documentId: Scalars['ID']['input'];
  /** The words of the document that give it; at least one. */
  evidence: Array<EvidenceInput>;
  /** The actor who holds the title; or give `newHolder`. */
  holderId?: InputMaybe<Scalars['ID']['input']>;
  /** The actor who holds the title, created with the position in the same change, instead of `holderId`. */
  newHolder?: InputMaybe<NewActorInput>;
  /** The organisation, created with the position in the same change, instead of `organizationId`. */
  newOrganization?: InputMaybe<NewActorInput>;
  /** The organisation the title is in or for. */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** The pending suggestion this fact comes from, when the fact is a suggestion an editor corrected before saving: it is marked accepted in the same change. Left out for a fact made by hand. */
  suggestionId?: InputMaybe<Scalars['ID']['input']>;
  /** The title as the source gives it ("Foreign Minister"). */
  title: Scalars['String']['input'];
};

/** What createPosition wrote. */
export type CreatePositionPayload = {
  __typename?: 'CreatePositionPayload';
  /** The position as stored after the change, read back from the database. */
  position: Maybe<Position>;
};

/** A new relation: who did what to whom, in which document, says who, with its evidence. */
export type CreateRelationInput = {
  /** Who says so: an attribution of the same document. Or `newAttribution` instead. */
  attributionId?: InputMaybe<Scalars['ID']['input']>;
  /** When, as precisely as the source says. */
  date?: InputMaybe<PartialDateInput>;
  /** What the pressure or demand asks of the target. */
  demand?: InputMaybe<Scalars['String']['input']>;
  /** The document the relation is drawn from; its evidence quotes this document. */
  documentId: Scalars['ID']['input'];
  /** The event it happened at (an event of the same document). */
  eventId?: InputMaybe<Scalars['ID']['input']>;
  /** The words of the document that tell of it; at least one. */
  evidence: Array<EvidenceInput>;
  /** What the source did to or with the target. */
  kind: RelationKind;
  /** The lever behind it, where the source names one. */
  lever?: InputMaybe<Scalars['String']['input']>;
  /** Whether it happened, or is threatened, requested or possible; ACTUAL when left out. */
  modality?: InputMaybe<Modality>;
  /** Who says so, as a new attribution created with it in the same change, instead of `attributionId`. */
  newAttribution?: InputMaybe<NewAttributionInput>;
  /** The actor who acted, created with the relation in the same change, instead of `sourceId`. */
  newSource?: InputMaybe<NewActorInput>;
  /** The actor acted upon, created with the relation in the same change, instead of `targetId`. */
  newTarget?: InputMaybe<NewActorInput>;
  /** The actor who acted; or give `newSource`. */
  sourceId?: InputMaybe<Scalars['ID']['input']>;
  /** The pending suggestion this fact comes from, when the fact is a suggestion an editor corrected before saving: it is marked accepted in the same change. Left out for a fact made by hand. */
  suggestionId?: InputMaybe<Scalars['ID']['input']>;
  /** The relation in one plain sentence. */
  summary: Scalars['String']['input'];
  /** The actor acted upon; or give `newTarget`. */
  targetId?: InputMaybe<Scalars['ID']['input']>;
};

/** What createRelation wrote. */
export type CreateRelationPayload = {
  __typename?: 'CreateRelationPayload';
  /** The relation as stored after the change, read back from the database. */
  relation: Maybe<Relation>;
};

/** A new statement: something an actor said, or their refusal or failure to answer. */
export type CreateStatementInput = {
  /** When it was said. */
  date?: InputMaybe<PartialDateInput>;
  /** The document that reports it; its evidence quotes this document. */
  documentId: Scalars['ID']['input'];
  /** The event it was said at (an event of the same document). */
  eventId?: InputMaybe<Scalars['ID']['input']>;
  /** The words of the document that report it; at least one. */
  evidence: Array<EvidenceInput>;
  /** Quote, paraphrase, or a non-response. */
  kind: StatementKind;
  /** The actor who spoke, created with the statement in the same change, instead of `speakerId`. */
  newSpeaker?: InputMaybe<NewActorInput>;
  /** Where it was said ("in a radio interview"). */
  setting?: InputMaybe<Scalars['String']['input']>;
  /** The actor who spoke (or did not); or give `newSpeaker`. */
  speakerId?: InputMaybe<Scalars['ID']['input']>;
  /** The pending suggestion this fact comes from, when the fact is a suggestion an editor corrected before saving: it is marked accepted in the same change. Left out for a fact made by hand. */
  suggestionId?: InputMaybe<Scalars['ID']['input']>;
  /** What was said: the quoted words, or the paraphrase. */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** What createStatement wrote. */
export type CreateStatementPayload = {
  __typename?: 'CreateStatementPayload';
  /** The statement as stored after the change, read back from the database. */
  statement: Maybe<Statement>;
};

/** A new user. */
export type CreateUserInput = {
  /** The name they sign in with: letters, digits, ".", "_", "-", "@"; at most 100. */
  name: Scalars['String']['input'];
  /** Their password (at least 12 characters); leave it out for a user who only holds API tokens. */
  password?: InputMaybe<Scalars['String']['input']>;
  /** What they may do. */
  role: Role;
};

/** The result of `createUser`. */
export type CreateUserPayload = {
  __typename?: 'CreateUserPayload';
  /** The new user. */
  user: User;
};

export { DatePrecision };

/** Which Actor to delete. */
export type DeleteActorInput = {
  /** Also delete the facts that cannot be without this Actor (and clear optional references to it). Without it, a Actor other facts refer to is not deleted: the error's `references` counts them by type. */
  cascade?: Scalars['Boolean']['input'];
  /** The node to change. */
  id: Scalars['ID']['input'];
  /** The version the client read. A node changed since is not overwritten: the answer is CONFLICT. */
  version: Scalars['Int']['input'];
};

/** What deleteActor removed. */
export type DeleteActorPayload = {
  __typename?: 'DeleteActorPayload';
  /** The ID of the deleted Actor. */
  deletedId: Scalars['ID']['output'];
  /** Every node the change removed: the Actor, its evidence and parts, and with cascade the facts that referred to it. */
  deletedIds: Array<Scalars['ID']['output']>;
};

/** Which Attribution to delete. */
export type DeleteAttributionInput = {
  /** Also delete the facts that cannot be without this Attribution (and clear optional references to it). Without it, a Attribution other facts refer to is not deleted: the error's `references` counts them by type. */
  cascade?: Scalars['Boolean']['input'];
  /** The node to change. */
  id: Scalars['ID']['input'];
  /** The version the client read. A node changed since is not overwritten: the answer is CONFLICT. */
  version: Scalars['Int']['input'];
};

/** What deleteAttribution removed. */
export type DeleteAttributionPayload = {
  __typename?: 'DeleteAttributionPayload';
  /** The ID of the deleted Attribution. */
  deletedId: Scalars['ID']['output'];
  /** Every node the change removed: the Attribution, its evidence and parts, and with cascade the facts that referred to it. */
  deletedIds: Array<Scalars['ID']['output']>;
};

/** Which Document to delete. */
export type DeleteDocumentInput = {
  /** Also delete the facts that cannot be without this Document (and clear optional references to it). Without it, a Document other facts refer to is not deleted: the error's `references` counts them by type. */
  cascade?: Scalars['Boolean']['input'];
  /** The node to change. */
  id: Scalars['ID']['input'];
  /** The version the client read. A node changed since is not overwritten: the answer is CONFLICT. */
  version: Scalars['Int']['input'];
};

/** What deleteDocument removed. */
export type DeleteDocumentPayload = {
  __typename?: 'DeleteDocumentPayload';
  /** The ID of the deleted Document. */
  deletedId: Scalars['ID']['output'];
  /** Every node the change removed: the Document, its evidence and parts, and with cascade the facts that referred to it. */
  deletedIds: Array<Scalars['ID']['output']>;
};

/** Which Event to delete. */
export type DeleteEventInput = {
  /** Also delete the facts that cannot be without this Event (and clear optional references to it). Without it, a Event other facts refer to is not deleted: the error's `references` counts them by type. */
  cascade?: Scalars['Boolean']['input'];
  /** The node to change. */
  id: Scalars['ID']['input'];
  /** The version the client read. A node changed since is not overwritten: the answer is CONFLICT. */
  version: Scalars['Int']['input'];
};

/** What deleteEvent removed. */
export type DeleteEventPayload = {
  __typename?: 'DeleteEventPayload';
  /** The ID of the deleted Event. */
  deletedId: Scalars['ID']['output'];
  /** Every node the change removed: the Event, its evidence and parts, and with cascade the facts that referred to it. */
  deletedIds: Array<Scalars['ID']['output']>;
};

/** Which Figure to delete. */
export type DeleteFigureInput = {
  /** Accepted for uniformity: nothing refers to a Figure; its evidence always goes with it. */
  cascade?: Scalars['Boolean']['input'];
  /** The node to change. */
  id: Scalars['ID']['input'];
  /** The version the client read. A node changed since is not overwritten: the answer is CONFLICT. */
  version: Scalars['Int']['input'];
};

/** What deleteFigure removed. */
export type DeleteFigurePayload = {
  __typename?: 'DeleteFigurePayload';
  /** The ID of the deleted Figure. */
  deletedId: Scalars['ID']['output'];
  /** Every node the change removed: the Figure, its evidence and parts, and with cascade the facts that referred to it. */
  deletedIds: Array<Scalars['ID']['output']>;
};

/** Which Negotiation to delete. */
export type DeleteNegotiationInput = {
  /** Accepted for uniformity: nothing refers to a Negotiation; its evidence always goes with it. */
  cascade?: Scalars['Boolean']['input'];
  /** The node to change. */
  id: Scalars['ID']['input'];
  /** The version the client read. A node changed since is not overwritten: the answer is CONFLICT. */
  version: Scalars['Int']['input'];
};

/** What deleteNegotiation removed. */
export type DeleteNegotiationPayload = {
  __typename?: 'DeleteNegotiationPayload';
  /** The ID of the deleted Negotiation. */
  deletedId: Scalars['ID']['output'];
  /** Every node the change removed: the Negotiation, its evidence and parts, and with cascade the facts that referred to it. */
  deletedIds: Array<Scalars['ID']['output']>;
};

/** Which Position to delete. */
export type DeletePositionInput = {
  /** Accepted for uniformity: nothing refers to a Position; its evidence always goes with it. */
  cascade?: Scalars['Boolean']['input'];
  /** The node to change. */
  id: Scalars['ID']['input'];
  /** The version the client read. A node changed since is not overwritten: the answer is CONFLICT. */
  version: Scalars['Int']['input'];
};

/** What deletePosition removed. */
export type DeletePositionPayload = {
  __typename?: 'DeletePositionPayload';
  /** The ID of the deleted Position. */
  deletedId: Scalars['ID']['output'];
  /** Every node the change removed: the Position, its evidence and parts, and with cascade the facts that referred to it. */
  deletedIds: Array<Scalars['ID']['output']>;
};

/** Which Relation to delete. */
export type DeleteRelationInput = {
  /** Accepted for uniformity: nothing refers to a Relation; its evidence always goes with it. */
  cascade?: Scalars['Boolean']['input'];
  /** The node to change. */
  id: Scalars['ID']['input'];
  /** The version the client read. A node changed since is not overwritten: the answer is CONFLICT. */
  version: Scalars['Int']['input'];
};

/** What deleteRelation removed. */
export type DeleteRelationPayload = {
  __typename?: 'DeleteRelationPayload';
  /** The ID of the deleted Relation. */
  deletedId: Scalars['ID']['output'];
  /** Every node the change removed: the Relation, its evidence and parts, and with cascade the facts that referred to it. */
  deletedIds: Array<Scalars['ID']['output']>;
};

/** Which Statement to delete. */
export type DeleteStatementInput = {
  /** Accepted for uniformity: nothing refers to a Statement; its evidence always goes with it. */
  cascade?: Scalars['Boolean']['input'];
  /** The node to change. */
  id: Scalars['ID']['input'];
  /** The version the client read. A node changed since is not overwritten: the answer is CONFLICT. */
  version: Scalars['Int']['input'];
};

/** What deleteStatement removed. */
export type DeleteStatementPayload = {
  __typename?: 'DeleteStatementPayload';
  /** The ID of the deleted Statement. */
  deletedId: Scalars['ID']['output'];
  /** Every node the change removed: the Statement, its evidence and parts, and with cascade the facts that referred to it. */
  deletedIds: Array<Scalars['ID']['output']>;
};

export { Direction };

/** A source text (an article) that facts are drawn from, kept byte-exact. */
export type Document = Node & {
  __typename?: 'Document';
  /** Who wrote it or contributed to it. */
  contributors: Array<Actor>;
  /** The evidence spans in this document, in text order: the first 200 unless `first` asks for more; `evidenceConnection` pages through any number. */
  evidence: Array<Evidence>;
  /** The evidence spans in this document, in text order, a page at a time. */
  evidenceConnection: EvidenceConnection;
  /** Globally unique, opaque ID of this object. */
  id: Scalars['ID']['output'];
  /** The day it was published. */
  publishedAt: Maybe<Scalars['Date']['output']>;
  /** Where the publication date comes from, when the text does not state it. */
  publishedAtBasis: Maybe<Scalars['String']['output']>;
  /** Who published it. */
  publisher: Maybe<Actor>;
  /** Stable readable key ("us-venezuela-talks-2024-04-11"). */
  slug: Scalars['String']['output'];
  /** Facts suggested by reading this document, surest first, a page at a time: its review queue with `status: PENDING`. Editors and admins only. */
  suggestions: SuggestionConnection;
  /** The full text, exactly as received. Evidence offsets are indices into this string in UTF-16 code units (JavaScript string indices). */
  text: Scalars['String']['output'];
  /** A title for the document. */
  title: Scalars['String']['output'];
  /** Where the document was published, when known. */
  url: Maybe<Scalars['String']['output']>;
  /** How many times this node was written: 1 when created, one more on each update. Updates and deletes send the version they read; a change made since is refused (CONFLICT). */
  version: Scalars['Int']['output'];
};


/** A source text (an article) that facts are drawn from, kept byte-exact. */
export type DocumentContributorsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A source text (an article) that facts are drawn from, kept byte-exact. */
export type DocumentEvidenceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A source text (an article) that facts are drawn from, kept byte-exact. */
export type DocumentEvidenceConnectionArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
};


/** A source text (an article) that facts are drawn from, kept byte-exact. */
export type DocumentSuggestionsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  status: InputMaybe<SuggestionStatus>;
};

/** A page of documents (Relay cursor connection). */
export type DocumentConnection = {
  __typename?: 'DocumentConnection';
  /** The documents of this page, each with its cursor. */
  edges: Array<DocumentEdge>;
  /** The documents of this page, without cursors. */
  nodes: Array<Document>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many documents match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Document in a page of documents, with its cursor. */
export type DocumentEdge = {
  __typename?: 'DocumentEdge';
  /** Opaque cursor of this edge; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The Document. */
  node: Document;
};

/** Something that happened or is due: a meeting, visit, interview, election, agreement, deadline. */
export type Event = Node & {
  __typename?: 'Event';
  /** Who says it happened. */
  attribution: Attribution;
  /** When it happened, as precisely as the source says. */
  date: Maybe<PartialDate>;
  /** The words that tell of the event. */
  evidence: Array<Evidence>;
  /** Globally unique, opaque ID of this object. */
  id: Scalars['ID']['output'];
  /** What sort of event. */
  kind: EventKind;
  /** Where it happened ("Mexico City"). */
  location: Maybe<Scalars['String']['output']>;
  /** Who took part, and in what role. */
  participants: Array<Participation>;
  /** Relations that took place at this event. */
  relations: Array<Relation>;
  /** True when the source says it was secret or confidential. */
  secret: Scalars['Boolean']['output'];
  /** Stable readable key ("mexico-city-meeting-2024-04-09"). */
  slug: Scalars['String']['output'];
  /** What happened, in a sentence or two. */
  summary: Maybe<Scalars['String']['output']>;
  /** A short title. */
  title: Scalars['String']['output'];
  /** How many times this node was written: 1 when created, one more on each update. Updates and deletes send the version they read; a change made since is refused (CONFLICT). */
  version: Scalars['Int']['output'];
};


/** Something that happened or is due: a meeting, visit, interview, election, agreement, deadline. */
export type EventEvidenceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Something that happened or is due: a meeting, visit, interview, election, agreement, deadline. */
export type EventParticipantsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Something that happened or is due: a meeting, visit, interview, election, agreement, deadline. */
export type EventRelationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of events (Relay cursor connection). */
export type EventConnection = {
  __typename?: 'EventConnection';
  /** The events of this page, each with its cursor. */
  edges: Array<EventEdge>;
  /** The events of this page, without cursors. */
  nodes: Array<Event>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many events match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Event in a page of events, with its cursor. */
export type EventEdge = {
  __typename?: 'EventEdge';
  /** Opaque cursor of this edge; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The Event. */
  node: Event;
};

/** Which events to list. All conditions must hold. */
export type EventFilter = {
  /** Keep events whose date range ends on or after this day. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Slug of an actor who took part. */
  participant?: InputMaybe<Scalars['String']['input']>;
  /** Words the title, summary or location contains; case and accents are ignored. At most 200 characters. */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Keep events whose date range starts on or before this day. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

export { EventKind };

/** The exact words of a document that support a fact. */
export type Evidence = Node & {
  __typename?: 'Evidence';
  /** The document the words are in. */
  document: Document;
  /** Offset just past the last character (exclusive), so `text.slice(start, end)` is the quote. */
  end: Scalars['Int']['output'];
  /** Globally unique, opaque ID of this object. */
  id: Scalars['ID']['output'];
  /** The words at those offsets. */
  quote: Scalars['String']['output'];
  /** Offset of the first character in the document text (UTF-16 code units). */
  start: Scalars['Int']['output'];
  /** The fact these words support: an Actor, Attribution, Position, Event, Participation, Relation, Statement, Figure or Negotiation. */
  supports: Node;
};

/** A page of evidence spans (Relay cursor connection). */
export type EvidenceConnection = {
  __typename?: 'EvidenceConnection';
  /** The evidence spans of this page, each with its cursor. */
  edges: Array<EvidenceEdge>;
  /** The evidence spans of this page, without cursors. */
  nodes: Array<Evidence>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many evidence spans match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Evidence in a page of evidence spans, with its cursor. */
export type EvidenceEdge = {
  __typename?: 'EvidenceEdge';
  /** Opaque cursor of this edge; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The Evidence. */
  node: Evidence;
};

/** One piece of evidence for a fact, cited one of two ways: offsets into the document’s text (`start`, `end`: what a reader sends from a selection), or the exact words (`quote`, with `occurrence` when they appear more than once). The server checks either against the text. */
export type EvidenceInput = {
  /** Offset just past the last character (exclusive). With `start`. */
  end?: InputMaybe<Scalars['Int']['input']>;
  /** Which occurrence of `quote` is meant (1-based), when the words appear more than once. */
  occurrence?: InputMaybe<Scalars['Int']['input']>;
  /** The exact words of the document. With offsets, the words the client believes are there (refused when the text differs). */
  quote?: InputMaybe<Scalars['String']['input']>;
  /** Offset of the first character (UTF-16 code units, as JavaScript string indices). With `end`. */
  start?: InputMaybe<Scalars['Int']['input']>;
};

/** An amount the source gives, with who estimates it and for which period. */
export type Figure = Node & {
  __typename?: 'Figure';
  /** The amount, in units of `currency` (2 billion is 2000000000). */
  amount: Scalars['Float']['output'];
  /** Who estimates it. */
  attribution: Attribution;
  /** The condition a POSSIBLE figure depends on ("If the suspension is lifted"). */
  condition: Maybe<Scalars['String']['output']>;
  /** ISO 4217 currency code ("USD"). */
  currency: Scalars['String']['output'];
  /** The words that give it. */
  evidence: Array<Evidence>;
  /** Globally unique, opaque ID of this object. */
  id: Scalars['ID']['output'];
  /** What is counted ("oil revenues"). */
  measure: Maybe<Scalars['String']['output']>;
  /** ACTUAL for a measured amount, POSSIBLE for an amount that depends on a condition. */
  modality: Modality;
  /** The period the amount covers. */
  period: Maybe<PartialDate>;
  /** Who or what the amount concerns (earned or lost by). */
  subject: Maybe<Actor>;
  /** What the figure says, in one sentence. */
  summary: Scalars['String']['output'];
  /** How many times this node was written: 1 when created, one more on each update. Updates and deletes send the version they read; a change made since is refused (CONFLICT). */
  version: Scalars['Int']['output'];
};


/** An amount the source gives, with who estimates it and for which period. */
export type FigureEvidenceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of figures (Relay cursor connection). */
export type FigureConnection = {
  __typename?: 'FigureConnection';
  /** The figures of this page, each with its cursor. */
  edges: Array<FigureEdge>;
  /** The figures of this page, without cursors. */
  nodes: Array<Figure>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many figures match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Figure in a page of figures, with its cursor. */
export type FigureEdge = {
  __typename?: 'FigureEdge';
  /** Opaque cursor of this edge; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The Figure. */
  node: Figure;
};

/** Two records of the same actor: which one stays, which one goes, and the versions read. */
export type MergeActorsInput = {
  /** The actor that stays. */
  keepId: Scalars['ID']['input'];
  /** The version of the kept actor the client read. */
  keepVersion: Scalars['Int']['input'];
  /** The actor that goes: its facts move to the kept one, its names become aliases. */
  mergeId: Scalars['ID']['input'];
  /** The version of the merged actor the client read. */
  mergeVersion: Scalars['Int']['input'];
};

/** What mergeActors wrote. */
export type MergeActorsPayload = {
  __typename?: 'MergeActorsPayload';
  /** The kept actor, with every fact of the other one. */
  actor: Maybe<Actor>;
  /** The ID of the merged actor, which no longer exists. */
  mergedId: Scalars['ID']['output'];
};

export { Modality };

/** Change what Parley holds: sign in and out, manage users and API tokens (admins), and edit the stories (editors: create, update and delete each kind of fact, and merge actors). Every mutation but signIn and signOut needs a role. Each edit is one change, written whole or not at all; updates and deletes name the version they read. Every edit is one recorded change, which `history` lists and `revert` undoes. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Makes a pending suggestion a fact through the create mutation of its kind, with the same checks (BAD_USER_INPUT, nothing written, when it fails them). An actor, attribution or event it names that is itself suggested and pending is accepted in the same change. Recorded in the history as an accepted suggestion; CONFLICT when the suggestion was decided already. For editors. */
  acceptSuggestion: AcceptSuggestionPayload;
  /** Adds an actor, with the words of a document that name it. For editors. */
  createActor: CreateActorPayload;
  /** Makes an API token for yourself, or for anyone as an admin. The secret is in the answer, once. */
  createApiToken: CreateApiTokenPayload;
  /** Adds an attribution ("says who") to a document. For editors. */
  createAttribution: CreateAttributionPayload;
  /** Adds a source document; facts can then cite its words. For editors. */
  createDocument: CreateDocumentPayload;
  /** Records an event with its participants and evidence. For editors. */
  createEvent: CreateEventPayload;
  /** Records an amount a document gives, with who estimates it and its evidence. For editors. */
  createFigure: CreateFigurePayload;
  /** Records a negotiation with its parties, rounds and evidence. For editors. */
  createNegotiation: CreateNegotiationPayload;
  /** Records a title an actor holds, with its evidence. For editors. */
  createPosition: CreatePositionPayload;
  /** Records a relation between two actors, with its evidence in its document. For editors. */
  createRelation: CreateRelationPayload;
  /** Records something an actor said (or declined to say), with its evidence. For editors. */
  createStatement: CreateStatementPayload;
  /** Creates a user (admins only). */
  createUser: CreateUserPayload;
  /** Deletes an actor and its evidence. An actor other facts refer to (relations, participations, positions, statements…) is kept unless `cascade` is set. For editors. */
  deleteActor: DeleteActorPayload;
  /** Deletes an attribution and its evidence. One that relations, events or figures cite is kept unless `cascade` is set. For editors. */
  deleteAttribution: DeleteAttributionPayload;
  /** Deletes a document. A document with facts is kept unless `cascade` is set, which deletes its facts and their evidence too. For editors. */
  deleteDocument: DeleteDocumentPayload;
  /** Deletes an event with its participants and evidence. One that relations, statements or negotiations refer to is kept unless `cascade` is set (which clears those references). For editors. */
  deleteEvent: DeleteEventPayload;
  /** Deletes a figure and its evidence. For editors. */
  deleteFigure: DeleteFigurePayload;
  /** Deletes a negotiation and its evidence (its parties and rounds stay). For editors. */
  deleteNegotiation: DeleteNegotiationPayload;
  /** Deletes a position and its evidence. For editors. */
  deletePosition: DeletePositionPayload;
  /** Deletes a relation and its evidence. For editors. */
  deleteRelation: DeleteRelationPayload;
  /** Deletes a statement and its evidence. For editors. */
  deleteStatement: DeleteStatementPayload;
  /** Merges two records of the same actor: every fact of the merged one (relations at both ends, participations, positions, statements, figures, attributions, documents, negotiations, evidence) moves to the kept one, its name and aliases become the kept one’s aliases, and it is deleted. Both versions read must still be current. For editors. */
  mergeActors: MergeActorsPayload;
  /** Turns a pending suggestion down. It is kept, so the same proposal is not offered again; CONFLICT when it was decided already. For editors. */
  rejectSuggestion: RejectSuggestionPayload;
  /** Undoes a change as a new change of kind REVERT: what it created is deleted, what it deleted is put back with the same ID, what it updated is set back (with a new `version`). Reverting a revert applies the change again. Fails with CONFLICT (naming the change in `extensions.conflictingChangeId`) when the change is already reverted or a later change wrote any of the same rows; nothing is written then. Editors and admins only. */
  revert: RevertPayload;
  /** Revokes an API token at once, on every server: yours, or anyone's as an admin. */
  revokeApiToken: RevokeApiTokenPayload;
  /** Signs in with a name and password: starts a session and sets its cookie (HttpOnly, SameSite=Strict). Wrong passwords are answered slowly, and a name (or an address) with too many failures is locked out for a while, on every server instance alike (SIGN_IN_LOCKED with `retryAfter` seconds). */
  signIn: SignInPayload;
  /** Signs out: ends the request's session on the server (its cookie no longer works anywhere) and clears the cookie. */
  signOut: SignOutPayload;
  /** Reads the document’s text and stores the facts it proposes as pending suggestions, with the database’s actors as the actors it knows. A proposal offered before (pending, accepted or rejected) is not offered again. Runs by itself when a document is created. For editors. */
  suggestFacts: SuggestFactsPayload;
  /** Changes an actor; the version read must still be current. For editors. */
  updateActor: UpdateActorPayload;
  /** Changes an attribution; the version read must still be current. For editors. */
  updateAttribution: UpdateAttributionPayload;
  /** Changes a document’s details; its text only while no fact cites it. The version read must still be current. For editors. */
  updateDocument: UpdateDocumentPayload;
  /** Changes an event; `participants`, when given, replace the event’s wholesale. The version read must still be current. For editors. */
  updateEvent: UpdateEventPayload;
  /** Changes a figure; the version read must still be current. For editors. */
  updateFigure: UpdateFigurePayload;
  /** Changes a negotiation; the version read must still be current. For editors. */
  updateNegotiation: UpdateNegotiationPayload;
  /** Changes a position; the version read must still be current. For editors. */
  updatePosition: UpdatePositionPayload;
  /** Changes a relation; the version read must still be current. For editors. */
  updateRelation: UpdateRelationPayload;
  /** Changes a statement; the version read must still be current. For editors. */
  updateStatement: UpdateStatementPayload;
  /** Changes a user's role, password, or disables them (admins only). The last active admin stays an admin. */
  updateUser: UpdateUserPayload;
};


/** Change what Parley holds: sign in and out, manage users and API tokens (admins), and edit the stories (editors: create, update and delete each kind of fact, and merge actors). Every mutation but signIn and signOut needs a role. Each edit is one change, written whole or not at all; updates and deletes name the version they read. Every edit is one recorded change, which `history` lists and `revert` undoes. */
export type MutationAcceptSuggestionArgs = {
  input: AcceptSuggestionInput;
};


/** Change what Parley holds: sign in and out, manage users and API tokens (admins), and edit the stories (editors: create, update and delete each kind of fact, and merge actors). Every mutation but signIn and signOut needs a role. Each edit is one change, written whole or not at all; updates and deletes name the version they read. Every edit is one recorded change, which `history` lists and `revert` undoes. */
export type MutationCreateActorArgs = {
  input: CreateActorInput;
};


/** Change what Parley holds: sign in and out, manage users and API tokens (admins), and edit the stories (editors: create, update and delete each kind of fact, and merge actors). Every mutation but signIn and signOut needs a role. Each edit is one change, written whole or not at all; updates and deletes name the version they read. Every edit is one recorded change, which `history` lists and `revert` undoes. */
export type MutationCreateApiTokenArgs = {
  input: CreateApiTokenInput;
};


/** Change what Parley holds: sign in and out, manage users and API tokens (admins), and edit the stories (editors: create, update and delete each kind of fact, and merge actors). Every mutation but signIn and signOut needs a role. Each edit is one change, written whole or not at all; updates and deletes name the version they read. Every edit is one recorded change, which `history` lists and `revert` undoes. */
export type MutationCreateAttributionArgs = {
  input: CreateAttributionInput;
};


/** Change what Parley holds: sign in and out, manage users and API tokens (admins), and edit the stories (editors: create, update and delete each kind of fact, and merge actors). Every mutation but signIn and signOut needs a role. Each edit is one change, written whole or not at all; updates and deletes name the version they read. Every edit is one recorded change, which `history` lists and `revert` undoes. */
export type MutationCreateDocumentArgs = {
  input: CreateDocumentInput;
};


/** Change what Parley holds: sign in and out, manage users and API tokens (admins), and edit the stories (editors: create, update and delete each kind of fact, and merge actors). Every mutation but signIn and signOut needs a role. Each edit is one change, written whole or not at all; updates and deletes name the version they read. Every edit is one recorded change, which `history` lists and `revert` undoes. */
export type MutationCreateEventArgs = {
  input: CreateEventInput;
};


/** Change what Parley holds: sign in and out, manage users and API tokens (admins), and edit the stories (editors: create, update and delete each kind of fact, and merge actors). Every mutation but signIn and signOut needs a role. Each edit is one change, written whole or not at all; updates and deletes name the version they read. Every edit is one recorded change, which `history` lists and `revert` undoes. */
export type MutationCreateFigureArgs = {
  input: CreateFigureInput;
};


/** Change what Parley holds: sign in and out, manage users and API tokens (admins), and edit the stories (editors: create, update and delete each kind of fact, and merge actors). Every mutation but signIn and signOut needs a role. Each edit is one change, written whole or not at all; updates and deletes name the version they read. Every edit is one recorded change, which `history` lists and `revert` undoes. */
export type MutationCreateNegotiationArgs = {
  input: CreateNegotiationInput;
};


/** Change what Parley holds: sign in and out, manage users and API tokens (admins), and edit the stories (editors: create, update and delete each kind of fact, and merge actors). Every mutation but signIn and signOut needs a role. Each edit is one change, written whole or not at all; updates and deletes name the version they read. Every edit is one recorded change, which `history` lists and `revert` undoes. */
export type MutationCreatePositionArgs = {
  input: CreatePositionInput;
};


/** Change what Parley holds: sign in and out, manage users and API tokens (admins), and edit the stories (editors: create, update and delete each kind of fact, and merge actors). Every mutation but signIn and signOut needs a role. Each edit is one change, written whole or not at all; updates and deletes name the version they read. Every edit is one recorded change, which `history` lists and `revert` undoes. */
export type MutationCreateRelationArgs = {
  input: CreateRelationInput;
};


/** Change what Parley holds: sign in and out, manage users and API tokens (admins), and edit the stories (editors: create, update and delete each kind of fact, and merge actors). Every mutation but signIn and signOut needs a role. Each edit is one change, written whole or not at all; updates and deletes name the version they read. Every edit is one recorded change, which `history` lists and `revert` undoes. */
export type MutationCreateStatementArgs = {
  input: CreateStatementInput;
};


/** Change what Parley holds: sign in and out, manage users and API tokens (admins), and edit the stories (editors: create, update and delete each kind of fact, and merge actors). Every mutation but signIn and signOut needs a role. Each edit is one change, written whole or not at all; updates and deletes name the version they read. Every edit is one recorded change, which `history` lists and `revert` undoes. */
export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


/** Change what Parley holds: sign in and out, manage users and API tokens (admins), and edit the stories (editors: create, update and delete each kind of fact, and merge actors). Every mutation but signIn and signOut needs a role. Each edit is one change, written whole or not at all; updates and deletes name the version they read. Every edit is one recorded change, which `history` lists and `revert` undoes. */
export type MutationDeleteActorArgs = {
  input: DeleteActorInput;
};


/** Change what Parley holds: sign in and out, manage users and API tokens (admins), and edit the stories (editors: create, update and delete each kind of fact, and merge actors). Every mutation but signIn and signOut needs a role. Each edit is one change, written whole or not at all; updates and deletes name the version they read. Every edit is one recorded change, which `history` lists and `revert` undoes. */
export type MutationDeleteAttributionArgs = {
  input: DeleteAttributionInput;
};


/** Change what Parley holds: sign in and out, manage users and API tokens (admins), and edit the stories (editors: create, update and delete each kind of fact, and merge actors). Every mutation but signIn and signOut needs a role. Each edit is one change, written whole or not at all; updates and deletes name the version they read. Every edit is one recorded change, which `history` lists and `revert` undoes. */
export type MutationDeleteDocumentArgs = {
  input: DeleteDocumentInput;
};


/** Change what Parley holds: sign in and out, manage users and API tokens (admins), and edit the stories (editors: create, update and delete each kind of fact, and merge actors). Every mutation but signIn and signOut needs a role. Each edit is one change, written whole or not at all; updates and deletes name the version they read. Every edit is one recorded change, which `history` lists and `revert` undoes. */
export type MutationDeleteEventArgs = {
  input: DeleteEventInput;
};


/** Change what Parley holds: sign in and out, manage users and API tokens (admins), and edit the stories (editors: create, update and delete each kind of fact, and merge actors). Every mutation but signIn and signOut needs a role. Each edit is one change, written whole or not at all; updates and deletes name the version they read. Every edit is one recorded change, which `history` lists and `revert` undoes. */
export type MutationDeleteFigureArgs = {
  input: DeleteFigureInput;
};


/** Change what Parley holds: sign in and out, manage users and API tokens (admins), and edit the stories (editors: create, update and delete each kind of fact, and merge actors). Every mutation but signIn and signOut needs a role. Each edit is one change, written whole or not at all; updates and deletes name the version they read. Every edit is one recorded change, which `history` lists and `revert` undoes. */
export type MutationDeleteNegotiationArgs = {
  input: DeleteNegotiationInput;
};


/** Change what Parley holds: sign in and out, manage users and API tokens (admins), and edit the stories (editors: create, update and delete each kind of fact, and merge actors). Every mutation but signIn and signOut needs a role. Each edit is one change, written whole or not at all; updates and deletes name the version they read. Every edit is one recorded change, which `history` lists and `revert` undoes. */
export type MutationDeletePositionArgs = {
  input: DeletePositionInput;
};


/** Change what Parley holds: sign in and out, manage users and API tokens (admins), and edit the stories (editors: create, update and delete each kind of fact, and merge actors). Every mutation but signIn and signOut needs a role. Each edit is one change, written whole or not at all; updates and deletes name the version they read. Every edit is one recorded change, which `history` lists and `revert` undoes. */
export type MutationDeleteRelationArgs = {
  input: DeleteRelationInput;
};


/** Change what Parley holds: sign in and out, manage users and API tokens (admins), and edit the stories (editors: create, update and delete each kind of fact, and merge actors). Every mutation but signIn and signOut needs a role. Each edit is one change, written whole or not at all; updates and deletes name the version they read. Every edit is one recorded change, which `history` lists and `revert` undoes. */
export type MutationDeleteStatementArgs = {
  input: DeleteStatementInput;
};


/** Change what Parley holds: sign in and out, manage users and API tokens (admins), and edit the stories (editors: create, update and delete each kind of fact, and merge actors). Every mutation but signIn and signOut needs a role. Each edit is one change, written whole or not at all; updates and deletes name the version they read. Every edit is one recorded change, which `history` lists and `revert` undoes. */
export type MutationMergeActorsArgs = {
  input: MergeActorsInput;
};


/** Change what Parley holds: sign in and out, manage users and API tokens (admins), and edit the stories (editors: create, update and delete each kind of fact, and merge actors). Every mutation but signIn and signOut needs a role. Each edit is one change, written whole or not at all; updates and deletes name the version they read. Every edit is one recorded change, which `history` lists and `revert` undoes. */
export type MutationRejectSuggestionArgs = {
  input: RejectSuggestionInput;
};


/** Change what Parley holds: sign in and out, manage users and API tokens (admins), and edit the stories (editors: create, update and delete each kind of fact, and merge actors). Every mutation but signIn and signOut needs a role. Each edit is one change, written whole or not at all; updates and deletes name the version they read. Every edit is one recorded change, which `history` lists and `revert` undoes. */
export type MutationRevertArgs = {
  input: RevertInput;
};


/** Change what Parley holds: sign in and out, manage users and API tokens (admins), and edit the stories (editors: create, update and delete each kind of fact, and merge actors). Every mutation but signIn and signOut needs a role. Each edit is one change, written whole or not at all; updates and deletes name the version they read. Every edit is one recorded change, which `history` lists and `revert` undoes. */
export type MutationRevokeApiTokenArgs = {
  input: RevokeApiTokenInput;
};


/** Change what Parley holds: sign in and out, manage users and API tokens (admins), and edit the stories (editors: create, update and delete each kind of fact, and merge actors). Every mutation but signIn and signOut needs a role. Each edit is one change, written whole or not at all; updates and deletes name the version they read. Every edit is one recorded change, which `history` lists and `revert` undoes. */
export type MutationSignInArgs = {
  input: SignInInput;
};


/** Change what Parley holds: sign in and out, manage users and API tokens (admins), and edit the stories (editors: create, update and delete each kind of fact, and merge actors). Every mutation but signIn and signOut needs a role. Each edit is one change, written whole or not at all; updates and deletes name the version they read. Every edit is one recorded change, which `history` lists and `revert` undoes. */
export type MutationSuggestFactsArgs = {
  documentId: Scalars['ID']['input'];
};


/** Change what Parley holds: sign in and out, manage users and API tokens (admins), and edit the stories (editors: create, update and delete each kind of fact, and merge actors). Every mutation but signIn and signOut needs a role. Each edit is one change, written whole or not at all; updates and deletes name the version they read. Every edit is one recorded change, which `history` lists and `revert` undoes. */
export type MutationUpdateActorArgs = {
  input: UpdateActorInput;
};


/** Change what Parley holds: sign in and out, manage users and API tokens (admins), and edit the stories (editors: create, update and delete each kind of fact, and merge actors). Every mutation but signIn and signOut needs a role. Each edit is one change, written whole or not at all; updates and deletes name the version they read. Every edit is one recorded change, which `history` lists and `revert` undoes. */
export type MutationUpdateAttributionArgs = {
  input: UpdateAttributionInput;
};


/** Change what Parley holds: sign in and out, manage users and API tokens (admins), and edit the stories (editors: create, update and delete each kind of fact, and merge actors). Every mutation but signIn and signOut needs a role. Each edit is one change, written whole or not at all; updates and deletes name the version they read. Every edit is one recorded change, which `history` lists and `revert` undoes. */
export type MutationUpdateDocumentArgs = {
  input: UpdateDocumentInput;
};


/** Change what Parley holds: sign in and out, manage users and API tokens (admins), and edit the stories (editors: create, update and delete each kind of fact, and merge actors). Every mutation but signIn and signOut needs a role. Each edit is one change, written whole or not at all; updates and deletes name the version they read. Every edit is one recorded change, which `history` lists and `revert` undoes. */
export type MutationUpdateEventArgs = {
  input: UpdateEventInput;
};


/** Change what Parley holds: sign in and out, manage users and API tokens (admins), and edit the stories (editors: create, update and delete each kind of fact, and merge actors). Every mutation but signIn and signOut needs a role. Each edit is one change, written whole or not at all; updates and deletes name the version they read. Every edit is one recorded change, which `history` lists and `revert` undoes. */
export type MutationUpdateFigureArgs = {
  input: UpdateFigureInput;
};


/** Change what Parley holds: sign in and out, manage users and API tokens (admins), and edit the stories (editors: create, update and delete each kind of fact, and merge actors). Every mutation but signIn and signOut needs a role. Each edit is one change, written whole or not at all; updates and deletes name the version they read. Every edit is one recorded change, which `history` lists and `revert` undoes. */
export type MutationUpdateNegotiationArgs = {
  input: UpdateNegotiationInput;
};


/** Change what Parley holds: sign in and out, manage users and API tokens (admins), and edit the stories (editors: create, update and delete each kind of fact, and merge actors). Every mutation but signIn and signOut needs a role. Each edit is one change, written whole or not at all; updates and deletes name the version they read. Every edit is one recorded change, which `history` lists and `revert` undoes. */
export type MutationUpdatePositionArgs = {
  input: UpdatePositionInput;
};


/** Change what Parley holds: sign in and out, manage users and API tokens (admins), and edit the stories (editors: create, update and delete each kind of fact, and merge actors). Every mutation but signIn and signOut needs a role. Each edit is one change, written whole or not at all; updates and deletes name the version they read. Every edit is one recorded change, which `history` lists and `revert` undoes. */
export type MutationUpdateRelationArgs = {
  input: UpdateRelationInput;
};


/** Change what Parley holds: sign in and out, manage users and API tokens (admins), and edit the stories (editors: create, update and delete each kind of fact, and merge actors). Every mutation but signIn and signOut needs a role. Each edit is one change, written whole or not at all; updates and deletes name the version they read. Every edit is one recorded change, which `history` lists and `revert` undoes. */
export type MutationUpdateStatementArgs = {
  input: UpdateStatementInput;
};


/** Change what Parley holds: sign in and out, manage users and API tokens (admins), and edit the stories (editors: create, update and delete each kind of fact, and merge actors). Every mutation but signIn and signOut needs a role. Each edit is one change, written whole or not at all; updates and deletes name the version they read. Every edit is one recorded change, which `history` lists and `revert` undoes. */
export type MutationUpdateUserArgs = {
  input: UpdateUserInput;
};

/** A negotiation between parties: its rounds (meetings), issues and deadline. */
export type Negotiation = Node & {
  __typename?: 'Negotiation';
  /** The deadline the talks run against. */
  deadline: Maybe<PartialDate>;
  /** The words that tell of it. */
  evidence: Array<Evidence>;
  /** Globally unique, opaque ID of this object. */
  id: Scalars['ID']['output'];
  /** What is on the table ("electoral conditions"). */
  issues: Array<Scalars['String']['output']>;
  /** The sides at the table. */
  parties: Array<Actor>;
  /** Its rounds (meetings), in order. */
  rounds: Array<Event>;
  /** Stable readable key. */
  slug: Scalars['String']['output'];
  /** What is being negotiated and where it stands. */
  summary: Maybe<Scalars['String']['output']>;
  /** A short title. */
  title: Scalars['String']['output'];
  /** How many times this node was written: 1 when created, one more on each update. Updates and deletes send the version they read; a change made since is refused (CONFLICT). */
  version: Scalars['Int']['output'];
};


/** A negotiation between parties: its rounds (meetings), issues and deadline. */
export type NegotiationEvidenceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A negotiation between parties: its rounds (meetings), issues and deadline. */
export type NegotiationPartiesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A negotiation between parties: its rounds (meetings), issues and deadline. */
export type NegotiationRoundsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of negotiations (Relay cursor connection). */
export type NegotiationConnection = {
  __typename?: 'NegotiationConnection';
  /** The negotiations of this page, each with its cursor. */
  edges: Array<NegotiationEdge>;
  /** The negotiations of this page, without cursors. */
  nodes: Array<Negotiation>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many negotiations match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Negotiation in a page of negotiations, with its cursor. */
export type NegotiationEdge = {
  __typename?: 'NegotiationEdge';
  /** Opaque cursor of this edge; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The Negotiation. */
  node: Negotiation;
};

/** The actors around one actor, and the relations among them, strongest first. */
export type Neighbourhood = {
  __typename?: 'Neighbourhood';
  /** The actor at the centre. */
  actor: Actor;
  /** The actors reached, the centre left out: those one hop away first, then two hops; at each distance the most strongly linked first (the strongest relation kind by the magnitude of its score, then the number of relations, then the most recent). */
  actors: Array<Actor>;
  /** True when actors or relations were left out: past `first` actors, past 1,000 relations, or around the largest hubs, where a hop reads at most 20,000 relations and ranks those. */
  capped: Scalars['Boolean']['output'];
  /** The relations followed to reach those actors (and the others between them, where the direction allows), strongest kind first, then the most recent. */
  relations: Array<Relation>;
};

/** An actor to create with the fact that names it, in the same change: checked as createActor checks a new actor; its evidence quotes the fact’s document. */
export type NewActorInput = {
  /** Other names the sources use. */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The words of the fact’s document that name the actor; when left out, the first place it gives the name. */
  evidence?: InputMaybe<Array<EvidenceInput>>;
  /** What sort of actor this is. */
  kind: ActorKind;
  /** The fullest name the sources use. */
  name: Scalars['String']['input'];
  /** Stable readable key, unique; made from the name ("Nicolás Maduro" gives "nicolas-maduro") when left out. */
  slug?: InputMaybe<Scalars['String']['input']>;
  /** Who this actor is, in one sentence. */
  summary?: InputMaybe<Scalars['String']['input']>;
};

/** An attribution created with the fact that cites it, in the same change: "the article, in its own voice", or a source the document has no attribution for yet. */
export type NewAttributionInput = {
  /** The words of the document that attribute; the fact's own evidence when left out. */
  evidence?: InputMaybe<Array<EvidenceInput>>;
  /** Publication, named source or anonymous sources; REPORTED (the article in its own voice) when left out. */
  kind?: InputMaybe<AttributionKind>;
  /** The actor it credits, when the source is named. */
  sourceId?: InputMaybe<Scalars['ID']['input']>;
  /** The words used to attribute ("according to two officials"). */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** An object with a globally unique, opaque ID that `node(id:)` fetches again. */
export type Node = {
  /** Globally unique, opaque ID of this object. */
  id: Scalars['ID']['output'];
};

/** Where a page sits in the whole list (Relay cursor connections). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item of this page; pass it as `after` for the next page. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** True when more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when items precede this page. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item of this page. */
  startCursor: Maybe<Scalars['String']['output']>;
};

/** A date as the source gives it: its words, the range they resolve to, and their precision. */
export type PartialDate = {
  __typename?: 'PartialDate';
  /** When the resolved range rests on a fact from outside the text, where that fact comes from; null when the text alone dates it. */
  basis: Maybe<Scalars['String']['output']>;
  /** Last day the date may fall on (equal to `start` for a DAY). */
  end: Maybe<Scalars['Date']['output']>;
  /** How precise the source is. */
  precision: Maybe<DatePrecision>;
  /** First day the date may fall on. */
  start: Maybe<Scalars['Date']['output']>;
  /** The words as written in the source ("Tuesday", "last year"). */
  text: Maybe<Scalars['String']['output']>;
};

/** A date as the source gives it, as story bundles give it: the words alone when they resolve against the document’s publication date ("Tuesday", "last year", "Feb. 23"), or `start` (with `precision`, and `end` for a range) besides them. */
export type PartialDateInput = {
  /** When the range rests on a fact from outside the text, where that fact comes from. */
  basis?: InputMaybe<Scalars['String']['input']>;
  /** Last day the date may fall on; follows from `precision` when left out. */
  end?: InputMaybe<Scalars['Date']['input']>;
  /** How precise the source is; DAY when left out. */
  precision?: InputMaybe<DatePrecision>;
  /** First day the date may fall on; wins over the words. */
  start?: InputMaybe<Scalars['Date']['input']>;
  /** The words as written in the source ("Tuesday", "last year"). */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** An actor taking part in an event, in a role, with its evidence. */
export type ParticipantInput = {
  /** The actor taking part; or give `newActor`. */
  actorId?: InputMaybe<Scalars['ID']['input']>;
  /** Who says this actor took part, when not the event’s own attribution (same document). */
  attributionId?: InputMaybe<Scalars['ID']['input']>;
  /** The words of the event’s document that say so; at least one. */
  evidence: Array<EvidenceInput>;
  /** The actor taking part, created with the event in the same change, instead of `actorId`. */
  newActor?: InputMaybe<NewActorInput>;
  /** What came of it for this participant. */
  outcome?: InputMaybe<Scalars['String']['input']>;
  /** The part the actor played, in the source’s words. */
  role?: InputMaybe<Scalars['String']['input']>;
};

/** An actor taking part in an event, in a role, with what came of it for them. */
export type Participation = Node & {
  __typename?: 'Participation';
  /** Who took part. */
  actor: Actor;
  /** Who says this actor took part: its own source where the text gives one ("according to one of the people"), else the event’s. */
  attribution: Attribution;
  /** The event. */
  event: Event;
  /** The words that place this actor at the event. */
  evidence: Array<Evidence>;
  /** Globally unique, opaque ID of this object. */
  id: Scalars['ID']['output'];
  /** What came of it for this participant ("won", "barred from running"). */
  outcome: Maybe<Scalars['String']['output']>;
  /** The part the actor played, in the source’s words ("joined the US delegation"). */
  role: Maybe<Scalars['String']['output']>;
};


/** An actor taking part in an event, in a role, with what came of it for them. */
export type ParticipationEvidenceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A chain of links from one actor to another. */
export type Path = {
  __typename?: 'Path';
  /** Number of hops. */
  length: Scalars['Int']['output'];
  /** The hops, in order from `from` to `to`. */
  steps: Array<PathStep>;
};

/** The answer to a path question, and whether it is complete: a search reads at most a fixed number of actors and links, and stops there rather than guess. */
export type PathSearchResult = {
  __typename?: 'PathSearchResult';
  /** True when `paths` is exactly what an unbounded search would return; false when the search stopped at its budget, so longer paths (or more of them) may exist. */
  complete: Scalars['Boolean']['output'];
  /** The paths found, shortest first (the same order as `paths`). */
  paths: Array<Path>;
  /** Every path of at most this many hops was considered: when `complete` is false, paths this short are all there (up to `first`), longer ones may be missing. */
  searchedLength: Scalars['Int']['output'];
  /** How many distinct actors the search reached. */
  visited: Scalars['Int']['output'];
};

/** One hop of a path: two actors and what links them. */
export type PathStep = {
  __typename?: 'PathStep';
  /** Other links between the same two actors, if any (same kinds as `via`). */
  alternatives: Array<Node>;
  /** The actor this hop starts from. */
  from: Actor;
  /** The actor this hop reaches. */
  to: Actor;
  /** What links them: a Relation between them, a Position one holds in the other, or an Event both took part in. Each carries its evidence. */
  via: Node;
};

/** A title an actor holds, in or for an organisation ("acting Foreign Minister" of Colombia). */
export type Position = Node & {
  __typename?: 'Position';
  /** True when the holder serves in an acting capacity. */
  acting: Scalars['Boolean']['output'];
  /** Where the position rests on a fact from outside the source, where that fact comes from. */
  basis: Maybe<Scalars['String']['output']>;
  /** The words that give the title. */
  evidence: Array<Evidence>;
  /** Who holds the title. */
  holder: Actor;
  /** Globally unique, opaque ID of this object. */
  id: Scalars['ID']['output'];
  /** The state, government or body the title belongs to. */
  organization: Maybe<Actor>;
  /** The title as the source gives it ("Foreign Minister"). */
  title: Scalars['String']['output'];
  /** How many times this node was written: 1 when created, one more on each update. Updates and deletes send the version they read; a change made since is refused (CONFLICT). */
  version: Scalars['Int']['output'];
};


/** A title an actor holds, in or for an organisation ("acting Foreign Minister" of Colombia). */
export type PositionEvidenceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Ask a story who pressured whom, who met whom, when, and says who. Every fact carries its evidence: the exact words of the source, with their offsets. */
export type Query = {
  __typename?: 'Query';
  /** The actor with this slug ("nicolas-maduro"), or null. */
  actor: Maybe<Actor>;
  /** Actors by name, in slug order, a page at a time. */
  actors: ActorConnection;
  /** A user's API tokens, newest first: your own, or anyone's for an admin. Secrets are never shown again. */
  apiTokens: Array<ApiToken>;
  /** The document with this slug, or null. */
  document: Maybe<Document>;
  /** Source documents, a page at a time. */
  documents: DocumentConnection;
  /** The event with this slug, or null. */
  event: Maybe<Event>;
  /** Events filtered by participant, dates and words; each story’s events in date order. */
  events: EventConnection;
  /** Amounts the sources give, each with who estimates it. */
  figures: FigureConnection;
  /** The changes that wrote a node, newest first: its own row, or one of its lists of links (a negotiation’s parties). Works for deleted nodes too. Editors and admins only. */
  history: ChangeConnection;
  /** The negotiation with this slug, or null. */
  negotiation: Maybe<Negotiation>;
  /** Negotiations, a page at a time. */
  negotiations: NegotiationConnection;
  /** The actors within one or two hops of an actor through relations, and the relations among them, computed by the server: around a hub, the most strongly linked first, at most `first` actors. */
  neighbourhood: Neighbourhood;
  /** Fetches any object by its global ID; null when none has it. */
  node: Maybe<Node>;
  /** Fetches objects by their global IDs, in the order given: one query per type, not one per ID. An item is null where no object has that ID. At most 100 IDs. */
  nodes: Array<Maybe<Node>>;
  /** The paths `paths` returns, with whether the search is complete. A search reads at most 20,000 actors and 100,000 links; past that `complete` is false and `searchedLength` says up to how many hops the answer is certain. */
  pathSearch: PathSearchResult;
  /** How one actor connects to another through relations, positions (holder ↔ organisation) and shared events: every path without repeated actors up to `maxLength` hops, shortest first. A search reads at most 20,000 actors and 100,000 links; when that runs out this returns the paths it found (all of those up to some length, shortest first) and `pathSearch` says so. */
  paths: Array<Path>;
  /** Every recorded change (edits, imports, reverts), newest first. Editors and admins only. */
  recentChanges: ChangeConnection;
  /** The relation vocabulary: every kind with its category, PLOVER mapping and score. */
  relationKinds: Array<RelationKindInfo>;
  /** Relations between actors, filtered by kind, category, actors and dates. */
  relations: RelationConnection;
  /** Finds anything by its words: actors (names, aliases), events (titles, places), relations (summaries, demands, levers), statements, figures, and the text of the documents (the passage that matches). Hits are ranked by relevance, best first, and say which words matched. */
  search: SearchResultConnection;
  /** What actors said, or declined to say. */
  statements: StatementConnection;
  /** The users, by name (admins only). */
  users: Array<User>;
  /** The user the request acts for (signed in, or by API token); null when anonymous. Open to everyone, also when anonymous reads are off. */
  viewer: Maybe<User>;
};


/** Ask a story who pressured whom, who met whom, when, and says who. Every fact carries its evidence: the exact words of the source, with their offsets. */
export type QueryActorArgs = {
  slug: Scalars['String']['input'];
};


/** Ask a story who pressured whom, who met whom, when, and says who. Every fact carries its evidence: the exact words of the source, with their offsets. */
export type QueryActorsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  kinds: InputMaybe<Array<ActorKind>>;
  search: InputMaybe<Scalars['String']['input']>;
};


/** Ask a story who pressured whom, who met whom, when, and says who. Every fact carries its evidence: the exact words of the source, with their offsets. */
export type QueryApiTokensArgs = {
  first?: Scalars['Int']['input'];
  includeInactive?: Scalars['Boolean']['input'];
  user: InputMaybe<Scalars['String']['input']>;
};


/** Ask a story who pressured whom, who met whom, when, and says who. Every fact carries its evidence: the exact words of the source, with their offsets. */
export type QueryDocumentArgs = {
  slug: Scalars['String']['input'];
};


/** Ask a story who pressured whom, who met whom, when, and says who. Every fact carries its evidence: the exact words of the source, with their offsets. */
export type QueryDocumentsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
};


/** Ask a story who pressured whom, who met whom, when, and says who. Every fact carries its evidence: the exact words of the source, with their offsets. */
export type QueryEventArgs = {
  slug: Scalars['String']['input'];
};


/** Ask a story who pressured whom, who met whom, when, and says who. Every fact carries its evidence: the exact words of the source, with their offsets. */
export type QueryEventsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<EventFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
};


/** Ask a story who pressured whom, who met whom, when, and says who. Every fact carries its evidence: the exact words of the source, with their offsets. */
export type QueryFiguresArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
};


/** Ask a story who pressured whom, who met whom, when, and says who. Every fact carries its evidence: the exact words of the source, with their offsets. */
export type QueryHistoryArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


/** Ask a story who pressured whom, who met whom, when, and says who. Every fact carries its evidence: the exact words of the source, with their offsets. */
export type QueryNegotiationArgs = {
  slug: Scalars['String']['input'];
};


/** Ask a story who pressured whom, who met whom, when, and says who. Every fact carries its evidence: the exact words of the source, with their offsets. */
export type QueryNegotiationsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
};


/** Ask a story who pressured whom, who met whom, when, and says who. Every fact carries its evidence: the exact words of the source, with their offsets. */
export type QueryNeighbourhoodArgs = {
  direction?: InputMaybe<Direction>;
  filter: InputMaybe<RelationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  hops?: InputMaybe<Scalars['Int']['input']>;
  slug: Scalars['String']['input'];
};


/** Ask a story who pressured whom, who met whom, when, and says who. Every fact carries its evidence: the exact words of the source, with their offsets. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** Ask a story who pressured whom, who met whom, when, and says who. Every fact carries its evidence: the exact words of the source, with their offsets. */
export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Ask a story who pressured whom, who met whom, when, and says who. Every fact carries its evidence: the exact words of the source, with their offsets. */
export type QueryPathSearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['String']['input'];
  maxLength?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['String']['input'];
};


/** Ask a story who pressured whom, who met whom, when, and says who. Every fact carries its evidence: the exact words of the source, with their offsets. */
export type QueryPathsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['String']['input'];
  maxLength?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['String']['input'];
};


/** Ask a story who pressured whom, who met whom, when, and says who. Every fact carries its evidence: the exact words of the source, with their offsets. */
export type QueryRecentChangesArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
};


/** Ask a story who pressured whom, who met whom, when, and says who. Every fact carries its evidence: the exact words of the source, with their offsets. */
export type QueryRelationsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<RelationFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
};


/** Ask a story who pressured whom, who met whom, when, and says who. Every fact carries its evidence: the exact words of the source, with their offsets. */
export type QuerySearchArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  kinds: InputMaybe<Array<SearchResultKind>>;
  text: Scalars['String']['input'];
};


/** Ask a story who pressured whom, who met whom, when, and says who. Every fact carries its evidence: the exact words of the source, with their offsets. */
export type QueryStatementsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  kinds: InputMaybe<Array<StatementKind>>;
  speaker: InputMaybe<Scalars['String']['input']>;
};


/** Ask a story who pressured whom, who met whom, when, and says who. Every fact carries its evidence: the exact words of the source, with their offsets. */
export type QueryUsersArgs = {
  first?: Scalars['Int']['input'];
  includeDisabled?: Scalars['Boolean']['input'];
};

/** Which suggestion to turn down. */
export type RejectSuggestionInput = {
  /** The pending suggestion. */
  id: Scalars['ID']['input'];
};

/** What rejectSuggestion wrote. */
export type RejectSuggestionPayload = {
  __typename?: 'RejectSuggestionPayload';
  /** The suggestion, now rejected. */
  suggestion: Suggestion;
};

/** A directed act between two actors: who pressured, urged, met or backed whom. */
export type Relation = Node & {
  __typename?: 'Relation';
  /** Who says so. */
  attribution: Attribution;
  /** The family of the kind. */
  category: RelationCategory;
  /** When, as precisely as the source says. */
  date: Maybe<PartialDate>;
  /** What the pressure or demand asks of the target ("fall back in line"). */
  demand: Maybe<Scalars['String']['output']>;
  /** The event it happened at, if any. */
  event: Maybe<Event>;
  /** The words that tell of it. */
  evidence: Array<Evidence>;
  /** Globally unique, opaque ID of this object. */
  id: Scalars['ID']['output'];
  /** What the source did to or with the target. */
  kind: RelationKind;
  /** The kind’s place in the vocabulary: PLOVER mapping and score. */
  kindInfo: RelationKindInfo;
  /** The lever behind it, where the source names one ("oil and gas sanctions"). */
  lever: Maybe<Scalars['String']['output']>;
  /** Whether it happened, or is threatened, requested or possible. */
  modality: Modality;
  /** Who acted. */
  source: Actor;
  /** The relation in one plain sentence. */
  summary: Scalars['String']['output'];
  /** Who was acted upon. */
  target: Actor;
  /** How many times this node was written: 1 when created, one more on each update. Updates and deletes send the version they read; a change made since is refused (CONFLICT). */
  version: Scalars['Int']['output'];
};


/** A directed act between two actors: who pressured, urged, met or backed whom. */
export type RelationEvidenceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export { RelationCategory };

/** A page of relations (Relay cursor connection). */
export type RelationConnection = {
  __typename?: 'RelationConnection';
  /** The relations of this page, each with its cursor. */
  edges: Array<RelationEdge>;
  /** The relations of this page, without cursors. */
  nodes: Array<Relation>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many relations match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Relation in a page of relations, with its cursor. */
export type RelationEdge = {
  __typename?: 'RelationEdge';
  /** Opaque cursor of this edge; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The Relation. */
  node: Relation;
};

/** Which relations to list. All conditions must hold; actors are given by slug. */
export type RelationFilter = {
  /** Slug of an actor at either end. */
  actor?: InputMaybe<Scalars['String']['input']>;
  /** Only these categories. */
  categories?: InputMaybe<Array<RelationCategory>>;
  /** Keep relations whose date range ends on or after this day (undated ones drop out). */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Only these kinds. */
  kinds?: InputMaybe<Array<RelationKind>>;
  /** Slug of the actor who acted. */
  source?: InputMaybe<Scalars['String']['input']>;
  /** Slug of the actor acted upon. */
  target?: InputMaybe<Scalars['String']['input']>;
  /** Keep relations whose date range starts on or before this day (undated ones drop out). */
  to?: InputMaybe<Scalars['Date']['input']>;
};

export { RelationKind };

/** One kind of the relation vocabulary with its category, PLOVER mapping and score. */
export type RelationKindInfo = {
  __typename?: 'RelationKindInfo';
  /** Its family. */
  category: RelationCategory;
  /** What it means. */
  description: Scalars['String']['output'];
  /** The kind. */
  kind: RelationKind;
  /** The PLOVER event category it maps to (REQUEST, ACCUSE, THREATEN, COERCE, CONSULT…). */
  ploverCategory: Scalars['String']['output'];
  /** The PLOVER mode within that category (disapprove, restrict…). */
  ploverMode: Maybe<Scalars['String']['output']>;
  /** Cooperation (+10) to conflict (−10), on the scale of Goldstein’s weights. */
  score: Scalars['Float']['output'];
};

/** Which change to undo. */
export type RevertInput = {
  /** The global ID of the change to undo (`Change.id`). */
  changeId: Scalars['ID']['input'];
  /** Any string the client chooses; the payload returns it unchanged (Relay). */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
};

/** What `revert` did. */
export type RevertPayload = {
  __typename?: 'RevertPayload';
  /** The new change, of kind REVERT, that undid the other. */
  change: Change;
  /** The `clientMutationId` of the input, unchanged. */
  clientMutationId: Maybe<Scalars['String']['output']>;
  /** The change that was undone; its `revertedBy` is now `change`. */
  reverted: Change;
};

/** The token to revoke. */
export type RevokeApiTokenInput = {
  /** The token's `id` (from `apiTokens`). */
  id: Scalars['ID']['input'];
};

/** The result of `revokeApiToken`. */
export type RevokeApiTokenPayload = {
  __typename?: 'RevokeApiTokenPayload';
  /** The token, now revoked. */
  token: ApiToken;
};

export { Role };

/** A page of search results, best first (Relay cursor connection). */
export type SearchResultConnection = {
  __typename?: 'SearchResultConnection';
  /** The results of this page, best first, each with its cursor and how it matched. */
  edges: Array<SearchResultEdge>;
  /** What the results of this page found, best first, without the rest. */
  nodes: Array<Node>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many results match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One thing a full-text search found, with its cursor: what it is (`node`, `kind`), how well it matched and which words did. */
export type SearchResultEdge = {
  __typename?: 'SearchResultEdge';
  /** Opaque cursor of this result; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** What sort of thing was found. */
  kind: SearchResultKind;
  /** The words of this result that matched the search, lower-case and without accents, in the order they first occur (a stemmed or prefix match gives the word as written: "declined" for "decline"). */
  matchedWords: Array<Scalars['String']['output']>;
  /** What was found: an Actor, Event, Relation, Statement, Figure, or for DOCUMENT_TEXT the Document (see `kind`). */
  node: Node;
  /** How well it matched, higher is better: the database’s relevance (PostgreSQL ts_rank, SQLite bm25), weighted by kind. Only the order within one answer means something; the scale differs between databases. */
  rank: Scalars['Float']['output'];
  /** What to show for the result, with the matched words marked. */
  snippet: SearchSnippet;
  /** For DOCUMENT_TEXT: the passage (paragraph) of the text that matches best, to open the reader at; null for other kinds, and when only the title matched. */
  span: Maybe<SearchSpan>;
};

export { SearchResultKind };

/** A short text to show for a search result, with the words that matched marked. */
export type SearchSnippet = {
  __typename?: 'SearchSnippet';
  /** Where the matched words stand in `text`, in order, not overlapping. */
  highlights: Array<TextRange>;
  /** The words to show: the result’s name, title, summary or quote, plus any other field that matched; for a document, part of the passage that matches ("…" where it is cut). */
  text: Scalars['String']['output'];
};

/** A passage of a document’s text, by character offsets, for opening a reader there. */
export type SearchSpan = {
  __typename?: 'SearchSpan';
  /** The document the passage is in. */
  document: Document;
  /** Offset just past the passage’s last character (exclusive). */
  end: Scalars['Int']['output'];
  /** Offset of the passage’s first character in the document text (UTF-16 code units). */
  start: Scalars['Int']['output'];
};

/** Who signs in, and their password. */
export type SignInInput = {
  /** The user name. */
  name: Scalars['String']['input'];
  /** The password (sent over HTTPS in production). */
  password: Scalars['String']['input'];
};

/** The result of `signIn`: the session cookie is set on the response. */
export type SignInPayload = {
  __typename?: 'SignInPayload';
  /** The user now signed in. */
  viewer: User;
};

/** The result of `signOut`. */
export type SignOutPayload = {
  __typename?: 'SignOutPayload';
  /** Whether a session was ended (false when the request had none). */
  signedOut: Scalars['Boolean']['output'];
};

/** Something an actor said, or their refusal or failure to answer. */
export type Statement = Node & {
  __typename?: 'Statement';
  /** When it was said. */
  date: Maybe<PartialDate>;
  /** The event it was said at, if any (an interview). */
  event: Maybe<Event>;
  /** The words that report it. */
  evidence: Array<Evidence>;
  /** Globally unique, opaque ID of this object. */
  id: Scalars['ID']['output'];
  /** Quote, paraphrase, or a non-response. */
  kind: StatementKind;
  /** Where it was said ("in a radio interview"). */
  setting: Maybe<Scalars['String']['output']>;
  /** Who spoke (or did not). */
  speaker: Actor;
  /** What was said: the quoted words, or the paraphrase. */
  text: Maybe<Scalars['String']['output']>;
  /** How many times this node was written: 1 when created, one more on each update. Updates and deletes send the version they read; a change made since is refused (CONFLICT). */
  version: Scalars['Int']['output'];
};


/** Something an actor said, or their refusal or failure to answer. */
export type StatementEvidenceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of statements (Relay cursor connection). */
export type StatementConnection = {
  __typename?: 'StatementConnection';
  /** The statements of this page, each with its cursor. */
  edges: Array<StatementEdge>;
  /** The statements of this page, without cursors. */
  nodes: Array<Statement>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many statements match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Statement in a page of statements, with its cursor. */
export type StatementEdge = {
  __typename?: 'StatementEdge';
  /** Opaque cursor of this edge; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The Statement. */
  node: Statement;
};

export { StatementKind };

/** What suggestFacts found. */
export type SuggestFactsPayload = {
  __typename?: 'SuggestFactsPayload';
  /** How many new pending suggestions were stored (proposals offered before, decided or not, are not). */
  added: Scalars['Int']['output'];
  /** The document read. */
  document: Document;
};

/** A fact proposed for a document by reading its text, with the words it rests on and how sure the reading is. Editors accept it (it becomes a fact through the same mutation as a hand-made one), edit it first, or reject it. Readable by editors and admins. */
export type Suggestion = Node & {
  __typename?: 'Suggestion';
  /** The node an accepted suggestion became; null otherwise. */
  acceptedNodeId: Maybe<Scalars['ID']['output']>;
  /** How likely the proposal is right, from 0 to 1. */
  confidence: Scalars['Float']['output'];
  /** When it was accepted or rejected (ISO 8601, UTC). */
  decidedAt: Maybe<Scalars['String']['output']>;
  /** The name of the editor who accepted or rejected it. */
  decidedByName: Maybe<Scalars['String']['output']>;
  /** The document the suggestion was read from. */
  document: Document;
  /** The proposed fact as a story bundle holds it (see the bundle format): actors, attributions and events named by slug or key, evidence as quotes. */
  fact: Scalars['JSON']['output'];
  /** Globally unique, opaque ID of this object. */
  id: Scalars['ID']['output'];
  /** The words of the document the proposal rests on, in text order. */
  spans: Array<SuggestionSpan>;
  /** Waiting, accepted or rejected. */
  status: SuggestionStatus;
  /** The proposed fact in one line, actors named by slug. */
  summary: Scalars['String']['output'];
  /** The kind of fact proposed. */
  type: SuggestionType;
};

/** A page of suggestions, surest first (Relay cursor connection). */
export type SuggestionConnection = {
  __typename?: 'SuggestionConnection';
  /** The suggestions of this page, each with its cursor. */
  edges: Array<SuggestionEdge>;
  /** The suggestions of this page, without cursors. */
  nodes: Array<Suggestion>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many suggestions match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Suggestion in a page of suggestions, with its cursor. */
export type SuggestionEdge = {
  __typename?: 'SuggestionEdge';
  /** Opaque cursor of this edge; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The Suggestion. */
  node: Suggestion;
};

/** Where in the document a suggestion’s evidence is, and the words there. */
export type SuggestionSpan = {
  __typename?: 'SuggestionSpan';
  /** Offset just past the last character (exclusive). */
  end: Scalars['Int']['output'];
  /** Offset of the first character (UTF-16 code units). */
  start: Scalars['Int']['output'];
  /** The words of the document between `start` and `end`. */
  text: Scalars['String']['output'];
};

export { SuggestionStatus };

export { SuggestionType };

/** A range of characters in a string: `text.slice(start, end)`, in UTF-16 code units. */
export type TextRange = {
  __typename?: 'TextRange';
  /** Offset just past the last character (exclusive). */
  end: Scalars['Int']['output'];
  /** Offset of the first character. */
  start: Scalars['Int']['output'];
};

/** Changes to an actor: the fields given are set, the others stay as they are. */
export type UpdateActorInput = {
  /** Other names the sources use, replacing the list. */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Where the summary rests on an outside fact; null clears it. */
  basis?: InputMaybe<Scalars['String']['input']>;
  /** The document whose evidence `evidence` replaces; needed with it. */
  documentId?: InputMaybe<Scalars['ID']['input']>;
  /** The words of `documentId`’s text that name the actor, replacing its evidence there. */
  evidence?: InputMaybe<Array<EvidenceInput>>;
  /** The node to change. */
  id: Scalars['ID']['input'];
  /** What sort of actor this is. */
  kind?: InputMaybe<ActorKind>;
  /** The fullest name the sources use. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** A new slug; unique. */
  slug?: InputMaybe<Scalars['String']['input']>;
  /** Who this actor is; null clears it. */
  summary?: InputMaybe<Scalars['String']['input']>;
  /** The version the client read. A node changed since is not overwritten: the answer is CONFLICT. */
  version: Scalars['Int']['input'];
};

/** What updateActor wrote. */
export type UpdateActorPayload = {
  __typename?: 'UpdateActorPayload';
  /** The actor as stored after the change, read back from the database. */
  actor: Maybe<Actor>;
};

/** Changes to an attribution: the fields given are set, the others stay as they are. */
export type UpdateAttributionInput = {
  /** Its evidence, replacing what it had. */
  evidence?: InputMaybe<Array<EvidenceInput>>;
  /** The node to change. */
  id: Scalars['ID']['input'];
  /** Publication, named source or anonymous sources. */
  kind?: InputMaybe<AttributionKind>;
  /** The actor it credits; null clears it. */
  sourceId?: InputMaybe<Scalars['ID']['input']>;
  /** The words used to attribute; null clears them. */
  text?: InputMaybe<Scalars['String']['input']>;
  /** The version the client read. A node changed since is not overwritten: the answer is CONFLICT. */
  version: Scalars['Int']['input'];
};

/** What updateAttribution wrote. */
export type UpdateAttributionPayload = {
  __typename?: 'UpdateAttributionPayload';
  /** The attribution as stored after the change, read back from the database. */
  attribution: Maybe<Attribution>;
};

/** Changes to a document: the fields given are set, the others stay as they are. */
export type UpdateDocumentInput = {
  /** The contributors, replacing the list. */
  contributorIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The node to change. */
  id: Scalars['ID']['input'];
  /** The day it was published; null clears it. */
  publishedAt?: InputMaybe<Scalars['Date']['input']>;
  /** Where the publication date comes from; null clears it. */
  publishedAtBasis?: InputMaybe<Scalars['String']['input']>;
  /** The actor who published it; null clears it. */
  publisherId?: InputMaybe<Scalars['ID']['input']>;
  /** A new slug; unique. */
  slug?: InputMaybe<Scalars['String']['input']>;
  /** A new text: refused once a fact cites the document (their offsets point into the text). */
  text?: InputMaybe<Scalars['String']['input']>;
  /** A title for the document. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Where the document was published; null clears it. */
  url?: InputMaybe<Scalars['String']['input']>;
  /** The version the client read. A node changed since is not overwritten: the answer is CONFLICT. */
  version: Scalars['Int']['input'];
};

/** What updateDocument wrote. */
export type UpdateDocumentPayload = {
  __typename?: 'UpdateDocumentPayload';
  /** The document as stored after the change, read back from the database. */
  document: Maybe<Document>;
};

/** Changes to an event: the fields given are set, the others stay as they are. */
export type UpdateEventInput = {
  /** Who says so: an attribution of the same document. */
  attributionId?: InputMaybe<Scalars['ID']['input']>;
  /** When it happened; null clears it. */
  date?: InputMaybe<PartialDateInput>;
  /** Its evidence, replacing what it had. */
  evidence?: InputMaybe<Array<EvidenceInput>>;
  /** The node to change. */
  id: Scalars['ID']['input'];
  /** What sort of event. */
  kind?: InputMaybe<EventKind>;
  /** Where it happened; null clears it. */
  location?: InputMaybe<Scalars['String']['input']>;
  /** The actors who took part, replacing every participant (and their evidence) wholesale. */
  participants?: InputMaybe<Array<ParticipantInput>>;
  /** True when the source says it was secret. */
  secret?: InputMaybe<Scalars['Boolean']['input']>;
  /** A new slug; unique. */
  slug?: InputMaybe<Scalars['String']['input']>;
  /** What happened; null clears it. */
  summary?: InputMaybe<Scalars['String']['input']>;
  /** A short title. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** The version the client read. A node changed since is not overwritten: the answer is CONFLICT. */
  version: Scalars['Int']['input'];
};

/** What updateEvent wrote. */
export type UpdateEventPayload = {
  __typename?: 'UpdateEventPayload';
  /** The event as stored after the change, read back from the database. */
  event: Maybe<Event>;
};

/** Changes to a figure: the fields given are set, the others stay as they are. */
export type UpdateFigureInput = {
  /** The amount, in units of `currency`. */
  amount?: InputMaybe<Scalars['Float']['input']>;
  /** Who estimates it: an attribution of the same document. */
  attributionId?: InputMaybe<Scalars['ID']['input']>;
  /** The condition; null clears it. */
  condition?: InputMaybe<Scalars['String']['input']>;
  /** ISO 4217 currency code. */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** Its evidence, replacing what it had. */
  evidence?: InputMaybe<Array<EvidenceInput>>;
  /** The node to change. */
  id: Scalars['ID']['input'];
  /** What is counted; null clears it. */
  measure?: InputMaybe<Scalars['String']['input']>;
  /** ACTUAL or POSSIBLE. */
  modality?: InputMaybe<Modality>;
  /** The period covered; null clears it. */
  period?: InputMaybe<PartialDateInput>;
  /** The actor the amount is about; null clears it. */
  subjectId?: InputMaybe<Scalars['ID']['input']>;
  /** What the figure says, in one sentence. */
  summary?: InputMaybe<Scalars['String']['input']>;
  /** The version the client read. A node changed since is not overwritten: the answer is CONFLICT. */
  version: Scalars['Int']['input'];
};

/** What updateFigure wrote. */
export type UpdateFigurePayload = {
  __typename?: 'UpdateFigurePayload';
  /** The figure as stored after the change, read back from the database. */
  figure: Maybe<Figure>;
};

/** Changes to a negotiation: the fields given are set, the others stay as they are. */
export type UpdateNegotiationInput = {
  /** The deadline; null clears it. */
  deadline?: InputMaybe<PartialDateInput>;
  /** Its evidence, replacing what it had. */
  evidence?: InputMaybe<Array<EvidenceInput>>;
  /** The node to change. */
  id: Scalars['ID']['input'];
  /** What is on the table, replacing the list. */
  issues?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The parties, replacing the list. */
  partyIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The rounds, replacing the list. */
  roundIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** A new slug; unique. */
  slug?: InputMaybe<Scalars['String']['input']>;
  /** What is negotiated; null clears it. */
  summary?: InputMaybe<Scalars['String']['input']>;
  /** A short title. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** The version the client read. A node changed since is not overwritten: the answer is CONFLICT. */
  version: Scalars['Int']['input'];
};

/** What updateNegotiation wrote. */
export type UpdateNegotiationPayload = {
  __typename?: 'UpdateNegotiationPayload';
  /** The negotiation as stored after the change, read back from the database. */
  negotiation: Maybe<Negotiation>;
};

/** Changes to a position: the fields given are set, the others stay as they are. */
export type UpdatePositionInput = {
  /** True when the holder serves in an acting capacity. */
  acting?: InputMaybe<Scalars['Boolean']['input']>;
  /** Where the position rests on an outside fact; null clears it. */
  basis?: InputMaybe<Scalars['String']['input']>;
  /** Its evidence, replacing what it had. */
  evidence?: InputMaybe<Array<EvidenceInput>>;
  /** The actor who holds the title. */
  holderId?: InputMaybe<Scalars['ID']['input']>;
  /** The node to change. */
  id: Scalars['ID']['input'];
  /** The organisation; null clears it. */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** The title as the source gives it. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** The version the client read. A node changed since is not overwritten: the answer is CONFLICT. */
  version: Scalars['Int']['input'];
};

/** What updatePosition wrote. */
export type UpdatePositionPayload = {
  __typename?: 'UpdatePositionPayload';
  /** The position as stored after the change, read back from the database. */
  position: Maybe<Position>;
};

/** Changes to a relation: the fields given are set, the others stay as they are. */
export type UpdateRelationInput = {
  /** Who says so: an attribution of the same document. */
  attributionId?: InputMaybe<Scalars['ID']['input']>;
  /** When; null clears the date. */
  date?: InputMaybe<PartialDateInput>;
  /** What it asks of the target; null clears it. */
  demand?: InputMaybe<Scalars['String']['input']>;
  /** The event it happened at; null clears it. */
  eventId?: InputMaybe<Scalars['ID']['input']>;
  /** The words that tell of it, replacing its evidence; left out, the evidence stays. */
  evidence?: InputMaybe<Array<EvidenceInput>>;
  /** The node to change. */
  id: Scalars['ID']['input'];
  /** What the source did to or with the target. */
  kind?: InputMaybe<RelationKind>;
  /** The lever behind it; null clears it. */
  lever?: InputMaybe<Scalars['String']['input']>;
  /** Whether it happened, or is threatened, requested or possible. */
  modality?: InputMaybe<Modality>;
  /** The actor who acted. */
  sourceId?: InputMaybe<Scalars['ID']['input']>;
  /** The relation in one plain sentence. */
  summary?: InputMaybe<Scalars['String']['input']>;
  /** The actor acted upon. */
  targetId?: InputMaybe<Scalars['ID']['input']>;
  /** The version the client read. A node changed since is not overwritten: the answer is CONFLICT. */
  version: Scalars['Int']['input'];
};

/** What updateRelation wrote. */
export type UpdateRelationPayload = {
  __typename?: 'UpdateRelationPayload';
  /** The relation as stored after the change, read back from the database. */
  relation: Maybe<Relation>;
};

/** Changes to a statement: the fields given are set, the others stay as they are. */
export type UpdateStatementInput = {
  /** When it was said; null clears it. */
  date?: InputMaybe<PartialDateInput>;
  /** The event it was said at; null clears it. */
  eventId?: InputMaybe<Scalars['ID']['input']>;
  /** Its evidence, replacing what it had. */
  evidence?: InputMaybe<Array<EvidenceInput>>;
  /** The node to change. */
  id: Scalars['ID']['input'];
  /** Quote, paraphrase, or a non-response. */
  kind?: InputMaybe<StatementKind>;
  /** Where it was said; null clears it. */
  setting?: InputMaybe<Scalars['String']['input']>;
  /** The actor who spoke. */
  speakerId?: InputMaybe<Scalars['ID']['input']>;
  /** What was said; null clears it. */
  text?: InputMaybe<Scalars['String']['input']>;
  /** The version the client read. A node changed since is not overwritten: the answer is CONFLICT. */
  version: Scalars['Int']['input'];
};

/** What updateStatement wrote. */
export type UpdateStatementPayload = {
  __typename?: 'UpdateStatementPayload';
  /** The statement as stored after the change, read back from the database. */
  statement: Maybe<Statement>;
};

/** Changes to a user; what is left out stays as it is. */
export type UpdateUserInput = {
  /** true disables the user (their sessions end, their tokens stop working); false enables them again. */
  disabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** The user to change, by name. */
  name: Scalars['String']['input'];
  /** A new password (at least 12 characters); ends their sessions. */
  password?: InputMaybe<Scalars['String']['input']>;
  /** Their new role. */
  role?: InputMaybe<Role>;
};

/** The result of `updateUser`. */
export type UpdateUserPayload = {
  __typename?: 'UpdateUserPayload';
  /** The user, changed. */
  user: User;
};

/** Someone who may sign in or hold API tokens, with the role that says what they may do. */
export type User = {
  __typename?: 'User';
  /** Whether the user may sign in and use API tokens. */
  active: Scalars['Boolean']['output'];
  /** Whether the user has a password, so may sign in (otherwise only API tokens work). */
  canSignIn: Scalars['Boolean']['output'];
  /** When the user was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** When the user was disabled; null while they may act. */
  disabledAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** The user's ID; admins name users by `name`, which is also unique. */
  id: Scalars['ID']['output'];
  /** The name the user signs in with; unique. */
  name: Scalars['String']['output'];
  /** What the user may do. */
  role: Role;
};
