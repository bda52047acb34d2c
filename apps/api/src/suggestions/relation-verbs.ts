import { Modality } from '../common/modality.js';
import { RelationKind } from '../relation/relation-kind.js';

/**
 * The verb lexicon: which words signal which relation kind, as data. A `lemma` matches every inflection
 * compromise conjugates for it ("urge": urges, urged, urging); a `pattern` is a regular expression for phrases no
 * single verb carries ("in constant touch with"). `object` says where the target stands: right after the words
 * (`direct`, the default), after "with", or as the actor the phrase is attached to (`backing`: "with US backing", where the
 * source stands just before the word and the target is the clause's subject). `modality` is the verb's own
 * (a threat is THREATENED); auxiliaries ("could", "urged … to") override it where the clause has them.
 */
export interface RelationVerb {
  lemma?: string;
  pattern?: string;
  kind: RelationKind;
  modality?: Modality;
  object?: 'direct' | 'with' | 'backing' | 'between';
  /** Both ends did it together ("A and B met"): either end may be the source. */
  mutual?: boolean;
  /** How many characters may stand between the words and their object (default 50); 0: none but an article. */
  reach?: number;
  /** Words that, right after the verb, make it another verb: "meet the union's demands" is no meeting. */
  notBefore?: string;
}

/** What is met when a demand is met, not a person: "meet the union's demands", "met its targets". */
export const MET_DEMANDS =
  "\\s+(?:(?:the|its|their|his|her|our|these|those|all|some)\\s+)?(?:[\\p{L}-]+[’']s\\s+)?(?:[a-z-]+\\s+)?(?:demands?|requirements?|targets?|deadlines?|expectations|needs|conditions|criteria|obligations|goals?|standards?|costs?|payments?)\\b";

