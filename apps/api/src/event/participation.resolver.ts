import { FieldResolver, Resolver, Root } from 'type-graphql';
import { Actor } from '../actor/actor.entity.js';
import { Attribution } from '../attribution/attribution.entity.js';
import { WithEvidence } from '../evidence/evidence-field.resolver.js';
import { Event } from './event.entity.js';
import { Participation } from './participation.entity.js';

@Resolver(() => Participation)
export class ParticipationResolver extends WithEvidence(
  Participation,
  'participation',
  'The words that place this actor at the event.',
) {
  @FieldResolver(() => Actor, { description: 'Who took part.' })
  actor(@Root() participation: Participation) {
    return participation.actor.load();
  }

  @FieldResolver(() => Event, { description: 'The event.' })
  event(@Root() participation: Participation) {
    return participation.event.load();
  }

  @FieldResolver(() => Attribution, {
    description:
      'Who says this actor took part: its own source where the text gives one ("according to one of the people"), else the event’s.',
  })
  async attribution(@Root() participation: Participation) {
    if (participation.attribution) return participation.attribution.load();
    const event = await participation.event.loadOrFail();
    return event.attribution.load();
  }
}
