/**
 * The words the suggester reads actors by, as data: demonyms and the states they name, the words that head a
 * title or an organisation's name, and the plural nouns that name a group of people.
 */

/** Demonym → the state's name as a story names it. */
export const DEMONYMS: Readonly<Record<string, string>> = {
  American: 'United States',
  Argentine: 'Argentina',
  Australian: 'Australia',
  Brazilian: 'Brazil',
  British: 'United Kingdom',
  Canadian: 'Canada',
  Chilean: 'Chile',
  Chinese: 'China',
  Colombian: 'Colombia',
  Cuban: 'Cuba',
  Dutch: 'Netherlands',
  Egyptian: 'Egypt',
  Ethiopian: 'Ethiopia',
  French: 'France',
  German: 'Germany',
  Indian: 'India',
  Indonesian: 'Indonesia',
  Iranian: 'Iran',
  Israeli: 'Israel',
  Italian: 'Italy',
  Japanese: 'Japan',
  Kenyan: 'Kenya',
  Korean: 'Korea',
  Malaysian: 'Malaysia',
  Mexican: 'Mexico',
  Nigerian: 'Nigeria',
  Pakistani: 'Pakistan',
  Peruvian: 'Peru',
  Philippine: 'Philippines',
  Polish: 'Poland',
  Qatari: 'Qatar',
  Russian: 'Russia',
  Saudi: 'Saudi Arabia',
  Spanish: 'Spain',
  Thai: 'Thailand',
  Turkish: 'Turkey',
  Ukrainian: 'Ukraine',
  Venezuelan: 'Venezuela',
  Vietnamese: 'Vietnam',
};

/**
 * Capitals → the state (or union) a news text means when it makes the city act ("Washington weighed …",
 * "regular contact with Brussels"); after "in", "at", "to" or "from" the city is a place.
 */
export const CAPITALS: Readonly<Record<string, string>> = {
  Abuja: 'Nigeria',
  'Addis Ababa': 'Ethiopia',
  Ankara: 'Turkey',
  Bangkok: 'Thailand',
  Beijing: 'China',
  Berlin: 'Germany',
  Bogotá: 'Colombia',
  Brasília: 'Brazil',
  Brussels: 'European Union',
  'Buenos Aires': 'Argentina',
  Cairo: 'Egypt',
  Canberra: 'Australia',
  Caracas: 'Venezuela',
  Doha: 'Qatar',
  Hanoi: 'Vietnam',
  Havana: 'Cuba',
  Islamabad: 'Pakistan',
  Jakarta: 'Indonesia',
  'Kuala Lumpur': 'Malaysia',
  Kyiv: 'Ukraine',
  Lima: 'Peru',
  London: 'United Kingdom',
  Madrid: 'Spain',
  Manila: 'Philippines',
  Moscow: 'Russia',
  Nairobi: 'Kenya',
  'New Delhi': 'India',
  Ottawa: 'Canada',
  Paris: 'France',
  Riyadh: 'Saudi Arabia',
  Rome: 'Italy',
  Seoul: 'South Korea',
  Tehran: 'Iran',
  Tokyo: 'Japan',
  Warsaw: 'Poland',
  Washington: 'United States',
};

/** Abbreviations that name a state or a union of states on their own. */
export const STATE_ABBREVIATIONS = new Set(['US', 'U.S.', 'UK', 'EU', 'UAE']);

/** The full names of those abbreviations: "US" and "United States" name one actor. */
export const ABBREVIATED_NAMES: Readonly<Record<string, string>> = {
  US: 'United States',
  'U.S.': 'United States',
  UK: 'United Kingdom',
  EU: 'European Union',
  UAE: 'United Arab Emirates',
};

/** Words that end a title before a name ("Foreign Minister", "Deputy Homeland Security Adviser"). */
export const TITLE_HEADS = new Set([
  'President',
  'Minister',
  'Adviser',
  'Advisor',
  'Secretary',
  'Ambassador',
  'Chancellor',
  'Governor',
  'Senator',
  'Director',
  'Chairman',
  'Chairwoman',
  'Commissioner',
  'Envoy',
  'Spokesman',
  'Spokeswoman',
  'Negotiator',
  'Mayor',
  'Premier',
  'King',
  'Queen',
  'General',
]);

/** Words that make a title start a run of capitals ("Deputy", "Foreign"): they are never a first name. */
export const TITLE_WORDS = new Set(['Deputy', 'Vice', 'Acting', 'Prime', 'Foreign', 'Chief', 'Special', 'Senior']);

/** Lower-case words that end a title before a name ("head negotiator Jorge Rodríguez"). */
export const LOWER_TITLE_HEADS =
  'negotiator|minister|envoy|adviser|advisor|spokesperson|spokesman|spokeswoman|candidate|president|ambassador|economist|analyst|head|chief|director|lawmaker|senator|governor|commissioner|leader|executive|chairman|chairwoman|secretary|mayor';

