import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <section>
      <h1>Not found</h1>
      <p>
        Nothing lives at this address. Try the <Link to="/">overview</Link>, or search for an actor there.
      </p>
    </section>
  );
}
