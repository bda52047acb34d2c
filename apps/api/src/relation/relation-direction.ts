import { registerEnumType } from 'type-graphql';

export enum Direction {
  OUTGOING = 'OUTGOING',
  INCOMING = 'INCOMING',
  BOTH = 'BOTH',
}

registerEnumType(Direction, {
  name: 'Direction',
  description: 'Which end of a relation an actor stands at.',
  valuesConfig: {
    OUTGOING: { description: 'Relations where the actor is the source (what they did).' },
    INCOMING: { description: 'Relations where the actor is the target (what was done to them).' },
    BOTH: { description: 'Either end.' },
  },
});