export const RELATION_VERBS: readonly RelationVerb[] = [
  { lemma: 'urge', kind: RelationKind.URGED },
  { pattern: 'call(?:s|ed|ing)? on', kind: RelationKind.URGED },
  { lemma: 'ask', kind: RelationKind.URGED },
  { lemma: 'criticize', kind: RelationKind.CRITICIZED },
  { lemma: 'criticise', kind: RelationKind.CRITICIZED },
  { lemma: 'condemn', kind: RelationKind.CRITICIZED },
  { lemma: 'accuse', kind: RelationKind.CRITICIZED },
  { lemma: 'blame', kind: RelationKind.CRITICIZED },
  { pattern: 'criticism of', kind: RelationKind.CRITICIZED },
  { lemma: 'demand', kind: RelationKind.DEMANDED },
  { lemma: 'pressure', kind: RelationKind.PRESSURED },
  { lemma: 'press', kind: RelationKind.PRESSURED },
  { lemma: 'push', kind: RelationKind.PRESSURED },
  { lemma: 'lobby', kind: RelationKind.PRESSURED },
  // "leaned on Halvorsen", "has been leaned on by its largest shareholder".
  { pattern: '(?:lean|leans|leaned|leant|leaning) on', kind: RelationKind.PRESSURED },
  // "warned Brussels that …", not "warned that the government …".
  { lemma: 'warn', kind: RelationKind.PRESSURED, reach: 0 },
  { pattern: 'test(?:s|ed|ing)? the limits of', kind: RelationKind.CHALLENGED },
  { lemma: 'defy', kind: RelationKind.CHALLENGED },
  { lemma: 'appeal', kind: RelationKind.CHALLENGED },
  { lemma: 'oppose', kind: RelationKind.CHALLENGED },
  { lemma: 'rebuff', kind: RelationKind.CHALLENGED, reach: 0 },
  { lemma: 'snub', kind: RelationKind.CHALLENGED, reach: 0 },
  // "threatened Y", not "threatening its water supply with Y".
  { lemma: 'threaten', kind: RelationKind.THREATENED, modality: Modality.THREATENED, reach: 0 },
  {
    pattern: '(?:vow|vows|vowed|vowing|promised|threatened) to retaliate against',
    kind: RelationKind.THREATENED,
    modality: Modality.THREATENED,
  },
  { lemma: 'block', kind: RelationKind.BARRED },
  { lemma: 'bar', kind: RelationKind.BARRED },
  { lemma: 'prevent', kind: RelationKind.BARRED },
  { lemma: 'ban', kind: RelationKind.BARRED },
  { lemma: 'restrict', kind: RelationKind.BARRED },
  { lemma: 'sanction', kind: RelationKind.SANCTIONED },
  { pattern: 'sanctions (?:on|against)', kind: RelationKind.SANCTIONED },
  {
    pattern:
      '(?:re)?(?:impose|imposed|imposing|reinstate|reinstating|reinstated) (?:[\\w-]+ ){0,3}(?:sanctions|duties|tariffs)',
    kind: RelationKind.SANCTIONED,
  },
  {
    pattern: '(?:slap|slaps|slapped|slapping) (?:[\\w-]+ ){0,3}(?:sanctions|duties|tariffs|restrictions) on',
    kind: RelationKind.SANCTIONED,
  },
  { lemma: 'meet', kind: RelationKind.MET_WITH, object: 'with', mutual: true, notBefore: MET_DEMANDS },
  { lemma: 'sit down', kind: RelationKind.MET_WITH, object: 'with', mutual: true },
  { lemma: 'negotiate', kind: RelationKind.NEGOTIATED_WITH, object: 'with', mutual: true },
  { pattern: 'talks with', kind: RelationKind.NEGOTIATED_WITH, mutual: true },
  // "held talks", "resumed contract talks", "opened a new round of negotiations".
  {
    pattern:
      '(?:hold|holds|held|holding|resume|resumes|resumed|resuming|open|opens|opened|opening|start|starts|started|starting|begin|begins|began|begun|continue|continues|continued|continuing|launch|launches|launched|launching) (?:(?:a|an|another|the|their|its) )?(?:[a-z-]+ ){0,2}?(?:round of )?(?:talks|negotiations)',
    kind: RelationKind.NEGOTIATED_WITH,
    object: 'with',
    mutual: true,
  },
  {
    pattern: '(?:[Tt]alks|[Nn]egotiations|[Dd]iscussions) between',
    kind: RelationKind.NEGOTIATED_WITH,
    object: 'between',
    mutual: true,
  },
  { pattern: '(?:[Mm]eeting|[Mm]eetings) between', kind: RelationKind.MET_WITH, object: 'between', mutual: true },
  {
    pattern: '(?:phone |telephone |video )?(?:[Cc]all|[Cc]alls) between',
    kind: RelationKind.CONSULTED,
    object: 'between',
    mutual: true,
  },
  // "mediated two rounds of talks between A and B": the mediator did it for each of them.
  {
    pattern:
      '(?:mediate|mediates|mediated|mediating|broker|brokers|brokered|brokering|host|hosts|hosted|hosting|facilitate|facilitates|facilitated|facilitating) (?:[\\w-]+ ){0,5}?(?:talks|negotiations|discussions|meetings?) between',
    kind: RelationKind.FACILITATED,
    object: 'between',
  },
  // "China’s pressure on the bondholders": the owner is the source.
  { pattern: 'pressure on', kind: RelationKind.PRESSURED },
  {
    pattern: 'in (?:constant |regular |close |direct )?(?:touch|contact) with',
    kind: RelationKind.CONSULTED,
    mutual: true,
  },
  {
    pattern: '(?:speak|speaks|spoke|speaking|talked|talking)(?: \\w+ly| by (?:phone|telephone|video link))? with',
    kind: RelationKind.CONSULTED,
    mutual: true,
  },
  { lemma: 'consult', kind: RelationKind.CONSULTED },
  { pattern: '(?:reach|reaches|reached|reaching) out to', kind: RelationKind.CONSULTED, mutual: true },
  {
    pattern: '(?:spoke|speaks|speak|talked|talks) (?:by (?:phone|telephone) )?to',
    kind: RelationKind.CONSULTED,
    mutual: true,
  },
  { pattern: '(?:phone|telephone|video) call with', kind: RelationKind.CONSULTED, mutual: true },
  { lemma: 'visit', kind: RelationKind.VISITED },
  // "X hosted Y": Y came to X, a meeting of the two.
  { lemma: 'host', kind: RelationKind.MET_WITH, mutual: true },
  {
    pattern: '(?:fly|flies|flew|flying|travel|travels|traveled|travelled|traveling|travelling) to',
    kind: RelationKind.VISITED,
  },
  { lemma: 'back', kind: RelationKind.BACKED },
  { lemma: 'endorse', kind: RelationKind.BACKED },
  { lemma: 'support', kind: RelationKind.BACKED },
  { pattern: '(?:side|sides|sided|siding) with', kind: RelationKind.BACKED },
  { pattern: '(?:support|backing) for', kind: RelationKind.BACKED },
  { pattern: 'backing', kind: RelationKind.BACKED, object: 'backing' },
  {
    pattern:
      'help(?:s|ed|ing)? (?:to )?(?:organize|organise|arrange|broker)(?: (?:the|a) (?:meeting|talks|visit)(?: with)?)?',
    kind: RelationKind.FACILITATED,
  },
  { lemma: 'mediate', kind: RelationKind.FACILITATED },
  { lemma: 'broker', kind: RelationKind.FACILITATED },
  { lemma: 'facilitate', kind: RelationKind.FACILITATED },
];

/** Words before a verb that make what it says possible rather than done. */
export const POSSIBLE_MARKERS =
  /\b(?:could|may|might|would|will|whether to|is expected to|are expected to|plans? to|considering)\s+(?:\w+ly\s+)?(?:be\s+)?$/;
/** A verb in the infinitive after one of these is asked for, not done ("urged Venezuela's neighbours to pressure"). */
export const REQUEST_VERBS = ['urge', 'ask', 'call on', 'press', 'demand'];
