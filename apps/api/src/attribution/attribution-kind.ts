import { registerEnumType } from 'type-graphql';

export enum AttributionKind {
  REPORTED = 'REPORTED',
  NAMED_SOURCE = 'NAMED_SOURCE',
  ANONYMOUS_SOURCES = 'ANONYMOUS_SOURCES',
}

registerEnumType(AttributionKind, {
  name: 'AttributionKind',
  description: 'Who vouches for a fact.',
  valuesConfig: {
    REPORTED: { description: 'Stated by the publication in its own voice.' },
    NAMED_SOURCE: { description: 'Attributed to a named person or body ("according to Luis Barcenas").' },
    ANONYMOUS_SOURCES: {
      description: 'Attributed to unnamed sources ("according to people with direct knowledge of the matter").',
    },
  },
});
