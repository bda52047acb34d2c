import { Actor } from '../actor/actor.entity.js';
import { Attribution } from '../attribution/attribution.entity.js';
import { ApiToken } from '../auth/api-token.entity.js';
import { Session } from '../auth/session.entity.js';
import { SignInThrottle } from '../auth/sign-in-throttle.entity.js';
import { User } from '../auth/user.entity.js';
import { PartialDate } from '../common/partial-date.js';
import { Document } from '../document/document.entity.js';
import { Event } from '../event/event.entity.js';
import { Participation } from '../event/participation.entity.js';
import { Evidence } from '../evidence/evidence.entity.js';
import { Figure } from '../figure/figure.entity.js';
import { Change, ChangeRow } from '../history/change.entity.js';
import { Negotiation } from '../negotiation/negotiation.entity.js';
import { Position } from '../position/position.entity.js';
import { Relation } from '../relation/relation.entity.js';
import { Statement } from '../statement/statement.entity.js';
import { Suggestion } from '../suggestions/suggestion.entity.js';

/** Every entity and embeddable, registered explicitly: no folder scanning at start-up. */
export const entities = [
  Actor,
  Attribution,
  PartialDate,
  Document,
  Event,
  Participation,
  Evidence,
  Figure,
  Negotiation,
  Position,
  Relation,
  Statement,
  User,
  ApiToken,
  Session,
  SignInThrottle,
  Change,
  ChangeRow,
  Suggestion,
];
