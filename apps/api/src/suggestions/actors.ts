import { ActorKind } from '../actor/actor-kind.js';
import type { KnownActor, TextSpan } from './proposal.js';
import { lexiconTags } from './lexicon.js';
import { DATELINE, normalName, slugOf } from './spans.js';
import {
  ABBREVIATED_NAMES,
  COMPANY_HEADS,
  CAPITALS,
  COMMITTEE_PHRASE,
  DEMONYMS,
  GROUP_NOUNS,
  LOWER_TITLE_HEADS,
  NOT_NAMES,
  ORGANIZATION_HEADS,
  STATE_ABBREVIATIONS,
  THING_HEADS,
  TITLE_HEADS,
  TITLE_WORDS,
} from './vocabulary.js';

/** Where the text names an actor. */
export interface Mention extends TextSpan {
  actor: string;
  /** Part of a longer phrase (the state in "Venezuelan President", the owner in "Maduro’s head negotiator"): it
   *  names the actor but is no end of a relation. */
  modifier: boolean;
}

/** An actor the text names: known (matched to the database's) or proposed anew. */
export interface ActorDraft {
  slug: string;
  name: string;
  kind: ActorKind;
  aliases: Set<string>;
  known: boolean;
  mentions: Mention[];
}

/** A title given to a named person ("Colombia’s acting Foreign Minister Luis Gilberto Murillo"). */
export interface PositionDraft {
  holder: string;
  organization?: string;
  title: string;
  acting: boolean;
  span: TextSpan;
}

/** Who the text names, and where. */
export interface Cast {
  actors: Map<string, ActorDraft>;
  /** Every mention, by position, none overlapping another. */
  mentions: Mention[];
  positions: PositionDraft[];
  /** Places that are not actors ("in Mexico City"), for events' locations. */
  places: (TextSpan & { name: string })[];
}

/** A phrase that may name an actor, before overlaps are settled. */
interface Candidate extends TextSpan {
  name: string;
  kind?: ActorKind;
  known?: string;
  modifier?: boolean;
  place?: boolean;
}

