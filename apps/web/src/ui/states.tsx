import type { ReactNode } from 'react';
import { CONNECTION_LOST, isConnectionError } from './connection';

export function LoadingState({ what = 'Loading' }: { what?: string }) {
  return (
    <p className="state state-loading" role="status" aria-live="polite">
      {what}…
    </p>
  );
}

/** A failed request: a lost connection in plain words, anything else with the server's message. */
export function ErrorState({ error, retry }: { error: Error; retry?: () => void }) {
  return (
    <div className="state state-error" role="alert">
      <p>{isConnectionError(error) ? CONNECTION_LOST : `Something went wrong: ${error.message}`}</p>
      {retry && (
        <button type="button" onClick={() => retry()}>
          Try again
        </button>
      )}
    </div>
  );
}

export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="state state-empty">{children}</p>;
}
