import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Actor } from '../actor/actor.entity.js';
import { Attribution } from '../attribution/attribution.entity.js';
import { WithEvidence } from '../evidence/evidence-field.resolver.js';
import { Event } from './event.entity.js';
import { Participation } from './participation.entity.js';
import type { Context } from '../common/context.js';
import { readsForField } from '../common/read-selection.js';
import { loadWithRows } from '../common/loaders.js';

// Without a source of its own, a participation has its event's.
readsForField('Participation', 'attribution', { Participation: ['event'], Event: ['attribution'] });
// An event's participants are listed with their actors: loaded with them, without a promise per participant.
loadWithRows(Participation, ['actor']);

@Resolver(() => Participation)
export class ParticipationResolver extends WithEvidence(
  Participation,
  'participation',
  'The words that place this actor at the event.',
) {
  @FieldResolver(() => Actor, { description: 'Who took part.' })
  actor(@Root() participation: Participation, @Ctx() { loaders }: Context) {
    return loaders.referenced(Actor, participation.actor);
  }

  @FieldResolver(() => Event, { description: 'The event.' })
  event(@Root() participation: Participation, @Ctx() { loaders }: Context) {
    return loaders.referenced(Event, participation.event);
  }

  @FieldResolver(() => Attribution, {
    description:
      'Who says this actor took part: its own source where the text gives one ("according to one of the people"), else the event’s.',
  })
  async attribution(@Root() participation: Participation, @Ctx() { loaders }: Context) {
    if (participation.attribution) return loaders.referenced(Attribution, participation.attribution);
    const event = await loaders.referenced(Event, participation.event);
    return loaders.referenced(Attribution, event?.attribution);
  }
}
