import { describe, expect, it } from 'vitest';
import { eventValues, figureValues, positionValues, statementValues } from './suggested-fact';

const suggested = (type: string, fact: Record<string, unknown>) => ({ id: 'suggestion-1', type, fact });

describe('the add-fact forms’ first values from a suggested fact', () => {
  it('fills the event form from a suggested event, its participants by slug', () => {
    const values = eventValues(
      suggested('EVENT', {
        slug: 'meeting-gustavo-petro-2024-04-30',
        kind: 'MEETING',
        title: 'Gustavo Petro met Nicolás Maduro in Caracas on Tuesday',
        date: 'Tuesday',
        location: 'Caracas',
        attribution: 'report',
        participants: [
          { actor: 'gustavo-petro', evidence: [] },
          { actor: 'nicolas-maduro', role: 'host' },
        ],
      }),
    );
    expect(values).toEqual({
      title: 'Gustavo Petro met Nicolás Maduro in Caracas on Tuesday',
      kind: 'MEETING',
      dateText: 'Tuesday',
      location: 'Caracas',
      participants: [
        { slug: 'gustavo-petro', role: '' },
        { slug: 'nicolas-maduro', role: 'host' },
      ],
    });
  });

  it('reads a date given as a range by its words, and keeps an unknown kind out', () => {
    const values = eventValues(
      suggested('EVENT', { title: 'Talks', kind: 'PICNIC', date: { text: 'last week', start: '2024-04-01' } }),
    );
    expect(values.dateText).toBe('last week');
    expect(values.kind).toBe('MEETING');
    expect(values.participants).toEqual([{ slug: null, role: '' }]);
  });

  it('fills the statement form, and leaves its words to the selection when nothing is suggested', () => {
    expect(
      statementValues(
        suggested('STATEMENT', { kind: 'PARAPHRASE', speaker: 'jorge-rodriguez', text: 'No pressure will work' }),
      ),
    ).toEqual({ speakerSlug: 'jorge-rodriguez', kind: 'PARAPHRASE', text: 'No pressure will work', dateText: '' });
    expect(statementValues()).toEqual({ speakerSlug: null, kind: 'QUOTE', text: null, dateText: '' });
  });

  it('fills the figure form with the amount as typed digits', () => {
    expect(
      figureValues(
        suggested('FIGURE', {
          amount: 2_000_000_000,
          currency: 'USD',
          summary: 'Oil sales brought $2 billion last year',
          period: 'last year',
        }),
      ),
    ).toEqual({
      summary: 'Oil sales brought $2 billion last year',
      amount: '2000000000',
      currency: 'USD',
      periodText: 'last year',
    });
    expect(figureValues()).toEqual({ summary: '', amount: '', currency: 'USD', periodText: '' });
  });

  it('fills the position form with its holder, organisation and title', () => {
    expect(
      positionValues(
        suggested('POSITION', {
          holder: 'luis-gilberto-murillo',
          organization: 'colombia',
          title: 'Foreign Minister',
          acting: true,
        }),
      ),
    ).toEqual({
      holderSlug: 'luis-gilberto-murillo',
      organizationSlug: 'colombia',
      title: 'Foreign Minister',
      acting: true,
      basis: '',
    });
    expect(positionValues()).toEqual({ holderSlug: null, organizationSlug: null, title: '', acting: false, basis: '' });
  });
});
