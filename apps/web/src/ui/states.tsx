import type { ReactNode } from 'react';

export function LoadingState({ what = 'Loading' }: { what?: string }) {
  return (
    <p className="state state-loading" role="status" aria-live="polite">
      {what}…
    </p>
  );
}

export function ErrorState({ error, retry }: { error: { message: string }; retry?: () => void }) {
  return (
    <div className="state state-error" role="alert">
      <p>Something went wrong: {error.message}</p>
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
