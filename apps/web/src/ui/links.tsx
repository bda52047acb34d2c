import { Link } from 'react-router';

export function ActorLink({ actor }: { actor: { slug: string; name: string } }) {
  return (
    <Link className="actor-link" to={`/actors/${actor.slug}`}>
      {actor.name}
    </Link>
  );
}

/** Deep link to a span of a document in the reader. */
export function readerHref(documentSlug: string, start: number, end: number): string {
  return `/documents/${documentSlug}#${start}-${end}`;
}
