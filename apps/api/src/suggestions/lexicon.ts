import nlp from 'compromise';

/**
 * What the suggester asks of compromise: its lexicon's tags for a word or name, and its verb conjugation. Both are
 * lookups in compromise's model rather than parses of the text, which would cost about a second per thousand words.
 */

interface CompromiseMethods {
  two: { transform: { verb: { conjugate(infinitive: string, model: unknown): Record<string, string> } } };
}

const model = nlp.model() as { one: { lexicon: Record<string, string | string[] | undefined> } };
const methods = nlp.methods() as unknown as CompromiseMethods;

const tagsOfWord = (words: string): string[] => {
  const tags = model.one.lexicon[words.toLowerCase()];
  return tags === undefined ? [] : Array.isArray(tags) ? tags : [tags];
};

/** What compromise's lexicon says a capitalised name is: a person's (by its first name), a country, a city. */
export function lexiconTags(name: string): { person: boolean; country: boolean; city: boolean } {
  const whole = tagsOfWord(name);
  const first = tagsOfWord(name.split(' ')[0] ?? '');
  return {
    person: first.some((tag) => /Name$|^Person$/.test(tag)) || whole.includes('Person'),
    country: whole.includes('Country'),
    city: whole.includes('City') || whole.includes('Region'),
  };
}

/** A verb's forms: "urge" → urge, urges, urged, urging; "sit down" → sat down, sitting down… */
export function verbForms(infinitive: string): string[] {
  const conjugated = methods.two.transform.verb.conjugate(infinitive, nlp.model());
  return [
    ...new Set([
      infinitive,
      ...Object.entries(conjugated).flatMap(([tense, form]) => (tense === 'FutureTense' ? [] : [form])),
    ]),
  ];
}
