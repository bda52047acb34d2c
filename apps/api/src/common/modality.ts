import { registerEnumType } from 'type-graphql';

/** Whether a fact happened, or is threatened, asked for or possible: relations and figures both have one. */
export enum Modality {
  ACTUAL = 'ACTUAL',
  THREATENED = 'THREATENED',
  REQUESTED = 'REQUESTED',
  POSSIBLE = 'POSSIBLE',
}

registerEnumType(Modality, {
  name: 'Modality',
  description: 'Whether a relation happened, or is threatened, asked for, or possible.',
  valuesConfig: {
    ACTUAL: { description: 'It happened, as the source tells it.' },
    THREATENED: { description: 'The source threatened it.' },
    REQUESTED: { description: 'Someone asked for it; the source does not say it happened.' },
    POSSIBLE: { description: 'It may happen if a condition holds.' },
  },
});
