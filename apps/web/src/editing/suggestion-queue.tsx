import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState, type KeyboardEvent, type ReactElement } from 'react';
import { graphql, type FragmentType } from '../gql';
import { AddFactDialog } from './add-fact';
import type { AddFact_fact } from './attribution-choice';
import { refreshAfterChange } from './after-change';
import { formProblems } from './graphql-errors';
import { type SuggestedFact } from './suggested-fact';
import { type SuggestionReview } from './suggestion-review';

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

/** The kinds of suggestion `e` opens in an add-fact form of their own kind, prefilled. */
const EDITABLE = new Set(['RELATION', 'EVENT', 'STATEMENT', 'FIGURE', 'POSITION']);

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
