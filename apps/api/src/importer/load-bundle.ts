import { readFile, realpath } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { bundleFormat, type StoryBundle } from './bundle.format.js';
import { BundleError, formatPath } from './import-errors.js';

export interface LoadedBundle {
  bundle: StoryBundle;
  /** The document text, exactly as stored in its file. */
  text: string;
  source: string;
}

/** Parses and validates a bundle's shape (zod), and reads its text: every problem with its path. */
export function parseBundle(raw: unknown, source: string): StoryBundle {
  const parsed = bundleFormat.safeParse(raw);
  if (!parsed.success) {
    throw new BundleError(
      source,
      parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
    );
  }
  const { document } = parsed.data;
  if (Boolean(document.text) === Boolean(document.textFile)) {
    throw new BundleError(source, [{ path: 'document', message: 'give exactly one of "text" or "textFile"' }]);
  }
  return parsed.data;
}

/** Why a file could not be read: its error code ("ENOENT") where it has one. */
function reasonOf(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? String(error);
}

export async function loadBundleFile(file: string): Promise<LoadedBundle> {
  const path = resolve(file);
  let json: string;
  try {
    json = await readFile(path, 'utf8');
  } catch (error) {
    throw new BundleError(file, [{ path: '', message: `cannot read the file (${reasonOf(error)})` }]);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    throw new BundleError(file, [{ path: '', message: `not valid JSON: ${(error as Error).message}` }]);
  }
  const bundle = parseBundle(raw, file);
  const { text, textFile } = bundle.document;
  // parseBundle lets through exactly one of the two.
  if (textFile === undefined) return { bundle, text: text ?? '', source: file };
  // The text lives next to the bundle: a path out of its folder (`../../etc/passwd`, an absolute
  // path, a symbolic link pointing elsewhere) would import any file the importer can read.
  const outside = new BundleError(file, [
    { path: 'document.textFile', message: `must name a file in the bundle's own folder, got ${textFile}` },
  ]);
  if (isAbsolute(textFile)) throw outside;
  try {
    const folder = await realpath(dirname(path));
    const textPath = await realpath(resolve(dirname(path), textFile));
    const inside = relative(folder, textPath);
    if (!inside || inside.startsWith('..') || isAbsolute(inside)) throw outside;
    return { bundle, text: await readFile(textPath, 'utf8'), source: file };
  } catch (error) {
    if (error === outside) throw outside;
    throw new BundleError(file, [
      {
        path: 'document.textFile',
        message: `cannot read ${textFile} (${reasonOf(error)})`,
      },
    ]);
  }
}
