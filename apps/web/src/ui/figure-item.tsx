import { AttributionLabel, EvidenceQuotes } from './evidence';
import { PartialDateLabel } from './partial-date-label';
import { getFragmentData, graphql, type FragmentType } from '../gql';

export const FigureItem_figure = graphql(`
  fragment FigureItem_figure on Figure {
    id
    amount
    currency
    summary
    modality
    condition
    period {
      ...PartialDateLabel_date
    }
    attribution {
      ...AttributionLabel_attribution
    }
    evidence {
      id
      ...EvidenceQuotes_evidence
    }
  }
`);

/** "$740M", "$2B": amounts as a reader says them, in the figure's own currency. */
export function formatAmount(amount: number, currency: string): string {
  return new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency,
    notation: 'compact',
    maximumFractionDigits: 1,
  }).format(amount);
}

/** One figure: the amount, what it counts and for when, who estimates it, and the words. */
export function FigureItem({
  showPeriod = true,
  level = 3,
  ...props
}: {
  figure: FragmentType<typeof FigureItem_figure>;
  showPeriod?: boolean;
  level?: 2 | 3;
}) {
  const figure = getFragmentData(FigureItem_figure, props.figure);
  const Heading = `h${level}` as const;
  return (
    <article className="card figure">
      <Heading>
        {formatAmount(figure.amount, figure.currency)}
        {figure.modality === 'POSSIBLE' ? <span className="badge">possible</span> : null}
        {showPeriod ? (
          <>
            {' '}
            <PartialDateLabel date={figure.period} />
          </>
        ) : null}
      </Heading>
      <p>{figure.summary}</p>
      <AttributionLabel attribution={figure.attribution} />
      <EvidenceQuotes evidence={figure.evidence} />
    </article>
  );
}
