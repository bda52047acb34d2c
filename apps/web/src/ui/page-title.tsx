/**
 * The document title for a view. React 19 hoists `<title>` into the head, so each view names
 * itself where it renders, and screen readers announce the new page after a navigation.
 */
export function PageTitle({ children }: { children: string }) {
  return <title>{`${children} · Parley`}</title>;
}
