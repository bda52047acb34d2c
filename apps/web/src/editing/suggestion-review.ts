import { skipToken, useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { graphql } from '../gql';
import { type SuggestionQueueQuery as SuggestionQueueData } from '../gql/graphql';

/*
 * Apart from the queue (suggestion-queue.tsx), which loads with the editing forms: the reader asks
 * for the review on every visit, and only an editor's brings the queue's code.
 */

export const SuggestionQueueQuery = graphql(`
  query SuggestionQueueQuery($slug: String!) {
    document(slug: $slug) {
      id
      suggestions(status: PENDING, first: 100) {
        totalCount
        nodes {
          id
          type
          confidence
          summary
          fact
          spans {
            start
            end
            text
          }
        }
      }
    }
  }
`);

/** A pending suggestion as the queue and the reader's suggestions layer read it. */
export type PendingSuggestion = NonNullable<SuggestionQueueData['document']>['suggestions']['nodes'][number];

/**
 * The review of a document's pending suggestions, shared by the queue and the reader's suggestions
 * layer: what is pending (less what was just accepted or rejected, at once), which one is current,
 * and what was last announced. Nothing is asked of the API unless `enabled` (an editor).
 */
export function useSuggestionReview(slug: string, enabled: boolean) {
  const { data, refetch } = useQuery(SuggestionQueueQuery, enabled ? { variables: { slug } } : skipToken);
  // Decided here and not yet gone from the answer: left out meanwhile, put back if the decision fails.
  const [decided, setDecided] = useState<ReadonlySet<string>>(new Set());
  const [index, setIndex] = useState(0);
  // One more each time the editor moves to a suggestion in the queue: the reader scrolls to its words.
  const [moves, setMoves] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const nodes = data?.document?.suggestions.nodes;
  const pending = useMemo(
    () => (enabled ? (nodes ?? []).filter((suggestion) => !decided.has(suggestion.id)) : []),
    [nodes, decided, enabled],
  );
  const at = Math.max(0, Math.min(index, pending.length - 1));
  const current: PendingSuggestion | undefined = pending[at];
  const goTo = (next: number, scroll: boolean) => {
    const suggestion = pending[next];
    if (!suggestion) return;
    setIndex(next);
    if (scroll) setMoves((count) => count + 1);
    setAnnouncement(`${next + 1} of ${pending.length}: ${suggestion.summary}`);
  };
  return {
    pending,
    current,
    announcement,
    announce: setAnnouncement,
    /** How many times the editor moved in the queue. */
    moves,
    refetch,
    /** Makes the suggestion current; `scroll` brings its words into view (a move in the queue). */
    select: (id: string, scroll = false) =>
      goTo(
        pending.findIndex((suggestion) => suggestion.id === id),
        scroll,
      ),
    /** Moves `step` places in the queue, staying within it. */
    move: (step: number) => {
      if (pending.length) goTo(Math.max(0, Math.min(pending.length - 1, at + step)), true);
    },
    /** Leaves a suggestion out of the queue and the layer while its decision is made (`false` puts it back). */
    setDecided: (id: string, isDecided: boolean) =>
      setDecided((ids) => {
        const next = new Set(ids);
        if (isDecided) next.add(id);
        else next.delete(id);
        return next;
      }),
  };
}

export type SuggestionReview = ReturnType<typeof useSuggestionReview>;
