import type { EntityManager } from '@mikro-orm/core';
import { Document } from '../document/document.entity.js';
import { Evidence } from '../evidence/evidence.entity.js';
import { deleteRecorded } from '../history/delete-recorded.js';
import { FACT_TYPES } from './fact-types.js';
import type { Fact, FactType, PlannedFact, Referable, ReferenceKind, WriteContext } from './fact-type.js';
import type { LoadedBundle } from './load-bundle.js';
import type { ValidBundle } from './validate-bundle.js';

/** Every fact type, each followed by the types of its parts: the order facts are written in. */
function allTypes(types: readonly FactType<Fact>[]): FactType<Fact>[] {
  return types.flatMap((type) => [type, ...(type.parts ? allTypes([type.parts.type]) : [])]);
}

/** Removes every fact a document contributed, last written first (actors stay: other documents name them). */
async function clearDocument(em: EntityManager, document: Document) {
  await deleteRecorded(em, Evidence, 'document', [document.id]);
  for (const type of allTypes(FACT_TYPES).reverse()) await type.clear?.(em, document);
  em.clear();
}

/** Writes each fact, registers it under its key for the facts after it, and adds its evidence. */
function writeFacts(context: WriteContext, written: Written, type: FactType<Fact>, facts: readonly PlannedFact[]) {
  const ordered = type.writeOrder ? [...facts].sort((a, b) => type.writeOrder?.(a, b) ?? 0) : facts;
  for (const fact of ordered) {
    const entity = type.write(fact.item, fact, context);
    if (type.defines && type.keyOf) written.register(type.defines, type.keyOf(fact.item), entity);
    for (const span of fact.spans) {
      context.em.create(Evidence, { document: context.document, ...span, [type.evidence]: entity });
    }
    if (type.parts) writeFacts(context, written, type.parts.type, fact.parts);
  }
}

/** The facts written so far (and those found in the database), by what they are and their key. */
class Written {
  readonly #byKind = new Map<ReferenceKind, Map<string, object>>();

  register(kind: ReferenceKind, key: string, entity: object): void {
    let byKey = this.#byKind.get(kind);
    if (!byKey) this.#byKind.set(kind, (byKey = new Map<string, object>()));
    byKey.set(key, entity);
  }

  find<K extends ReferenceKind>(kind: K, key: string): Referable[K] | undefined {
    // Only fact types that define `kind` register entities under it; see FactType.defines.
    return this.#byKind.get(kind)?.get(key) as Referable[K] | undefined;
  }
}

/**
 * Writes a validated bundle in one transaction: an earlier import of the same document is cleared
 * first, then every fact is written in the order of FACT_TYPES, each with its evidence.
 */
export async function writeBundle(
  rootEm: EntityManager,
  valid: ValidBundle,
  { bundle, text }: LoadedBundle,
  bundleHash: string,
): Promise<void> {
  const { existingDocument } = valid;
  await rootEm.transactional(async (em) => {
    if (existingDocument) await clearDocument(em, existingDocument);

    const written = new Written();
    for (const type of FACT_TYPES) {
      if (!type.existing || !type.defines) continue;
      const keys = [...(valid.keys.get(type.defines) ?? [])];
      const found = keys.length ? await type.existing(em, keys) : new Map<string, object>();
      for (const [key, entity] of found) written.register(type.defines, key, entity);
    }
    const get = <K extends ReferenceKind>(kind: K, key: string): Referable[K] => {
      const entity = written.find(kind, key);
      if (!entity) throw new Error(`${kind} "${key}" was not written before it is referred to`);
      return entity;
    };

    const document =
      (existingDocument && (await em.findOne(Document, { id: existingDocument.id }, { populate: ['contributors'] }))) ??
      em.create(Document, { slug: bundle.document.slug, title: '', text: '', bundleHash: '' });
    const context: WriteContext = {
      em,
      document,
      get,
      maybe: (kind, key) => (key === undefined ? undefined : get(kind, key)),
      find: (kind, key) => written.find(kind, key),
    };
    for (const { type, facts } of valid.lists) writeFacts(context, written, type, facts);

    em.assign(document, {
      title: bundle.document.title,
      text,
      publisher: context.maybe('actor', bundle.document.publisher),
      publishedAt: bundle.document.publishedAt.date,
      publishedAtBasis: bundle.document.publishedAt.basis,
      url: bundle.document.url,
      bundleHash,
    });
    document.contributors.set(bundle.document.contributors.map((slug) => get('actor', slug)));
  });
}
