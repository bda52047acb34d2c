import type { EntityManager } from '@mikro-orm/core';
import { Document } from '../document/document.entity.js';
import type { EvidenceQuote, PartialDateInput, StoryBundle } from './bundle.format.js';
import type { ResolvedDate } from './date-words.js';
import type { Span } from './evidence-locator.js';
import { columnLengthProblems, locateCitation, resolveFactDate } from '../facts/fact-rules.js';
import { FACT_TYPES } from './fact-types.js';
import {
  ref,
  refs,
  type Fact,
  type FactType,
  type PlannedFact,
  type Reference,
  type ReferenceKind,
  type SectionType,
} from './fact-type.js';
import { BundleError, type BundleProblem } from './import-errors.js';
import type { LoadedBundle } from './load-bundle.js';

/** A bundle checked against itself, its text and the database: everything needed to write it. */
export interface ValidBundle {
  /** Every fact, per top-level list, in the order of FACT_TYPES. */
  lists: { type: SectionType; facts: PlannedFact[] }[];
  /** Every key a fact may be referred to by, defined in the bundle or found in the database. */
  keys: Keys;
  /** The document as an earlier import left it, if any. */
  existingDocument: Document | null;
}

type Report = (path: string, message: string) => void;
type Keys = Map<ReferenceKind, Set<string>>;

/** A fact found in the bundle, with its path, before it is checked. */
interface Entry {
  type: FactType<Fact>;
  item: Fact;
  path: string;
  parts: Entry[];
}

const itemsOf = (bundle: StoryBundle, type: SectionType): readonly Fact[] => bundle[type.list];

function entriesOf(type: FactType<Fact>, items: readonly Fact[], list: string): Entry[] {
  return items.map((item, index) => {
    const path = `${list}[${index}]`;
    const parts = type.parts ? entriesOf(type.parts.type, type.parts.of(item), `${path}.${type.parts.type.list}`) : [];
    return { type, item, path, parts };
  });
}

/** Each entry, then its parts. */
function* walk(entries: readonly Entry[]): Generator<Entry> {
  for (const entry of entries) {
    yield entry;
    yield* walk(entry.parts);
  }
}

/** The document's own references: its publisher and contributors. */
function documentReferences(document: StoryBundle['document']): Reference[] {
  return [ref('publisher', 'actor', document.publisher), ...refs('contributors', 'actor', document.contributors)];
}

/** Checks that keys are unique within their list; returns those other facts refer to, by what they name. */
function definedKeys(bundle: StoryBundle, report: Report): Keys {
  const keys: Keys = new Map();
  for (const type of FACT_TYPES) {
    if (!type.keyOf) continue;
    const seen = new Set<string>();
    for (const [index, item] of itemsOf(bundle, type).entries()) {
      const key = type.keyOf(item);
      if (seen.has(key)) report(`${type.list}[${index}]`, `"${key}" is defined twice`);
      seen.add(key);
    }
    if (type.defines) keys.set(type.defines, seen);
  }
  return keys;
}

/**
 * Adds the keys that references name but the bundle does not define, where the database has them
 * (actors an earlier story defined). Returns the kinds looked up there.
 */
async function addKeysFromDatabase(
  em: EntityManager,
  references: readonly Reference[],
  keys: Keys,
): Promise<Set<ReferenceKind>> {
  const lookedUp = new Set<ReferenceKind>();
  for (const type of FACT_TYPES) {
    if (!type.existing || !type.defines) continue;
    const kind = type.defines;
    const defined = keys.get(kind) ?? new Set<string>();
    const outside = new Set(references.flatMap((r) => (r.to === kind && r.key && !defined.has(r.key) ? [r.key] : [])));
    const found = outside.size ? await type.existing(em, [...outside]) : new Map<string, object>();
    keys.set(kind, new Set([...defined, ...found.keys()]));
    lookedUp.add(kind);
  }
  return lookedUp;
}

/** Checks that the bundle takes no global slug (an event's, a negotiation's) another document owns. */
async function checkGlobalSlugs(em: EntityManager, bundle: StoryBundle, document: Document | null, report: Report) {
  for (const type of FACT_TYPES) {
    if (!type.globalSlugs || !type.keyOf) continue;
    const slugs: string[] = [];
    for (const item of itemsOf(bundle, type)) slugs.push(type.keyOf(item));
    if (!slugs.length) continue;
    const taken = await em.find(type.globalSlugs, { slug: { $in: slugs }, document: { $ne: document?.id ?? 0 } });
    for (const other of taken) {
      report(`${type.list}[${slugs.indexOf(other.slug)}].slug`, `"${other.slug}" belongs to another document`);
    }
  }
}

