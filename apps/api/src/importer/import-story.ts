import type { EntityManager } from '@mikro-orm/core';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { createHash } from 'node:crypto';
import { Document } from '../document/document.entity.js';
import { ChangeKind } from '../history/change-kind.js';
import { recording } from '../history/change-recorder.js';
import type { Fact, FactType, PlannedFact } from './fact-type.js';
import { editsSinceImport } from './edits-since-import.js';
import { EditedDocumentError } from './import-errors.js';
import type { LoadedBundle } from './load-bundle.js';
import { validateBundle, type ValidBundle } from './validate-bundle.js';
import { writeBundle } from './write-bundle.js';

export interface ImportResult {
  document: string;
  /** created: new document; replaced: its facts were rewritten; unchanged: same bundle as last time. */
  status: 'created' | 'replaced' | 'unchanged';
  counts: Record<string, number>;
}

export function bundleHash({ bundle, text }: LoadedBundle): string {
  return createHash('sha256').update(JSON.stringify(bundle)).update('\0').update(text).digest('hex');
}

/** How many facts of each type a bundle holds, and how many evidence spans in all. */
function countFacts({ lists }: ValidBundle): Record<string, number> {
  const counts: Record<string, number> = {};
  let evidence = 0;
  const count = (type: FactType<Fact>, facts: readonly PlannedFact[]) => {
    const name = type.counted ?? type.list;
    counts[name] = (counts[name] ?? 0) + facts.length;
    for (const fact of facts) evidence += fact.spans.length;
    if (type.parts)
      count(
        type.parts.type,
        facts.flatMap((fact) => fact.parts),
      );
  };
  for (const { type, facts } of lists) count(type, facts);
  return { ...counts, evidence };
}

/** The PostgreSQL advisory lock imports take, so that two never interleave ("import" in ASCII). */
export const IMPORT_LOCK_KEY = 0x69_6d_70_6f_72_74;

/**
 * Makes every other import wait until this transaction ends. PostgreSQL: an advisory lock.
 * SQLite: a write that changes nothing still takes the database's write lock, and a second
 * writer waits for it (the connection's busy timeout) instead of failing half-way.
 */
async function waitForOtherImports(em: EntityManager): Promise<void> {
  const postgres = em.getDriver() instanceof PostgreSqlDriver;
  const table = em.getMetadata().get(Document.name).tableName;
  const sql = postgres ? 'select pg_advisory_xact_lock(?)' : `update ${table} set id = id where 0`;
  await em.getConnection().execute(sql, postgres ? [IMPORT_LOCK_KEY] : [], 'run', em.getTransactionContext());
}

/** Who imports, as the change history records it; nobody for the command line and the seed. */
export interface Importer {
  userId: number;
  name: string;
}

/**
 * Refuses to replace a document made in the product, or one changed since its import (unless
 * forced): the history shows every change since the document's last import that wrote its rows
 * (see editsSinceImport).
 */
async function refuseToOverwriteEdits(em: EntityManager, document: Document, force: boolean): Promise<void> {
  // A document made with createDocument was never imported: the bundle would replace all of it.
  if (!document.bundleHash) throw new EditedDocumentError(document.slug, { made: true });
  if (force) return;
  const edits = await editsSinceImport(em, document);
  if (edits) throw new EditedDocumentError(document.slug, edits);
}

export interface ImportOptions {
  /** Replace the document even when editors changed it or its facts since its last import. */
  force?: boolean;
  /** Who imports, for the change history; nobody for the command line and the seed. */
  by?: Importer;
}

/**
 * Imports a bundle: validated completely first (nothing is written when any fact is wrong), then
 * written, in one transaction that other imports wait for: two imports at once run one after the
 * other. Importing the same bundle again changes nothing; a changed bundle replaces that
 * document's facts, unless editors changed the document since it was imported (see
 * refuseToOverwriteEdits). What it writes is one recorded change of kind `import`.
 */
export async function importStory(
  rootEm: EntityManager,
  loaded: LoadedBundle,
  { force = false, by }: ImportOptions = {},
): Promise<ImportResult> {
  const hash = bundleHash(loaded);
  const document = loaded.bundle.document.slug;
  return rootEm.fork().transactional(async (em) => {
    await waitForOtherImports(em);
    const valid = await validateBundle(em, loaded);
    if (valid.existingDocument?.bundleHash === hash) return { document, status: 'unchanged', counts: {} };
    if (valid.existingDocument) await refuseToOverwriteEdits(em, valid.existingDocument, force);
    const header = {
      kind: ChangeKind.IMPORT,
      summary: `${valid.existingDocument ? 'Re-imported' : 'Imported'} ${document}`,
      userId: by?.userId ?? null,
      userName: by?.name ?? null,
    };
    await recording(em, header, () => writeBundle(em, valid, loaded, hash));
    return { document, status: valid.existingDocument ? 'replaced' : 'created', counts: countFacts(valid) };
  });
}
