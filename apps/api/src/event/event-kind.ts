import { registerEnumType } from 'type-graphql';

export enum EventKind {
  MEETING = 'MEETING',
  VISIT = 'VISIT',
  INTERVIEW = 'INTERVIEW',
  ELECTION = 'ELECTION',
  PRIMARY = 'PRIMARY',
  AGREEMENT = 'AGREEMENT',
  DECISION = 'DECISION',
  DEADLINE = 'DEADLINE',
  OBSERVATION = 'OBSERVATION',
  PUBLICATION = 'PUBLICATION',
}

registerEnumType(EventKind, {
  name: 'EventKind',
  description: 'What sort of event.',
  valuesConfig: {
    MEETING: { description: 'People met (talks, a sit-down).' },
    VISIT: { description: 'Someone travelled to a place or person.' },
    INTERVIEW: { description: 'Someone spoke to the media.' },
    ELECTION: { description: 'An election.' },
    PRIMARY: { description: 'A primary election within a party or coalition.' },
    AGREEMENT: { description: 'An agreement was reached or signed.' },
    DECISION: { description: 'A government or body decided something (a license, an election call).' },
    DEADLINE: { description: 'A date by which something must happen.' },
    OBSERVATION: { description: 'Observers watch or visit (an election mission).' },
    PUBLICATION: { description: 'Something was published.' },
  },
});
