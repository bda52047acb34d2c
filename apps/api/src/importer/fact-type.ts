import type { EntityClass, EntityManager, Ref } from '@mikro-orm/core';
import type { Actor } from '../actor/actor.entity.js';
import type { Attribution } from '../attribution/attribution.entity.js';
import type { Document } from '../document/document.entity.js';
import { deleteRecorded } from '../history/delete-recorded.js';
import type { Event } from '../event/event.entity.js';
import type { EvidenceOwner } from '../evidence/evidence.entity.js';
import type { EvidenceQuote, PartialDateInput, StoryBundle } from '../facts/bundle.format.js';
import type { ResolvedDate } from '../facts/date-words.js';
import type { Span } from '../facts/evidence-locator.js';

/** What a fact may refer to, by the key the bundle gives it, and what each is once written. */
export interface Referable {
  actor: Actor;
  attribution: Attribution;
  event: Event;
}

export type ReferenceKind = keyof Referable;

/** A fact's reference to another fact: the field it is in (relative to the fact), what it names. */
export interface Reference {
  field: string;
  to: ReferenceKind;
  key: string | undefined;
}

/** The reference in `field`, if the fact gives one. */
export function ref(field: string, to: ReferenceKind, key: string | undefined): Reference {
  return { field, to, key };
}

/** The references in the list `field`, one per entry. */
export function refs(field: string, to: ReferenceKind, keys: readonly string[]): Reference[] {
  return keys.map((key, index) => ({ field: `${field}[${index}]`, to, key }));
}

/** What every fact in a bundle has: the quotes of its evidence. */
export interface Fact {
  evidence: EvidenceQuote[];
}

/** A fact that passed every check: its evidence located, its dates resolved, its parts planned too. */
export interface PlannedFact<Item extends Fact = Fact> {
  item: Item;
  /** Where it is in the bundle file ("events[3]"). */
  path: string;
  /** Its dates, by the field they are in. */
  dates: Readonly<Record<string, ResolvedDate | undefined>>;
  spans: Span[];
  parts: PlannedFact[];
}

/** What a fact type writes with: the transaction, the document, and the facts written before. */
export interface WriteContext {
  em: EntityManager;
  document: Document;
  /** The fact written (or found in the database) under this key. */
  get: <K extends ReferenceKind>(kind: K, key: string) => Referable[K];
  /** Same, for an optional reference. */
  maybe: <K extends ReferenceKind>(kind: K, key: string | undefined) => Referable[K] | undefined;
  /** The fact under this key if there is one yet. */
  find: <K extends ReferenceKind>(kind: K, key: string) => Referable[K] | undefined;
}

/**
 * One kind of fact a story bundle holds: where its list is, how its entries are keyed and checked,
 * what they refer to, and how one is written and cleared. The importer validates and writes every
 * fact type the same way, in the order of FACT_TYPES. Members are methods so that the table can
 * hold fact types of different items side by side.
 */
export interface FactType<Item extends Fact> {
  /** Its list in the bundle, as problem paths name it ("relations"; "participants" within an event). */
  list: string;
  /** Its name in import counts, when that is not its list's ("participations"). */
  counted?: string;
  /** Its key, which must be unique within the bundle. */
  keyOf?(item: Item): string;
  /** What other facts call it when they refer to it by its key. */
  defines?: ReferenceKind;
  /** Facts of this type already in the database, by key, that the bundle may refer to or update. */
  existing?(em: EntityManager, keys: string[]): Promise<Map<string, object>>;
  /** Entity whose slugs are global: a bundle must not take one another document owns. */
  globalSlugs?: EntityClass<{ slug: string; document: Ref<Document> }>;
  /** Checks beyond the bundle format and references, each problem at a field of the fact. */
  check?(item: Item): { field: string; message: string }[];
  /** Its references to other facts, in the order their problems are reported. */
  references?(item: Item): Reference[];
  /** Its dates as the bundle gives them, by field. */
  dates?(item: Item): Record<string, PartialDateInput | undefined>;
  /** Its column on Evidence. */
  evidence: EvidenceOwner;
  /** Facts listed inside each of these ones (an event's participants), checked and written right after it. */
  parts?: { type: FactType<Fact>; of(item: Item): Fact[] };
  /** The order to write in, when it is not the bundle's. */
  writeOrder?(a: PlannedFact<Item>, b: PlannedFact<Item>): number;
  /** Creates (or updates) its entity; the importer adds its evidence. */
  write(item: Item, fact: PlannedFact<Item>, context: WriteContext): object;
  /** Removes what a document contributed of this type, before the document is imported again. */
  clear?(em: EntityManager, document: Document): Promise<void>;
}

/** The bundle's top-level fact lists. */
export type Section = Exclude<keyof StoryBundle, 'format' | 'document'>;

/** A fact type listed at the top of the bundle. */
export type SectionType = FactType<Fact> & { list: Section };

/** Declares the fact type of a top-level list, with its entries' type taken from the bundle format. */
export function section<S extends Section>(
  list: S,
  type: Omit<FactType<StoryBundle[S][number]>, 'list'>,
): FactType<StoryBundle[S][number]> & { list: S } {
  return { list, ...type };
}

/** Clears the rows of an entity that belong to the document. */
export function byDocument(entity: EntityClass<{ document: unknown }>) {
  return async (em: EntityManager, document: Document): Promise<void> => {
    await deleteRecorded(em, entity, 'document', [document.id]);
  };
}
