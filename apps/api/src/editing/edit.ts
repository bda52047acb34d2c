import { randomUUID } from 'node:crypto';
import { LockMode, ref, wrap, type EntityClass, type EntityManager, type Ref } from '@mikro-orm/core';
import { invalidInput, nodeNotFound, versionConflict, type InputProblem } from '../common/errors.js';
import { fromGlobalId } from '../common/global-id.js';
import { PartialDate } from '../common/partial-date.js';
import type { VersionedEntity } from '../common/versioned.entity.js';
import { Document } from '../document/document.entity.js';
import { Evidence, type EvidenceOwner } from '../evidence/evidence.entity.js';
import {
  columnLengthProblems,
  evidenceProblems,
  fieldProblems,
  resolveFactDate,
  type FactSection,
} from '../facts/fact-rules.js';
import { partialDateFormat } from '../facts/bundle.format.js';
import { citationsOf, type EvidenceInput } from './evidence.input.js';
import { dateSpecOf, type PartialDateInputType } from './partial-date.input.js';

/** A node a fact may belong to or refer to: an entity with an id, possibly in a document. */
interface Identified {
  id: number;
}

/**
 * One mutation's work inside its transaction: it finds what the input names, checks what the
 * input gives with the importer's rules, and collects every problem. `check()` throws them
 * together before the transaction flushes, so an invalid input writes nothing.
 */
export class Edit {
  readonly #problems: InputProblem[] = [];
  /** Slugs given to nodes in this change, which the database cannot see before the flush. */
  readonly #claimedSlugs = new Set<string>();

  constructor(readonly em: EntityManager) {}

  report(path: string, message: string): void {
    this.#problems.push({ path, message });
  }

  add(problems: readonly InputProblem[]): void {
    this.#problems.push(...problems);
  }

  /** How many problems were found so far: a part of the input is clean when it adds none. */
  get problemCount(): number {
    return this.#problems.length;
  }

