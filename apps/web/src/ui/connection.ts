/**
 * Whether an error means the server could not be reached (offline, server down, a new release
 * whose code the page cannot download), rather than the server answering with a problem.
 * Browsers word these differently: "Failed to fetch" (Chromium), "NetworkError when attempting to
 * fetch resource" (Firefox), "Load failed" (Safari), and for code-split views "Failed to fetch
 * dynamically imported module" / "Importing a module script failed".
 */
export function isConnectionError(error: unknown): boolean {
  if (typeof navigator !== 'undefined' && !navigator.onLine) return true;
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  return /failed to fetch|networkerror|load failed|dynamically imported module|importing a module script failed|error loading dynamically/i.test(
    message,
  );
}

/** What a reader is told instead of a browser's technical wording. */
export const CONNECTION_LOST = 'Parley could not reach the server. Check your connection, then try again.';
