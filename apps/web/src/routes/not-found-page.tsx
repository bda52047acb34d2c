import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { PageTitle } from '../ui/page-title';

/**
 * A view for an address that names nothing: an unknown route, actor or document. It says so in its
 * markup (`data-status`), and a page the server renders with it answers 404.
 */
export function NotFoundPage({ title = 'Not found', children }: { title?: string; children?: ReactNode }) {
  return (
    <section className="not-found" data-status="404">
      <PageTitle>{title}</PageTitle>
      <h1>{title}</h1>
      {children ?? (
        <p>
          Nothing lives at this address. Try the <Link to="/">overview</Link>, or search for an actor there.
        </p>
      )}
    </section>
  );
}
