/** Says so when a view shows only the first page of a longer list, rather than hiding the rest. */
export function TruncationNote({
  shown,
  total,
  what,
}: {
  shown: number;
  total: number | null | undefined;
  what: string;
}) {
  if (total == null || total <= shown) return null;
  return (
    <p className="state state-note" role="note">
      Showing the first {shown} of {total} {what}.
    </p>
  );
}
