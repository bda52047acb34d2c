import { skipToken, useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useMemo, useState, type KeyboardEvent, type ReactElement } from 'react';
import { graphql, type FragmentType } from '../gql';
import { type SuggestionQueueQuery as SuggestionQueueData } from '../gql/graphql';
import { AddFactDialog } from './add-fact';
import type { AddFact_fact } from './attribution-choice';
import { refreshAfterChange } from './after-change';
import { formProblems } from './graphql-errors';
import { type SuggestedFact } from './suggested-fact';

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

const SuggestFactsMutation = graphql(`
  mutation SuggestFactsMutation($documentId: ID!) {
    suggestFacts(documentId: $documentId) {
      added
    }
  }
`);

const AcceptSuggestionMutation = graphql(`
  mutation AcceptSuggestionMutation($id: ID!) {
    acceptSuggestion(input: { id: $id }) {
      suggestion {
        id
        status
      }
    }
  }
`);

const RejectSuggestionMutation = graphql(`
  mutation RejectSuggestionMutation($id: ID!) {
    rejectSuggestion(input: { id: $id }) {
      suggestion {
        id
        status
      }
    }
  }
`);

/** A pending suggestion as the queue and the reader's suggestions layer read it. */
export type PendingSuggestion = NonNullable<SuggestionQueueData['document']>['suggestions']['nodes'][number];

/** The kinds of suggestion `e` opens in an add-fact form of their own kind, prefilled. */
const EDITABLE = new Set(['RELATION', 'EVENT', 'STATEMENT', 'FIGURE', 'POSITION']);

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

/**
 * A document's review queue, for editors: its pending suggestions, surest first, reviewed from the
 * keyboard (a accept, e edit in the add-fact form of its kind, r reject, j or n next, k or p
 * previous) or by clicking one. What each key did is announced.
 */
export function SuggestionQueue(props: {
  document: { id: string; slug: string; text: string };
  facts: FragmentType<typeof AddFact_fact>[];
  review: SuggestionReview;
}): ReactElement {
  const { document, review } = props;
  const { pending, current, announce, refetch } = review;
  const client = useApolloClient();
  const [suggest, suggesting] = useMutation(SuggestFactsMutation);
  const [accept] = useMutation(AcceptSuggestionMutation);
  const [reject] = useMutation(RejectSuggestionMutation);
  const [editing, setEditing] = useState<{ suggestion: SuggestedFact; span: { start: number; end: number } } | null>(
    null,
  );

  const run = async (what: string, work: () => Promise<unknown>): Promise<boolean> => {
    let done = true;
    try {
      await work();
      announce(what);
    } catch (error) {
      done = false;
      announce(
        formProblems(error)
          .map((problem) => problem.message)
          .join(' '),
      );
    }
    await refetch();
    await refreshAfterChange(client);
    return done;
  };
  const decide = (verb: 'accept' | 'reject') => {
    if (!current) return;
    const mutate = verb === 'accept' ? accept : reject;
    // It leaves the queue and the highlights at once; a refusal puts it back.
    review.setDecided(current.id, true);
    void run(`${verb === 'accept' ? 'Accepted' : 'Rejected'}: ${current.summary}`, () =>
      mutate({ variables: { id: current.id } }),
    ).then((done) => {
      if (!done) review.setDecided(current.id, false);
    });
  };
  // Opens the add-fact form of the suggestion's kind with the suggestion in it; saving it accepts the suggestion.
  const edit = () => {
    const span = current?.spans[0];
    if (!current || !span) return;
    if (!EDITABLE.has(current.type)) {
      announce(`A suggested ${current.type.toLowerCase()} has no form here; accept or reject it.`);
      return;
    }
    setEditing({
      suggestion: { id: current.id, type: current.type, fact: current.fact as Record<string, unknown> },
      span,
    });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const action: Record<string, () => void> = {
      a: () => decide('accept'),
      r: () => decide('reject'),
      e: edit,
      j: () => review.move(1),
      n: () => review.move(1),
      k: () => review.move(-1),
      p: () => review.move(-1),
    };
    const handler = action[event.key];
    if (!handler) return;
    event.preventDefault();
    handler();
  };

  return (
    <section className="suggestion-queue" aria-labelledby="suggestion-queue-title">
      <h2 id="suggestion-queue-title">Suggestions to review</h2>
      <p>
        <button
          type="button"
          disabled={suggesting.loading}
          onClick={() =>
            void run('Suggestions read', async () => {
              const answer = await suggest({ variables: { documentId: document.id } });
              announce(`${answer.data?.suggestFacts.added ?? 0} new suggestions`);
            })
          }
        >
          Suggest facts
        </button>
      </p>
      {pending.length ? (
        <div
          className="suggestion-list"
          role="listbox"
          tabIndex={0}
          aria-label="Pending suggestions, surest first: a accept, e edit, r reject, j or n next, k or p previous"
          aria-activedescendant={current ? `suggestion-${current.id}` : undefined}
          onKeyDown={onKeyDown}
        >
          {pending.map((suggestion) => (
            <div
              key={suggestion.id}
              id={`suggestion-${suggestion.id}`}
              role="option"
              aria-selected={suggestion.id === current?.id}
              className={suggestion.id === current?.id ? 'suggestion current' : 'suggestion'}
              onClick={() => review.select(suggestion.id, true)}
            >
              <span className="muted">
                {suggestion.type.toLowerCase()}, {Math.round(suggestion.confidence * 100)}%
              </span>{' '}
              {suggestion.summary}
              {suggestion.spans.map((span) => (
                <blockquote key={`${span.start}-${span.end}`} className="fact-quote">
                  {span.text}
                </blockquote>
              ))}
            </div>
          ))}
        </div>
      ) : (
        <p className="muted">No suggestion is waiting.</p>
      )}
      {editing ? (
        <AddFactDialog
          document={document}
          facts={props.facts}
          selection={editing.span}
          suggestion={editing.suggestion}
          onClose={() => {
            setEditing(null);
            void refetch();
          }}
        />
      ) : null}
      <p role="status" className="sr-only">
        {review.announcement}
      </p>
    </section>
  );
}