/** Words that end an organisation's name ("National Security Council", "Nickel Miners Association"). */
export const ORGANIZATION_HEADS = new Set([
  'Council',
  'Unit',
  'Association',
  'Ministry',
  'Organization',
  'Organisation',
  'Commission',
  'Parliament',
  'Congress',
  'Senate',
  'Assembly',
  'Bank',
  'Agency',
  'Committee',
  'Party',
  'Union',
  'Fund',
  'Court',
  'Department',
  'Office',
  'Institute',
  'Group',
  'Company',
  'Corp',
  'Inc',
  'Ltd',
  'Economics',
  'Analytics',
  'Partners',
  'Research',
  'Forces',
  'Army',
  'Federation',
  'Foundation',
  'Authority',
  'Industry',
  'L.P',
  'LLC',
  'Co',
  'Treasury',
  'Management',
  'Capital',
  'Board',
  'Service',
  'Services',
  'Motors',
  'Automotive',
  'Securities',
  'Holdings',
  'Industries',
  'Technologies',
  'Airlines',
  'Workers',
  'House',
]);

/** Last words of a company's name that news leaves out once it has named it ("Halvorsen Motors", then "Halvorsen"). */
export const COMPANY_HEADS = new Set([
  'Motors',
  'Automotive',
  'Airlines',
  'Holdings',
  'Industries',
  'Technologies',
  'Securities',
  'Capital',
  'Group',
  'Partners',
  'Corp',
  'Inc',
  'Ltd',
  'Co',
  'Company',
]);

/** Words that end the name of a thing rather than an actor ("Grand Ethiopian Renaissance Dam", "Common Framework"). */
export const THING_HEADS = new Set([
  'Framework',
  'Program',
  'Programme',
  'Plan',
  'Agreement',
  'Accord',
  'Deal',
  'Dam',
  'Bridge',
  'Pipeline',
  'Project',
  'Initiative',
]);

/** Lower-case phrases that name a body of creditors or negotiators ("an ad hoc committee of bondholders", "the
 *  official creditor committee"). */
export const COMMITTEE_PHRASE =
  '(?:(?:ad hoc|steering|official|informal|bondholder|creditor|creditors’) )*(?:committee|group) of (?:bondholders|creditors|lenders|holders|investors)|(?:(?:ad hoc|steering|official|bondholder|creditor|creditors’) )+committee';

/** Plural nouns that name a group of people when a demonym or an attribute comes before them. */
export const GROUP_NOUNS =
  'bondholders|lenders|voters|carmakers|automakers|steelmakers|miners|observers|candidates|farmers|exporters|importers|producers|lawmakers|neighbors|neighbours|allies|officials|negotiators|investors|creditors|rebels|protesters';

/** Capitalised words that open a sentence or a name but never name an actor themselves. */
export const NOT_NAMES = new Set([
  'A',
  'An',
  'The',
  'This',
  'That',
  'These',
  'Those',
  'If',
  'On',
  'In',
  'At',
  'By',
  'For',
  'From',
  'To',
  'Of',
  'With',
  'Still',
  'But',
  'And',
  'Or',
  'It',
  'Its',
  'He',
  'She',
  'They',
  'We',
  'His',
  'Her',
  'Their',
  'Our',
  'Read',
  'More',
  'Last',
  'Next',
  'After',
  'Before',
  'While',
  'When',
  'As',
  'Representatives',
  'Members',
  'Officials',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'Jun',
  'Jul',
  'Aug',
  'Sept',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
  'Same',
  'Much',
  'Many',
  'Some',
  'Several',
  'Two',
  'Three',
  'Four',
  'Five',
  'Both',
  'Everyone',
  'Group',
]);

/** A definite description that refers back to the last actor whose name holds its words ("the committee", "the
 *  finance ministry"); "the government" and "the administration" refer to the last government named, and the words
 *  of `KIND_HEADS` to the last actor of their kind when no name holds them ("the company" → Halvorsen Motors). */
export const REFERRING_HEADS =
  /\b[Tt]he ((?:[a-z]+ )?(?:government|administration|committee|ministry|council|agency|bank|fund|treasury|delegation|bondholders|creditors|lenders|union|service|company|carmaker|automaker|firm|group))\b/g;

/** Heads of a definite description that name a kind of actor rather than words of its name. */
export const KIND_HEADS: Readonly<Record<string, 'company' | 'group' | 'union'>> = {
  company: 'company',
  carmaker: 'company',
  automaker: 'company',
  firm: 'company',
  group: 'group',
  union: 'union',
};

/** Words of a labour union's name ("Allied Vehicle Workers", "Teamsters"): "the union" may mean it. */
export const UNION_NAME = /\b(?:Workers|Union|Unions|Federation|Confederation|Teamsters|Employees|Guild)\b/;

/** Words that head the name of an organisation that is no company: "the company" does not mean a council. */
export const NOT_A_COMPANY =
  /\b(?:council|association|federation|union|board|bank|fund|ministry|agency|service|committee|commission|department|office|court|institute|organi[sz]ation|house)$/i;
