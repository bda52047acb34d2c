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
