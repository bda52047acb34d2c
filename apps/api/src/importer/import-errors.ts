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

/**
 * A bundle that would overwrite what editors did in the product; nothing was written. `made`: the
 * document was created in the product (never imported); `edited`: the document itself was updated
 * since its import; `facts`: only facts were.
 */
export class EditedDocumentError extends Error {
  constructor(
    readonly slug: string,
    readonly reason: 'made' | 'edited' | 'facts',
    readonly editedFacts: number,
  ) {
    const facts = `${editedFacts} of its fact${editedFacts === 1 ? ' was' : 's were'} edited or created in the product`;
    super(
      reason === 'made'
        ? `document "${slug}" was created in the product, not imported: a bundle cannot replace it (not even with --force); nothing was imported. Import the bundle under another slug.`
        : `document "${slug}" changed since its last import (${reason === 'edited' ? `the document itself was edited; ${facts}` : facts}); importing would overwrite those edits, so nothing was imported. Run the import with --force to replace them.`,
    );
    this.name = 'EditedDocumentError';
  }
}