/** What planning a fact checks against: the references it may make, the publication date, the text. */
interface Checks {
  resolve(path: string, reference: Reference): void;
  date(path: string, spec: PartialDateInput | undefined): ResolvedDate | undefined;
  quotes(path: string, quotes: EvidenceQuote[]): Span[];
}

function checksFor(
  text: string,
  publishedAt: string,
  keys: Keys,
  lookedUp: Set<ReferenceKind>,
  report: Report,
): Checks {
  return {
    resolve(path, { field, to, key }) {
      if (key === undefined || keys.get(to)?.has(key)) return;
      report(`${path}.${field}`, `no ${to} "${key}" in this bundle${lookedUp.has(to) ? ' or the database' : ''}`);
    },
    date(path, spec) {
      if (spec === undefined) return undefined;
      const resolved = resolveFactDate(spec, publishedAt, path);
      if ('problem' in resolved) {
        report(resolved.problem.path, resolved.problem.message);
        return undefined;
      }
      return resolved.date;
    },
    quotes(path, quotes) {
      return quotes.flatMap((quote, index) => {
        const located = locateCitation(text, quote);
        if ('message' in located) {
          report(`${path}.evidence[${index}]`, located.message);
          return [];
        }
        return [located];
      });
    },
  };
}

/** Plans a fact, then its parts: its own checks, references, dates and evidence, problems in that order. */
function planFact({ type, item, path, parts }: Entry, checks: Checks, report: Report): PlannedFact {
  for (const { field, message } of type.check?.(item) ?? []) report(`${path}.${field}`, message);
  for (const reference of type.references?.(item) ?? []) checks.resolve(path, reference);
  const dates = Object.fromEntries(
    Object.entries(type.dates?.(item) ?? {}).map(([field, spec]) => [field, checks.date(`${path}.${field}`, spec)]),
  );
  const spans = checks.quotes(path, item.evidence);
  return { item, path, dates, spans, parts: parts.map((part) => planFact(part, checks, report)) };
}

/** Strings longer than their column (see columnLengthProblems). */
function checkLengths(em: EntityManager, entityName: string, item: object, path: string, report: Report): void {
  for (const problem of columnLengthProblems(em, entityName, item, path)) report(problem.path, problem.message);
}

/**
 * Checks everything the bundle says before any write: every key defined once, every reference
 * resolved (actors may also be ones the database has), every quote located in the text, every date
 * resolved. Collects every problem, each with its path in the file, and throws them together.
 */
export async function validateBundle(em: EntityManager, { bundle, text, source }: LoadedBundle): Promise<ValidBundle> {
  const problems: BundleProblem[] = [];
  const report: Report = (path, message) => problems.push({ path, message });

  const keys = definedKeys(bundle, report);
  const lists = FACT_TYPES.map((type) => ({ type, entries: entriesOf(type, itemsOf(bundle, type), type.list) }));
  const references = [
    ...documentReferences(bundle.document),
    ...[...walk(lists.flatMap(({ entries }) => entries))].flatMap(({ type, item }) => type.references?.(item) ?? []),
  ];
  const lookedUp = await addKeysFromDatabase(em, references, keys);
  const checks = checksFor(text, bundle.document.publishedAt.date, keys, lookedUp, report);
  documentReferences(bundle.document).forEach((reference) => checks.resolve('document', reference));

  checkLengths(em, Document.name, bundle.document, 'document', report);
  for (const { type, item, path } of walk(lists.flatMap(({ entries }) => entries))) {
    checkLengths(em, type.evidence, item, path, report);
  }

  const existingDocument = await em.findOne(Document, { slug: bundle.document.slug });
  await checkGlobalSlugs(em, bundle, existingDocument, report);

  // Each fact in bundle order, its parts right after it.
  const planned = lists.map(({ type, entries }) => ({
    type,
    facts: entries.map((entry) => planFact(entry, checks, report)),
  }));
  if (problems.length) throw new BundleError(source, problems);
  return { lists: planned, keys, existingDocument };
}