const NAME_TOKEN = "[A-Z\\u00C0-\\u00DE][\\p{L}\\p{M}'’.-]*";
const CONNECTOR = '(?: (?:of the|of|for|de|del|da|&) (?=[A-Z\\u00C0-\\u00DE]))';
/** A run of capitalised words, with the "of"/"for" that joins names of organisations. */
const CAPITAL_RUN = new RegExp(`(?<![\\p{L}])${NAME_TOKEN}(?:(?: |${CONNECTOR})${NAME_TOKEN})*`, 'gu');
const POSSESSIVE = /[’']s$/;
const escape = (words: string) => words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const normal = normalName;

/** Words that end a place's name. */
const PLACE_HEADS = new Set(['City', 'Island', 'Islands', 'Province', 'Region', 'Valley', 'Strait', 'Sea']);

/** A run of letters and digits: what the known names' boundaries are drawn around. */
const WORD_RUN = /[\p{L}\p{N}]+/gu;

/**
 * Every occurrence of a known actor's name or alias, on word boundaries. The names are looked up by
 * their first word at each word of the text, so the work grows with the text and the names that
 * share its words, not with every actor the database knows (one pattern per name took 25 s for a
 * short article against 20,000 actors).
 */
function knownCandidates(text: string, known: readonly KnownActor[]): Candidate[] {
  const byFirstWord = new Map<string, { bare: string; order: number; actor: KnownActor }[]>();
  let order = 0;
  for (const actor of known) {
    for (const name of new Set([actor.name, ...actor.aliases])) {
      if (name.length < 2) continue;
      const bare = name.replace(/^the /i, '');
      // A name that does not start with a letter or digit has no first word; it is looked for as written.
      const first = /^[\p{L}\p{N}]+/u.exec(bare)?.[0] ?? '';
      let names = byFirstWord.get(first);
      if (!names) byFirstWord.set(first, (names = []));
      names.push({ bare, order: order++, actor });
    }
  }
  const found: { order: number; candidate: Candidate }[] = [];
  const add = (start: number, { bare, order, actor }: { bare: string; order: number; actor: KnownActor }) => {
    if (!/[\p{L}\p{N}]/u.test(text.charAt(start + bare.length))) {
      const before = text.slice(Math.max(0, start - 6), start);
      if (CAPITALS[bare] && /\b(?:in|at|to|from)\s+$/.test(before)) return;
      found.push({ order, candidate: { start, end: start + bare.length, name: actor.name, known: actor.slug } });
    }
  };
  for (const word of text.matchAll(WORD_RUN)) {
    for (const name of byFirstWord.get(word[0]) ?? []) {
      if (text.startsWith(name.bare, word.index)) add(word.index, name);
    }
  }
  for (const name of byFirstWord.get('') ?? []) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escape(name.bare)}(?![\\p{L}\\p{N}])`, 'gu');
    for (const match of text.matchAll(pattern)) add(match.index, name);
  }
  // In the order the actors and their names were given, then by place, as candidates are settled.
  return found
    .sort((a, b) => a.order - b.order || a.candidate.start - b.candidate.start)
    .map(({ candidate }) => candidate);
}

/** "Maduro’s government", "the Venezuelan government", "Indonesia’s trade ministry", "US voters". */
function phraseCandidates(text: string): Candidate[] {
  const found: Candidate[] = [];
  const demonyms = Object.keys(DEMONYMS).join('|');
  const owner = `${NAME_TOKEN}[’']s`;
  const patterns: [RegExp, ActorKind][] = [
    [new RegExp(`(?:${owner}|(?:${demonyms})) (?:government|administration)\\b`, 'gu'), ActorKind.GOVERNMENT],
    [new RegExp(`\\bthe (${NAME_TOKEN}) government\\b`, 'gu'), ActorKind.GOVERNMENT],
    [
      new RegExp(`${owner} (?:[a-z]+ ){0,2}(?:ministry|council|parliament|agency|military|army|central bank)\\b`, 'gu'),
      ActorKind.ORGANIZATION,
    ],
    [
      new RegExp(
        `(?:(?:several|credible|many|some) )?(?:${owner}|(?:${demonyms})|[A-Z]{2,3}|opposition|electoral|credible electoral) (?:${GROUP_NOUNS})\\b`,
        'gu',
      ),
      ActorKind.GROUP,
    ],
    [new RegExp(`\\b(?:(?:an?|the|its|their) )?(?:${COMMITTEE_PHRASE})\\b`, 'gu'), ActorKind.GROUP],
  ];
  for (const [pattern, kind] of patterns) {
    for (const match of text.matchAll(pattern)) {
      const words = match[0];
      if (/\bofficials$/.test(words) || /\bnegotiators$/.test(words)) continue;
      const start = match.index;
      const name = words.replace(/^(?:the|an?|its|their) /, '');
      found.push({
        start: start + words.length - name.length,
        end: start + words.length,
        name: capitalised(name),
        kind,
      });
    }
  }
  return found;
}

/** One key for the names of one government: "Maduro’s administration", "Maduro’s government", "the Maduro government". */
function governmentKey(name: string): string | undefined {
  const owner = /^(?:the )?([\p{L}-]+?)(?:[’']s)? (?:government|administration)$/iu.exec(name);
  return owner?.[1] ? `government of ${normal(owner[1])}` : undefined;
}

const capitalised = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

interface Token extends TextSpan {
  word: string;
}

function tokensOf(text: string, run: TextSpan): Token[] {
  const tokens: Token[] = [];
  for (const match of text.slice(run.start, run.end).matchAll(/\S+/g)) {
    const word = match[0];
    const start = run.start + match.index;
    tokens.push({ start, end: start + word.length, word });
  }
  return tokens;
}

/** The name a token stands for, without its possessive or a trailing full stop. */
const bareWord = (word: string) => word.replace(POSSESSIVE, '').replace(/\.$/, '');

/**
 * Splits a run of capitals where it holds two names: after a word with a full stop ("Ecoanalitica. From"), and at
 * an "of" that follows a name rather than an organisation's or a title's head ("Daniel Erikson of the US …").
 */
function splitRun(text: string, run: TextSpan): TextSpan[] {
  const words = text.slice(run.start, run.end);
  const cut = /(?<=[\p{L}]{3,}\.) |(?<=([\p{L}’'.-]+)) (?:of the|of|for|de|del|da) /gu;
  for (const match of words.matchAll(cut)) {
    const before = bareWord(match[1] ?? '');
    if (match[1] !== undefined && (ORGANIZATION_HEADS.has(before) || TITLE_HEADS.has(before) || before === 'Chief'))
      continue;
    const at = run.start + match.index;
    return [{ start: run.start, end: at }, ...splitRun(text, { start: at + match[0].length, end: run.end })];
  }
  return [run];
}

/** Reads a run of capitals: a title and a name, an organisation, a state, a person, a place. */
function runCandidates(text: string, run: TextSpan, pending: PendingPosition[]): Candidate[] {
  let tokens = tokensOf(text, run);
  while (tokens.length && NOT_NAMES.has(bareWord(tokens[0]?.word ?? ''))) tokens = tokens.slice(1);
  while (tokens.length && /^(?:of|the|for|de|del|da)$/.test(tokens.at(-1)?.word ?? '')) tokens = tokens.slice(0, -1);
  if (!tokens.length) return [];
  const found: Candidate[] = [];
  // A possessive closes a name: "Colombia’s" then "Foreign Minister …".
  const possessive = tokens.findIndex((token) => POSSESSIVE.test(token.word));
  if (possessive !== -1 && possessive < tokens.length - 1) {
    return [
      ...runCandidates(text, { start: tokens[0]?.start ?? 0, end: tokens[possessive]?.end ?? 0 }, pending),
      ...runCandidates(text, { start: tokens[possessive + 1]?.start ?? 0, end: run.end }, pending),
    ];
  }
  const words = tokens.map((token) => bareWord(token.word));
  const first = tokens[0];
  const last = tokens.at(-1);
  if (!first || !last) return [];
  const end = last.end - (last.word.length - bareWord(last.word).length);
  // A demonym opening the run names the state ("Venezuelan President …").
  const state = DEMONYMS[words[0] ?? ''];
  const titleAt = words.findLastIndex((word, index) => TITLE_HEADS.has(word) && index < words.length - 1);
  if (titleAt !== -1 && !words.slice(titleAt + 1).some((word) => ORGANIZATION_HEADS.has(word))) {
    const titleStart = state ? 1 : 0;
    const nameStart = tokens[titleAt + 1]?.start ?? end;
    if (state) found.push({ start: first.start, end: first.end, name: state, kind: ActorKind.STATE, modifier: true });
    const name = text.slice(nameStart, end);
    found.push({ start: nameStart, end, name, kind: ActorKind.PERSON });
    const title = words.slice(titleStart, titleAt + 1).join(' ');
    const owner = new RegExp(`(${NAME_TOKEN})[’']s (?:acting )?$`, 'u').exec(
      text.slice(Math.max(0, first.start - 40), first.start),
    );
    pending.push({
      name,
      title,
      acting: /\bacting $/.test(text.slice(Math.max(0, first.start - 7), first.start)),
      state,
      owner: owner?.[1],
      span: { start: first.start, end },
      nameSpan: { start: nameStart, end },
      ownerEnd: first.start,
    });
    return found;
  }
  const name = text.slice(first.start, end);
  if (THING_HEADS.has(words.at(-1) ?? '')) return [];
  if (words.length === 1 && state)
    return [{ start: first.start, end, name: state, kind: ActorKind.STATE, modifier: true }];
  if (words.length > 1 && state && !ORGANIZATION_HEADS.has(words.at(-1) ?? '')) {
    // "Indonesian Nickel Miners Association" is an organisation; "Venezuelan officials" is not a run at all.
    return [{ start: first.start, end: first.end, name: state, kind: ActorKind.STATE, modifier: true }];
  }
  if (
    ORGANIZATION_HEADS.has(words.at(-1) ?? '') ||
    words.some((word) => /^[A-Z]{3,}$/.test(word) && !STATE_ABBREVIATIONS.has(word) && words.length === 1)
  ) {
    return [{ start: first.start, end, name, kind: ActorKind.ORGANIZATION }];
  }
  if (words.length === 1 && STATE_ABBREVIATIONS.has(words[0] ?? '')) {
    return [{ start: first.start, end, name, kind: words[0] === 'EU' ? ActorKind.ORGANIZATION : ActorKind.STATE }];
  }
  if (TITLE_WORDS.has(words[0] ?? '')) return [];
  const afterPlacePreposition = /\b(?:in|at|to|from|of)\s+$/.test(
    text.slice(Math.max(0, first.start - 6), first.start),
  );
  const capitalOf = CAPITALS[name];
  if (capitalOf && !afterPlacePreposition && !text.startsWith('-', end)) {
    return [
      {
        start: first.start,
        end,
        name: capitalOf,
        kind: capitalOf === 'European Union' ? ActorKind.ORGANIZATION : ActorKind.STATE,
      },
    ];
  }
  const tags = lexiconTags(name);
  if (tags.country) return [{ start: first.start, end, name, kind: ActorKind.STATE }];
  const placeWords =
    PLACE_HEADS.has(words.at(-1) ?? '') ||
    (words.length === 1 && /\b(?:in|at) $/.test(text.slice(Math.max(0, first.start - 4), first.start)));
  if (tags.city || (placeWords && !tags.person)) return [{ start: first.start, end, name, place: true }];
  if (words.length >= 2 && words.some((word) => lexiconTags(word).country)) {
    return [{ start: first.start, end, name, kind: ActorKind.ORGANIZATION }];
  }
  if (words.length >= 2 && words.length <= 4) return [{ start: first.start, end, name, kind: ActorKind.PERSON }];
  return [{ start: first.start, end, name }];
}

/** A title found with a name, before the name is settled as an actor. */
interface PendingPosition {
  name: string;
  title: string;
  acting: boolean;
  state?: string;
  span: TextSpan;
  /** Where a possessive owner ("Colombia’s") would end. */
  ownerEnd: number;
  /** Where the holder's name stands within the span. */
  nameSpan: TextSpan;
  /** The possessive owner before a lower-case title ("Maduro" of "Maduro’s head negotiator"). */
  owner?: string;
  /** The organisation named after a title ("the head of … Ecoanalitica"). */
  orgName?: string;
}

/**
 * Lower-case titles before a name: "Maduro’s head negotiator Jorge Rodríguez", "the EU’s chief negotiator …",
 * "Halvorsen's chief executive, Ingrid Salo".
 */
function lowerTitlePositions(text: string, pending: PendingPosition[]): Candidate[] {
  const organizations: Candidate[] = [];
  const title = new RegExp(
    `(?:(${NAME_TOKEN})[’'] ?s )?(acting )?((?:(?!(?:by|of|to|in|on|at|for|with|from|its|their|his|her|the|an?|and|said|says)\\b)[a-z]+ ){0,2}(?:${LOWER_TITLE_HEADS})),? ((?:${NAME_TOKEN} ){1,3}${NAME_TOKEN})(?=[,.;:\\s])`,
    'gu',
  );
  for (const match of text.matchAll(title)) {
    const name = (match[4] ?? '').replace(POSSESSIVE, '');
    if (NOT_NAMES.has(name.split(' ')[0] ?? '')) continue;
    pending.push({
      name,
      title: capitalised((match[3] ?? '').trim()),
      acting: Boolean(match[2]),
      owner: match[1],
      span: { start: match.index, end: match.index + match[0].length - ((match[4] ?? '').length - name.length) },
      nameSpan: {
        start: match.index + match[0].length - (match[4] ?? '').length,
        end: match.index + match[0].length - ((match[4] ?? '').length - name.length),
      },
      ownerEnd: match.index,
    });
  }
  // After a name: "Luis Barcenas, the head of Caracas-based economic firm Ecoanalitica".
  const after = new RegExp(
    `((?:${NAME_TOKEN} ){0,2}${NAME_TOKEN}), (?:an? |the )?((?:[a-z-]+ ){0,2}(?:${LOWER_TITLE_HEADS})(?: of mission)?) (?:at|of|for|to) (?:the )?((?:[\\p{L}-]+ ){0,3}?(?:${NAME_TOKEN})(?: ${NAME_TOKEN})*)(?=[,.;]|$)`,
    'gu',
  );
  for (const match of text.matchAll(after)) {
    const name = match[1] ?? '';
    if (NOT_NAMES.has(name.split(' ')[0] ?? '')) continue;
    const orgWords = match[3] ?? '';
    const orgName = /(?:[A-Z\u00C0-\u00DE][\p{L}’'.-]*)(?: [A-Z\u00C0-\u00DE][\p{L}’'.-]*)*$/u.exec(orgWords)?.[0];
    if (orgName && !DEMONYMS[orgName]) {
      const end = match.index + match[0].length;
      organizations.push({ start: end - orgName.length, end, name: orgName, kind: ActorKind.ORGANIZATION });
    }
    pending.push({
      name,
      title: capitalised(match[2] ?? ''),
      acting: false,
      orgName,
      span: { start: match.index, end: match.index + match[0].length },
      nameSpan: { start: match.index, end: match.index + name.length },
      ownerEnd: match.index,
    });
  }
  return organizations;
}

/** Keeps the longest of overlapping candidates (a known actor's words before others of the same length). */
function settle(candidates: Candidate[]): Candidate[] {
  const ranked = [...candidates].sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) ||
      Number(Boolean(b.known)) - Number(Boolean(a.known)) ||
      Number(Boolean(b.kind)) - Number(Boolean(a.kind)) ||
      a.start - b.start,
  );
  const kept: Candidate[] = [];
  for (const candidate of ranked) {
    if (kept.some((other) => candidate.start < other.end && other.start < candidate.end)) continue;
    kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Adds an actor to the list under a key, keeping each list in the order the actors were added. */
function addTo(index: Map<string, ActorDraft[]>, key: string, actor: ActorDraft, order: Map<ActorDraft, number>) {
  const list = index.get(key) ?? [];
  const rank = order.get(actor) ?? 0;
  // Actors are mostly added in order; only a person renamed later goes back in among them.
  const at =
    (order.get(list.at(-1) as ActorDraft) ?? -1) < rank
      ? -1
      : list.findIndex((other) => (order.get(other) ?? 0) > rank);
  list.splice(at === -1 ? list.length : at, 0, actor);
  index.set(key, list);
}

/**
 * The actors so far, looked up by name, alias and surname. Every lookup goes through an index, so
 * reading an article costs the same whether the database knows a hundred actors or a hundred thousand;
 * where several actors fit, the one added first wins.
 */
class Registry {
  readonly actors = new Map<string, ActorDraft>();
  private readonly byName = new Map<string, string>();
  private readonly order = new Map<ActorDraft, number>();
  /** Organisations by the initials of their name's capitalised words ("IMF"). */
  private readonly byInitials = new Map<string, string>();
  /** People with a name of several words, by its last word (their surname). */
  private readonly bySurname = new Map<string, ActorDraft[]>();
  /** People known by one word only, by that word. */
  private readonly byOneWordName = new Map<string, ActorDraft[]>();
  /** Companies by their name without its corporate last word ("Halvorsen" of "Halvorsen Motors"). */
  private readonly byCompanyStem = new Map<string, ActorDraft[]>();
  /** Two-word organisations of a state ("US Treasury"), by their second word. */
  private readonly stateBodies = new Map<string, ActorDraft[]>();

  constructor(known: readonly KnownActor[]) {
    for (const actor of known) {
      this.add({ ...actor, aliases: new Set(actor.aliases), known: true, mentions: [] });
    }
  }

  private add(actor: ActorDraft): ActorDraft {
    this.actors.set(actor.slug, actor);
    this.order.set(actor, this.order.size);
    for (const name of [actor.name, ...actor.aliases]) {
      for (const key of [normal(ABBREVIATED_NAMES[name] ?? name), governmentKey(name)])
        if (key && !this.byName.has(key)) this.byName.set(key, actor.slug);
    }
    const words = actor.name.split(' ');
    if (actor.kind === ActorKind.ORGANIZATION) {
      const initials = actor.name
        .split(/\s+/)
        .filter((word) => /^[A-Z]/.test(word))
        .map((word) => word.charAt(0))
        .join('');
      if (!this.byInitials.has(initials)) this.byInitials.set(initials, actor.slug);
      const [state, body] = words;
      if (words.length === 2 && body && (STATE_ABBREVIATIONS.has(state ?? '') || DEMONYMS[state ?? ''])) {
        addTo(this.stateBodies, body, actor, this.order);
      }
      if (words.length > 1 && COMPANY_HEADS.has(words.at(-1) ?? '')) {
        addTo(this.byCompanyStem, words.slice(0, -1).join(' '), actor, this.order);
      }
    }
    if (actor.kind === ActorKind.PERSON) this.indexPerson(actor);
    return actor;
  }

  private indexPerson(person: ActorDraft) {
    const words = person.name.split(' ');
    if (words.length > 1) addTo(this.bySurname, words.at(-1) ?? '', person, this.order);
    else addTo(this.byOneWordName, person.name, person, this.order);
  }

  /** An organisation an acronym stands for: "IMF" for the "International Monetary Fund" named before. */
  private acronym(name: string): string | undefined {
    return /^[A-Z]{2,6}$/.test(name) ? this.byInitials.get(name) : undefined;
  }

  /** The actor a name stands for: the same name or alias, a surname of a person, or a new actor. */
  resolve(name: string, kind: ActorKind | undefined): ActorDraft | undefined {
    const corporate = /\s+(?:L\.P\.?|LLC|Inc\.?|Ltd\.?|Corp\.?)$/;
    const short = name.replace(corporate, '');
    const government = governmentKey(name);
    const bySame =
      this.byName.get(normal(ABBREVIATED_NAMES[short] ?? short)) ??
      (government ? this.byName.get(government) : undefined) ??
      this.acronym(short);
    if (bySame) {
      const actor = this.actors.get(bySame);
      if (actor && !actor.known && name !== actor.name) actor.aliases.add(name);
      return actor;
    }
    if (short !== name) {
      const actor = this.resolve(short, kind);
      actor?.aliases.add(name);
      return actor;
    }
    const words = name.split(' ');
    if (kind === undefined || kind === ActorKind.PERSON) {
      // A surname alone, or a longer form of a person named by surname before.
      if (words.length === 1) {
        const person = this.bySurname.get(name)?.[0];
        if (person) return person;
      } else {
        const person = this.byOneWordName.get(words.at(-1) ?? '')?.[0];
        if (person) {
          this.byOneWordName.get(person.name)?.shift();
          person.aliases.add(person.name);
          person.name = name;
          this.byName.set(normal(name), person.slug);
          this.indexPerson(person);
          return person;
        }
      }
    }
    // "Halvorsen" after "Halvorsen Motors": the company without its corporate word.
    const company = this.byCompanyStem.get(name)?.[0];
    if (company && kind !== ActorKind.STATE) {
      company.aliases.add(name);
      return company;
    }
    if (words.length === 1 && kind === ActorKind.ORGANIZATION) {
      // "the Treasury" after "the US Treasury": the same body without its state.
      const body = this.stateBodies.get(name)?.[0];
      if (body) {
        body.aliases.add(name);
        return body;
      }
    }
    if (!kind) return undefined;
    let slug = slugOf(name);
    for (let n = 2; this.actors.has(slug); n += 1) slug = `${slugOf(name)}-${String(n)}`;
    return this.add({ slug, name, kind, aliases: new Set(), known: false, mentions: [] });
  }
}

/**
 * The person whose government a phrase names ("Joe Biden" of "Joe Biden’s administration"), when a first name
 * stands before the possessive: a mention that describes the government, so no end of a relation.
 */
function ownersOfGovernments(text: string, registry: Registry, mentions: Mention[]): void {
  for (const government of [...mentions]) {
    if (registry.actors.get(government.actor)?.kind !== ActorKind.GOVERNMENT) continue;
    const owner = new RegExp(`(${NAME_TOKEN}) (${NAME_TOKEN})[’']s (?:government|administration)$`, 'u').exec(
      text.slice(Math.max(0, government.start - 40), government.end),
    );
    if (!owner?.[1] || !owner[2] || !lexiconTags(owner[1]).person) continue;
    const name = `${owner[1]} ${owner[2]}`;
    const start = text.lastIndexOf(name, government.end);
    const person = registry.resolve(name, ActorKind.PERSON);
    if (!person || start === -1) continue;
    const mention = { start, end: start + name.length, actor: person.slug, modifier: true };
    mentions.push(mention);
    person.mentions.push(mention);
  }
}

/** Reads who the text names: every mention of an actor, matched to a known one or proposed new, and titles. */
export function readActors(text: string, known: readonly KnownActor[]): Cast {
  const pending: PendingPosition[] = [];
  const positionsOut: PositionDraft[] = [];
  const runs: Candidate[] = [];
  for (const match of text.matchAll(CAPITAL_RUN)) {
    for (const run of splitRun(text, { start: match.index, end: match.index + match[0].length })) {
      runs.push(...runCandidates(text, run, pending));
    }
  }
  runs.push(...lowerTitlePositions(text, pending));
  const dateline = DATELINE.exec(text);
  if (dateline?.[2]) {
    const start = (dateline[1] ?? '').length + 1;
    runs.push({ start, end: start + dateline[2].length, name: dateline[2], kind: ActorKind.ORGANIZATION });
  }
  const settled = settle([...knownCandidates(text, known), ...phraseCandidates(text), ...runs]);
  const registry = new Registry(known);
  const mentions: Mention[] = [];
  const places: Cast['places'] = [];
  // Fuller names first, so that a surname alone finds the person it belongs to.
  const order = [...settled].sort((a, b) => b.name.split(' ').length - a.name.split(' ').length);
  for (const position of pending) registry.resolve(position.name, ActorKind.PERSON);
  const actorOf = new Map<Candidate, ActorDraft>();
  for (const candidate of order) {
    if (candidate.place) continue;
    const actor = candidate.known
      ? registry.actors.get(candidate.known)
      : registry.resolve(candidate.name, candidate.kind);
    if (actor) actorOf.set(candidate, actor);
  }
  for (const candidate of settled) {
    const actor = actorOf.get(candidate);
    if (candidate.place) places.push({ start: candidate.start, end: candidate.end, name: candidate.name });
    if (!actor) continue;
    const mention = {
      start: candidate.start,
      end: candidate.end,
      actor: actor.slug,
      modifier: Boolean(candidate.modifier),
    };
    // A possessive owner ("Maduro’s head negotiator") modifies what follows it.
    if (
      POSSESSIVE.test(text.slice(candidate.end, candidate.end + 2)) &&
      !/^[’']s (?:government|administration)/.test(text.slice(candidate.end))
    ) {
      mention.modifier =
        /^[’']s (?:acting )?(?:[a-z]+ ){0,2}(?:[A-Z][a-z]+ )*(?:negotiator|minister|Minister|envoy|head|chief|president|President|adviser|ambassador)/.test(
          text.slice(candidate.end),
        );
    }
    // An affiliation after a person ("Daniel Erikson of the US National Security Council") describes the person.
    const previous = mentions.at(-1);
    if (
      previous &&
      registry.actors.get(previous.actor)?.kind === ActorKind.PERSON &&
      /^ of (?:the )?$/.test(text.slice(previous.end, candidate.start))
    ) {
      mention.modifier = true;
    }
    // Inside a title ("opposition presidential candidate Manuel Rosales") or a compound adjective ("US-backed").
    if (
      pending.some(
        ({ span, nameSpan }) =>
          span.start <= candidate.start &&
          candidate.end <= span.end &&
          !(nameSpan.start <= candidate.start && candidate.end <= nameSpan.end),
      ) ||
      text.startsWith('-', candidate.end)
    ) {
      mention.modifier = true;
    }
    mentions.push(mention);
    actor.mentions.push(mention);
  }
  for (const position of pending) {
    const holder = registry.resolve(position.name, ActorKind.PERSON);
    if (!holder) continue;
    const orgWords = position.orgName ?? position.owner;
    const organization = position.state
      ? registry.resolve(position.state, ActorKind.STATE)
      : orgWords
        ? registry.resolve(DEMONYMS[orgWords] ?? orgWords, position.orgName ? ActorKind.ORGANIZATION : undefined)
        : undefined;
    positionsOut.push({
      holder: holder.slug,
      organization: organization?.slug === holder.slug ? undefined : organization?.slug,
      title: position.title,
      acting: position.acting,
      span: position.span,
    });
  }
  ownersOfGovernments(text, registry, mentions);
  mentions.sort((a, b) => a.start - b.start);
  return { actors: registry.actors, mentions, positions: positionsOut, places };
}
