import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DateBasis, DateBasis_date, PartialDateLabel, PartialDateLabel_date } from './partial-date-label';
import { makeFragmentData } from '../gql';

const tuesday = {
  text: 'Tuesday',
  start: '2024-04-09',
  end: '2024-04-09',
  precision: 'DAY' as const,
  basis: 'Reuters: the talks were held on Tuesday.',
};
const fromOctober = {
  text: 'From October until March',
  start: '2023-10-01',
  end: '2024-03-31',
  precision: 'MONTH' as const,
  basis: null,
};
const label = (date: typeof tuesday | typeof fromOctober) => makeFragmentData(date, PartialDateLabel_date);
const basis = (date: typeof tuesday | typeof fromOctober) => makeFragmentData(date, DateBasis_date);

describe('PartialDateLabel', () => {
  afterEach(cleanup);

  it('shows the date at its precision, then the source’s own words when asked', () => {
    const { container } = render(<PartialDateLabel date={label(fromOctober)} words />);
    expect(container.textContent).toBe('Oct 2023 – Mar 2024 From October until March');
    expect(container.querySelector('q')?.textContent).toBe('From October until March');
    // A range of months has no single machine-readable form: no <time> that would claim one.
    expect(container.querySelector('time')).toBeNull();
  });

  it('marks a date resting on an outside source, and reads the basis out', () => {
    const { container } = render(<PartialDateLabel date={label(tuesday)} />);
    expect(container.querySelector('time')?.getAttribute('datetime')).toBe('2024-04-09');
    expect(container.querySelector('sup')?.getAttribute('aria-hidden')).toBe('true');
    expect(container.querySelector('.sr-only')?.textContent).toContain('Reuters: the talks were held on Tuesday.');
    expect(container.querySelector('q')).toBeNull();
  });

  it('says “undated” rather than guessing', () => {
    expect(render(<PartialDateLabel date={null} words />).container.textContent).toBe('undated');
  });
});

describe('DateBasis', () => {
  afterEach(cleanup);

  it('discloses the basis only where there is one', () => {
    expect(render(<DateBasis date={basis(tuesday)} />).container.querySelector('details summary')?.textContent).toBe(
      'Why this date',
    );
    cleanup();
    expect(render(<DateBasis date={basis(fromOctober)} />).container.innerHTML).toBe('');
  });
});
