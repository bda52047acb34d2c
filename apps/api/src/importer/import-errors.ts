/** One problem in a bundle, located by its path in the file ("relations[3].evidence[0].quote"). */
export interface BundleProblem {
  path: string;
  message: string;
}

/** A bundle that cannot be imported; nothing was written. */
export class BundleError extends Error {
  constructor(
    readonly source: string,
    readonly problems: BundleProblem[],
  ) {
    super(
      `${source}: ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was imported.\n` +
        problems.map((problem) => `  ${problem.path || '(root)'}: ${problem.message}`).join('\n'),
    );
    this.name = 'BundleError';
  }
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${String(part)}` : String(part)),
    '',
  );
}

/** What editors changed in a document since its last import. */
export interface DocumentEdits {
  /** The document was created in the product, never imported. */
  made?: boolean;
  /** The document itself was updated. */
  documentEdited?: boolean;
  /** Facts (actors the document names among them) updated, or whose evidence, parts or lists changed. */
  edited?: number;
  /** Facts created in the product since the import (and still there). */
  created?: number;
  /** Facts the import wrote that were deleted in the product since. */
  deleted?: number;
}

/** A bundle that would overwrite what editors did in the product; nothing was written. */
export class EditedDocumentError extends Error {
  constructor(
    readonly slug: string,
    readonly edits: DocumentEdits,
  ) {
    const { made = false, documentEdited = false, edited = 0, created = 0, deleted = 0 } = edits;
    const facts = (count: number, what: string) => `${count} fact${count === 1 ? ' was' : 's were'} ${what}`;
    const changes = [
      ...(documentEdited ? ['the document itself was edited'] : []),
      ...(edited > 0 ? [facts(edited, 'edited')] : []),
      ...(created > 0 ? [facts(created, 'created')] : []),
      ...(deleted > 0 ? [facts(deleted, 'deleted')] : []),
    ];
    super(
      made
        ? `document "${slug}" was created in the product, not imported: a bundle cannot replace it (not even with --force); nothing was imported. Import the bundle under another slug.`
        : `document "${slug}" changed since its last import (${changes.join('; ')} in the product); importing would overwrite those edits, so nothing was imported. Run the import with --force to replace them.`,
    );
    this.name = 'EditedDocumentError';
  }
}
