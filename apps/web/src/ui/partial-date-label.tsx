import { formatPartialDate, type PartialDateValue } from '../lib/partial-date';

/** A date shown as precisely as the source gives it, with its words and basis on hover. */
export function PartialDateLabel({ date }: { date: (PartialDateValue & { basis?: string | null }) | null | undefined }) {
  if (!date) return <span className="date date-none">undated</span>;
  const title = [date.text && `“${date.text}”`, date.basis && `Basis: ${date.basis}`].filter(Boolean).join(' — ');
  return (
    <time className="date" dateTime={date.start ?? undefined} title={title || undefined}>
      {formatPartialDate(date)}
      {date.basis ? <sup className="date-basis" aria-label="dated from outside the text">†</sup> : null}
    </time>
  );
}