  /**
   * Takes `slug` for a node of the type being created or renamed: false when a stored node has
   * it, or another node of this change took it first.
   */
  async claimSlug<T extends object>(entity: EntityClass<T>, slug: string): Promise<boolean> {
    const key = `${entity.name}:${slug}`;
    if (this.#claimedSlugs.has(key) || (await this.em.count(entity, { slug } as never))) return false;
    this.#claimedSlugs.add(key);
    return true;
  }

  /** Throws the problems found so far, if any. */
  check(): void {
    if (this.#problems.length) throw invalidInput(this.#problems);
  }

  /**
   * The node an update or delete is for, as of the `version` the client read: NOT_FOUND when
   * nothing of this type has the ID, CONFLICT when it changed since. An update needs no more:
   * its versioned UPDATE fails if another change commits first. A delete (`lock`) has no such
   * UPDATE, so on PostgreSQL the row stays locked until the change commits (SQLite runs one
   * write transaction at a time).
   */
  async target<T extends VersionedEntity<string>>(
    entity: EntityClass<T>,
    globalId: string,
    version: number,
    { lock = false, paths = { id: 'input.id', version: 'input.version' } } = {},
  ): Promise<T> {
    const node = await this.#find(entity, globalId, lock);
    if (!node) throw nodeNotFound(`No ${entity.name} has the ID "${globalId.slice(0, 80)}".`, paths.id);
    if (node.version !== version) {
      throw versionConflict(
        `${entity.name} "${globalId}" is at version ${node.version}, not ${version}: it changed since it was read. Read it again and reapply the change.`,
        node.version,
        paths.version,
      );
    }
    return node;
  }

  /** The node an ID names, for a reference at `path`; reports a problem when nothing of that type has it. */
  async reference<T extends object>(entity: EntityClass<T>, globalId: string, path: string): Promise<T | undefined> {
    const node = await this.#find(entity, globalId, false);
    if (!node) this.report(path, `no ${entity.name} has the ID "${globalId.slice(0, 80)}"`);
    return node ?? undefined;
  }

  /**
   * A reference an input field makes by ID: undefined leaves it as it is, null clears it (a
   * problem when `required`), an ID must name a node of the type. Returns undefined on a problem.
   */
  async link<T extends object>(
    entity: EntityClass<T>,
    globalId: string | null | undefined,
    path: string,
    required: boolean,
  ): Promise<T | null | undefined> {
    if (globalId === undefined) return undefined;
    if (globalId === null) {
      if (required) this.report(path, 'is required');
      return required ? undefined : null;
    }
    return this.reference(entity, globalId, path);
  }

  /** The document a fact belongs to, whole (its text and publication date check evidence and dates). */
  async documentOf(fact: { document: Identified }): Promise<Document> {
    return this.em.findOneOrFail<Document>('Document', { id: fact.document.id });
  }

  /**
   * Creates a fact of a document: finds the document the input names, lets `apply` check and
   * set the fields, and persists the fact when no problem was found.
   */
  async create<T extends { document: Ref<Document> }>(
    fact: T,
    documentId: string,
    apply: (document: Document) => Promise<void>,
  ): Promise<T> {
    const document = await this.reference(Document, documentId, 'input.documentId');
    if (document) {
      fact.document = ref(document);
      await apply(document);
    }
    this.check();
    this.em.persist(fact);
    return fact;
  }

  /** References a fact makes within its document must stay within it. */
  sameDocument(document: Document, referenced: { document: Identified } | null | undefined, path: string): void {
    if (referenced && referenced.document.id !== document.id) {
      this.report(path, 'belongs to another document than the fact');
    }
  }

  async #find<T extends object>(entity: EntityClass<T>, globalId: string, lock: boolean): Promise<T | null> {
    const decoded = /^[A-Za-z0-9_-]{1,200}$/.test(globalId) ? safeDecode(globalId) : undefined;
    if (!decoded || decoded.typeName !== entity.name) return null;
    const pessimistic = lock && this.em.getPlatform().constructor.name.startsWith('PostgreSql');
    return this.em.findOne(
      entity,
      { id: decoded.id } as never,
      pessimistic ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {},
    );
  }

  /** The fact's own fields checked with the importer's rules and its columns' lengths. */
  fields(section: FactSection, entityName: string, values: object, path = 'input'): void {
    this.add(fieldProblems(section, values, path));
    this.add(columnLengthProblems(this.em, entityName, values, path));
  }

  /** A date given as the importer takes it, resolved against the document's publication date; null clears it. */
  date(
    input: PartialDateInputType | null | undefined,
    document: Document,
    path: string,
  ): PartialDate | null | undefined {
    if (input == null) return input;
    const spec = dateSpecOf(input);
    const shape = partialDateFormat.safeParse(spec);
    if (!shape.success) {
      for (const issue of shape.error.issues) this.report(`${path}.${issue.path.map(String).join('.')}`, issue.message);
      return undefined;
    }
    const resolved = resolveFactDate(spec, document.publishedAt, path);
    if ('problem' in resolved) {
      this.report(resolved.problem.path, resolved.problem.message);
      return undefined;
    }
    this.add(columnLengthProblems(this.em, PartialDate.name, resolved.date, path));
    return Object.assign(new PartialDate(), resolved.date);
  }

  /**
   * Sets a fact's evidence in a document from the input, replacing what it had there (undefined
   * keeps it): each citation located in the document's text, as the importer locates quotes.
   */
  async evidence(
    section: FactSection,
    owner: EvidenceOwner,
    fact: object,
    document: Document,
    inputs: readonly EvidenceInput[] | null | undefined,
    path = 'input.evidence',
  ): Promise<void> {
    if (inputs === undefined) return;
    const { citations, problems } = citationsOf(inputs ?? [], path);
    this.add(problems);
    const located = evidenceProblems(section, document.text, citations, path);
    this.add(located.problems);
    if (problems.length || located.problems.length) return;
    // A fact not yet stored has no evidence to replace.
    if (isStored(fact)) {
      const old = await this.em.find(Evidence, { [owner]: fact, document });
      for (const evidence of old) this.em.remove(evidence);
    }
    for (const span of located.spans) this.em.create(Evidence, { document, ...span, [owner]: fact });
  }
}

function safeDecode(globalId: string): { typeName: string; id: number } | undefined {
  try {
    return fromGlobalId(globalId);
  } catch {
    return undefined;
  }
}

/**
 * A value for an optional property: null is written as NULL (the entities type optional
 * properties as possibly undefined; the ORM writes null for a cleared one).
 */
export function orNull<T>(value: T | null): T | undefined {
  return value as T | undefined;
}

/** A reference for an optional many-to-one property, or null to clear it. */
export function refOrNull<T extends object>(node: T | null): Ref<T> | undefined {
  return orNull(node ? ref(node) : null);
}

/**
 * The key of a fact made by editing, unique within its document: the bundle's keys are the
 * importer's, and keys are not part of the API.
 */
export function newKey(kind: string): string {
  return `${kind}-${randomUUID()}`;
}

/** Whether the entity is in the database already (an update), not one being created. */
export function isStored(entity: object): boolean {
  return wrap(entity, true).hasPrimaryKey();
}
