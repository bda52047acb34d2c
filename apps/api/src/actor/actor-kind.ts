import { registerEnumType } from 'type-graphql';

export enum ActorKind {
  PERSON = 'PERSON',
  ORGANIZATION = 'ORGANIZATION',
  GOVERNMENT = 'GOVERNMENT',
  STATE = 'STATE',
  GROUP = 'GROUP',
}

registerEnumType(ActorKind, {
  name: 'ActorKind',
  description: 'What sort of actor this is.',
  valuesConfig: {
    PERSON: { description: 'A named individual ("Nicolás Maduro").' },
    ORGANIZATION: {
      description: 'An agency, firm, council, ministry or media outlet ("US National Security Council").',
    },
    GOVERNMENT: { description: 'An administration acting for a state ("Joe Biden’s administration").' },
    STATE: { description: 'A country ("Venezuela", "the US").' },
    GROUP: { description: 'An unnamed collective ("Venezuela’s neighbors", "the opposition").' },
  },
});
