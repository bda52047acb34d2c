import { ArgsType, Field } from 'type-graphql';
import { MAX_SEARCH_LENGTH } from '../common/search.js';
import { PageArgs } from '../common/page.args.js';
import { SearchResultKind } from './search-result.type.js';
import { MAX_SEARCH_WORDS } from './search-text.js';

@ArgsType()
export class SearchArgs extends PageArgs {
  @Field(() => String, {
    description: `The words to find, all of them (at most ${MAX_SEARCH_LENGTH} characters and ${MAX_SEARCH_WORDS} words). Case and accents are ignored and English words match their other forms ("declined" finds "declines"); punctuation only separates words ("$2 billion" looks for "2" and "billion"); "double quotes" ask for words in that order; the last word, unless quoted, also matches longer words it begins ("Mex" finds "Mexico").`,
  })
  text!: string;

  @Field(() => [SearchResultKind], { nullable: true, description: 'Only hits of these kinds; all kinds when omitted.' })
  kinds?: SearchResultKind[] | null;
}
