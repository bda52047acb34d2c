import { readFile, realpath } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { bundleFormat, type StoryBundle } from '../facts/bundle.format.js';
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

/** Reads and parses a JSON file; every failure is a BundleError naming the file. */
async function readJson(file: string): Promise<unknown> {
  let json: string;
  try {
    json = await readFile(resolve(file), 'utf8');
  } catch (error) {
    throw new BundleError(file, [{ path: '', message: `cannot read the file (${reasonOf(error)})` }]);
  }
  try {
    return JSON.parse(json);
  } catch (error) {
    throw new BundleError(file, [{ path: '', message: `not valid JSON: ${(error as Error).message}` }]);
  }
}

/** The format of a file holding several stories (the API's `/export/bundle.json` without `?document`). */
export const COLLECTION_FORMAT = 'parley-export/1';

/**
 * The stories in a file: one story bundle, or a collection (`{"format":"parley-export/1","stories":[…]}`)
 * whose stories carry their text inline. Each is parsed and validated as loadBundleFile does.
 */
export async function loadBundleFiles(file: string): Promise<LoadedBundle[]> {
  const raw = await readJson(file);
  const collection = raw as { format?: unknown; stories?: unknown };
  if (collection.format !== COLLECTION_FORMAT) return [await loadBundleFile(file, raw)];
  if (!Array.isArray(collection.stories)) {
    throw new BundleError(file, [{ path: 'stories', message: 'must be a list of story bundles' }]);
  }
  return collection.stories.map((story, index) => {
    const source = `${file} stories[${index}]`;
    const bundle = parseBundle(story, source);
    if (bundle.document.text === undefined) {
      throw new BundleError(source, [{ path: 'document', message: 'a story in a collection carries its "text"' }]);
    }
    return { bundle, text: bundle.document.text, source };
  });
}

/** Reads one story bundle and its text (`raw`: the file's JSON, when the caller has read it already). */
export async function loadBundleFile(file: string, raw?: unknown): Promise<LoadedBundle> {
  const path = resolve(file);
  const bundle = parseBundle(raw ?? (await readJson(file)), file);
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
