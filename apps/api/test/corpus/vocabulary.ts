/** Words the synthetic stories are made of: names, places, titles, sentences. */

function list(items: string): readonly string[] {
  return items.split(', ');
}

export const GIVEN_NAMES = list(
  'Ana, Andrés, Beatriz, Carlos, Carmen, Cristina, Daniel, Diego, Elena, Emilio, Fernando, Gabriela, Gustavo, Héctor, Inés, Isabel, Javier, Jorge, José, Juan, Laura, Leopoldo, Lucía, Luis, Manuel, Marcela, María, Mariana, Martín, Miguel, Nicolás, Óscar, Pablo, Patricia, Pedro, Rafael, Ramón, Raúl, Ricardo, Rosa, Sofía, Tomás, Valentina, Víctor, Yolanda, Amara, Chidi, Dmitri, Farah, Hiroshi, Ingrid, Kwame, Leila, Mehmet, Nadia, Olga, Priya, Samir, Tariq, Zoë',
);

export const FAMILY_NAMES = list(
  'Acosta, Aguilar, Alvarado, Álvarez, Barrios, Benítez, Blanco, Bravo, Cabello, Calderón, Campos, Castillo, Castro, Cordero, Delgado, Díaz, Escobar, Espinoza, Estrada, Fajardo, Fernández, Figueroa, Flores, Fuentes, Gallardo, García, Gil, Gómez, González, Guerrero, Gutiérrez, Hernández, Herrera, Ibarra, Jiménez, Lara, León, López, Lozano, Machado, Marín, Márquez, Medina, Mejía, Méndez, Miranda, Molina, Montero, Mora, Morales, Navarro, Núñez, Ochoa, Ortega, Ortiz, Pacheco, Padilla, Paredes, Peña, Pérez, Quintero, Ramírez, Ramos, Reyes, Ríos, Rivas, Rodríguez, Rojas, Romero, Rosales, Salazar, Sánchez, Sandoval, Serrano, Silva, Soto, Suárez, Torres, Urbina, Valdés, Vargas, Vásquez, Vega, Villalobos, Zambrano, Okafor, Petrov, Haddad, Tanaka, Lindqvist',
);

/** Syllables that make up the names of invented countries. */
export const SYLLABLES = list(
  'va, lo, ri, kes, tra, mon, del, ra, sa, bel, tor, ga, nu, vi, can, mar, te, zor, li, do, fen, qua, ro, sil, an, or, es, ta, ne, bo',
);

export const COUNTRY_SUFFIXES = ['ia', 'a', 'land', 'stan', 'ora', 'ica', 'ea'];

export const CITIES = list(
  'Mexico City, Bogotá, Caracas, Doha, Oslo, Havana, Barbados, Geneva, Brasília, Washington, Madrid, Lima, Santiago, Quito, Panama City, Santo Domingo, Vienna, Istanbul, Nairobi, Brussels',
);

export const PORTFOLIOS = list(
  'Foreign Affairs, Defence, Finance, Energy, Justice, the Interior, Trade, Oil, Health, Communications',
);

export const PERSON_TITLES = list(
  'Foreign Minister, President, Vice President, Defence Minister, Oil Minister, Ambassador, Chief Negotiator, Finance Minister, Opposition Leader, Special Envoy, Attorney General, National Security Adviser, Spokesperson, Governor, Senator',
);

export const ORGANIZATION_KINDS = list(
  'National Oil Company, Electoral Council, Supreme Court, Central Bank, National Assembly, State Department, Treasury, Armed Forces, Mining Corporation, Human Rights Commission',
);

export const NEWSPAPER_WORDS = ['Times', 'Herald', 'Post', 'Tribune', 'Courier', 'Observer', 'Gazette', 'Ledger'];

export const DEMANDS = list(
  'release political prisoners, hold free and fair elections, allow international observers, lift the ban on opposition candidates, return to the negotiating table, publish the election results, restore the independence of the courts, stop the arrests of activists, open the border crossings, honour the agreement signed in Barbados',
);

export const LEVERS = list(
  'oil and gas sanctions, a travel ban, the suspension of a licence, frozen assets, tariffs on exports, the withdrawal of its ambassador',
);

export const ISSUES = list(
  'electoral conditions, sanctions relief, prisoner releases, oil licences, migration, humanitarian aid, the electoral calendar, observer missions',
);

export const QUOTES = list(
  'We will not accept any conditions imposed from abroad, The door to dialogue remains open, There can be no agreement without free elections, We expect the commitments to be honoured in full, Sanctions have only hurt ordinary people, This is a decisive moment for the region, Our patience is not unlimited, The talks have been constructive so far, Nobody should be barred from running, We are ready to meet again next month',
);

export const PARAPHRASES = list(
  'the government would consider new talks, the sanctions would stay in place until the vote, the delegation had made progress on the electoral calendar, the opposition would not take part in the vote, observers would be invited to monitor the election, the licence would not be renewed',
);

export const SETTINGS = list(
  'in a radio interview, at a news conference, in a televised address, in a statement, on social media, to reporters',
);

export const ROLES = list('led the delegation, attended, hosted the talks, mediated, observed, joined the delegation');

export const OUTCOMES = ['signed the agreement', 'walked out', 'was barred from running', 'won'];

export const MEASURES = ['oil revenues', 'frozen assets', 'humanitarian aid', 'debt payments', 'export earnings'];

export const MONTHS = list(
  'January, February, March, April, May, June, July, August, September, October, November, December',
);

/** How each relation kind reads in a sentence ("X urged Y"). */
export const RELATION_VERBS: Record<string, string> = {
  URGED: 'urged',
  CRITICIZED: 'criticised',
  DEMANDED: 'made demands of',
  PRESSURED: 'pressed',
  CHALLENGED: 'challenged',
  THREATENED: 'threatened',
  BARRED: 'barred',
  SANCTIONED: 'imposed sanctions on',
  MET_WITH: 'met',
  NEGOTIATED_WITH: 'negotiated with',
  CONSULTED: 'spoke with',
  VISITED: 'visited',
  BACKED: 'backed',
  FACILITATED: 'helped',
};

/** How often each relation kind occurs: talk and pressure far more than sanctions and bans. */
export const RELATION_KIND_WEIGHTS: Record<string, number> = {
  URGED: 12,
  CRITICIZED: 12,
  DEMANDED: 7,
  PRESSURED: 8,
  CHALLENGED: 5,
  THREATENED: 5,
  BARRED: 3,
  SANCTIONED: 5,
  MET_WITH: 14,
  NEGOTIATED_WITH: 8,
  CONSULTED: 8,
  VISITED: 5,
  BACKED: 6,
  FACILITATED: 2,
};

/** What events are called, by kind. */
export const EVENT_TITLES: Record<string, string> = {
  MEETING: 'Talks in',
  VISIT: 'Visit to',
  INTERVIEW: 'Interview in',
  ELECTION: 'Election in',
  PRIMARY: 'Primary in',
  AGREEMENT: 'Agreement signed in',
  DECISION: 'Decision announced in',
  DEADLINE: 'Deadline in',
  OBSERVATION: 'Observer mission in',
  PUBLICATION: 'Report published in',
};

export const EVENT_KIND_WEIGHTS: Record<string, number> = {
  MEETING: 30,
  VISIT: 15,
  INTERVIEW: 12,
  ELECTION: 5,
  PRIMARY: 2,
  AGREEMENT: 6,
  DECISION: 10,
  DEADLINE: 5,
  OBSERVATION: 5,
  PUBLICATION: 10,
};
