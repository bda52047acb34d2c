import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useState, type KeyboardEvent, type ReactElement } from 'react';
import { graphql, type FragmentType } from '../gql';
import { AddFactDialog } from './add-fact';
import type { AddFact_fact } from './attribution-choice';
import { refreshAfterChange } from './after-change';
import { formProblems } from './graphql-errors';

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

/**
 * A document's review queue, for editors: its pending suggestions, surest first, reviewed from the
 * keyboard (a accept, e edit in the add-fact form, r reject, j or n next, k or p previous). What
 * each key did is announced.
 */
export function SuggestionQueue(props: {
  document: { id: string; slug: string; text: string };
  facts: FragmentType<typeof AddFact_fact>[];
}): ReactElement {
  const { document } = props;
  const client = useApolloClient();
  const { data, refetch } = useQuery(SuggestionQueueQuery, { variables: { slug: document.slug } });
  const [suggest, suggesting] = useMutation(SuggestFactsMutation);
  const [accept] = useMutation(AcceptSuggestionMutation);
  const [reject] = useMutation(RejectSuggestionMutation);
  const [index, setIndex] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const [editing, setEditing] = useState<{
    id: string;
    fact: Record<string, unknown>;
    span: { start: number; end: number };
  } | null>(null);
  const pending = data?.document?.suggestions.nodes ?? [];
  const current = pending[Math.min(index, pending.length - 1)];

  const run = async (what: string, work: () => Promise<unknown>) => {
    try {
      await work();
      setAnnouncement(what);
    } catch (error) {
      setAnnouncement(
        formProblems(error)
          .map((problem) => problem.message)
          .join(' '),
      );
    }
    await refetch();
    await refreshAfterChange(client);
  };
  const decide = (verb: 'accept' | 'reject') => {
    if (!current) return;
    const mutate = verb === 'accept' ? accept : reject;
    void run(`${verb === 'accept' ? 'Accepted' : 'Rejected'}: ${current.summary}`, () =>
      mutate({ variables: { id: current.id } }),
    );
  };
  const move = (step: number) => {
    if (!pending.length) return;
    const next = Math.max(0, Math.min(pending.length - 1, index + step));
    setIndex(next);
    const suggestion = pending[next];
    if (suggestion) setAnnouncement(`${next + 1} of ${pending.length}: ${suggestion.summary}`);
  };
  // Opens the add-fact form with the suggested relation in it; saving it accepts the suggestion.
  const edit = () => {
    const span = current?.spans[0];
    if (!current || !span) return;
    if (current.type !== 'RELATION') {
      setAnnouncement('Only a suggested relation opens in the form; accept or reject this one.');
      return;
    }
    setEditing({ id: current.id, fact: current.fact as Record<string, unknown>, span });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const action: Record<string, () => void> = {
      a: () => decide('accept'),
      r: () => decide('reject'),
      e: edit,
      j: () => move(1),
      n: () => move(1),
      k: () => move(-1),
      p: () => move(-1),
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
              setAnnouncement(`${answer.data?.suggestFacts.added ?? 0} new suggestions`);
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
          suggestion={editing}
          onClose={() => {
            setEditing(null);
            void refetch();
          }}
        />
      ) : null}
      <p role="status" className="sr-only">
        {announcement}
      </p>
    </section>
  );
}
