import { formatPartialDate, machineDate } from '../lib/partial-date';
import { getFragmentData, graphql, type FragmentType } from '../gql';

export const PartialDateLabel_date = graphql(`
  fragment PartialDateLabel_date on PartialDate {
    text
    start
    end
    precision
    basis
  }
`);

export const DateBasis_date = graphql(`
  fragment DateBasis_date on PartialDate {
    basis
  }
`);

interface PartialDateLabelProps {
  date: FragmentType<typeof PartialDateLabel_date> | null | undefined;
  /** Also show the source's own words for the date ("Tuesday", "last year"). */
  words?: boolean;
}

/**
 * A date shown as precisely as the source gives it, never more. A † marks a date that rests on
 * something outside the text; its basis is read out to screen readers and shown on hover.
 */
export function PartialDateLabel({ words = false, ...props }: PartialDateLabelProps) {
  const date = getFragmentData(PartialDateLabel_date, props.date);
  if (!date) return <span className="date date-none">undated</span>;
  const label = formatPartialDate(date);
  const machine = machineDate(date);
  const title = [date.text && `“${date.text}”`, date.basis && `Basis: ${date.basis}`].filter(Boolean).join(' — ');
  return (
    <span className="date" title={title || undefined}>
      {machine ? (
        <time className="date-label" dateTime={machine}>
          {label}
        </time>
      ) : (
        <span className="date-label">{label}</span>
      )}
      {date.basis ? (
        <>
          <sup className="date-basis" aria-hidden="true">
            †
          </sup>
          <span className="sr-only"> (dated from outside the text: {date.basis})</span>
        </>
      ) : null}
      {words && date.text && date.start ? (
        <>
          {' '}
          <q className="date-words">{date.text}</q>
        </>
      ) : null}
    </span>
  );
}

/** Why a date is what it is, when it rests on something outside the text: a disclosure. */
export function DateBasis(props: { date: FragmentType<typeof DateBasis_date> | null | undefined }) {
  const date = getFragmentData(DateBasis_date, props.date);
  if (!date?.basis) return null;
  return (
    <details className="date-basis-note">
      <summary>Why this date</summary>
      <p>{date.basis}</p>
    </details>
  );
}
