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
  /** Facts created or updated. */
  facts?: number;
  /** Facts deleted (counted when no fact was created or updated). */
  deleted?: number;
}

/** A bundle that would overwrite what editors did in the product; nothing was written. */
export class EditedDocumentError extends Error {
  constructor(
    readonly slug: string,
    readonly edits: DocumentEdits,
  ) {
    const { made = false, documentEdited = false, facts = 0, deleted = 0 } = edits;
    const plural = (count: number) => `${count} of its fact${count === 1 ? ' was' : 's were'}`;
    const changes = [
      ...(documentEdited ? ['the document itself was edited'] : []),
      ...(facts > 0 ? [`${plural(facts)} edited or created in the product`] : []),
      ...(deleted > 0 ? [`${plural(deleted)} deleted in the product`] : []),
    ];
    super(
      made
        ? `document "${slug}" was created in the product, not imported: a bundle cannot replace it (not even with --force); nothing was imported. Import the bundle under another slug.`
        : `document "${slug}" changed since its last import (${changes.join('; ')}); importing would overwrite those edits, so nothing was imported. Run the import with --force to replace them.`,
    );
    this.name = 'EditedDocumentError';
  }
}
