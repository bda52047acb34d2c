import type { FigureItem_FigureFragment } from '@parley/schema';
import { AttributionLabel, EvidenceQuotes } from './evidence';
import { PartialDateLabel } from './partial-date-label';

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
  figure,
  showPeriod = true,
  level = 3,
}: {
  figure: FigureItem_FigureFragment;
  showPeriod?: boolean;
  level?: 2 | 3;
}) {
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
