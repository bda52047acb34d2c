import { skipToken, useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import { useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { groupHits, hitHref, snippetPieces, type SiteSearchHit } from './search-results';
import './site-search.css';

export const SiteSearchQuery = graphql(`
  query SiteSearchQuery($text: String!) {
    search(text: $text, first: 20) {
      totalCount
      edges {
        cursor
        kind
        matchedWords
        snippet {
          text
          highlights {
            start
            end
          }
        }
        span {
          start
          end
        }
        node {
          __typename
          id
          ... on Actor {
            slug
          }
          ... on Document {
            slug
          }
          ... on Event {
            evidence(first: 1) {
              id
              start
              end
              document {
                id
                slug
              }
            }
          }
          ... on Relation {
            evidence(first: 1) {
              id
              start
              end
              document {
                id
                slug
              }
            }
          }
          ... on Statement {
            evidence(first: 1) {
              id
              start
              end
              document {
                id
                slug
              }
            }
          }
          ... on Figure {
            evidence(first: 1) {
              id
              start
              end
              document {
                id
                slug
              }
            }
          }
        }
      }
    }
  }
`);

/** The API's limit on the search text. */
const MAX_TEXT = 200;

/** Whether a key press happened where typing "/" means the character, not the shortcut. */
function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

function Snippet({ hit }: { hit: SiteSearchHit }) {
  return (
    <>
      {snippetPieces(hit.snippet).map((piece, index) =>
        piece.marked ? (
          <mark key={index} className="search-match">
            {piece.text}
          </mark>
        ) : (
          <span key={index}>{piece.text}</span>
        ),
      )}
    </>
  );
}

/**
 * The header's search box: finds anything in the story (actors, events, relations, statements,
 * figures, the article's text) as one types, grouped by kind with the matched words marked.
 * An ARIA combobox over a grouped listbox: arrows move, Enter opens, Escape closes; "/" anywhere
 * else on the page focuses it.
 */
export function SiteSearch() {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const wrapper = useRef<HTMLDivElement>(null);
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const search = useDeferredValue(text.trim());
  // Punctuation alone is no search (the API would refuse it).
  const searchable = /[\p{L}\p{N}]/u.test(search);
  const { data, loading, error } = useQuery(
    SiteSearchQuery,
    open && searchable ? { variables: { text: search } } : skipToken,
  );
  const hits = useMemo(() => (searchable ? (data?.search.edges ?? []) : []), [data, searchable]);
  const groups = useMemo(() => groupHits(hits), [hits]);
  // The options in the order they are shown, which is the order the arrows walk.
  const options = useMemo(() => groups.flatMap((group) => group.hits.map(({ hit }) => hit)), [groups]);
  const expanded = open && options.length > 0;
  // The list may have shrunk since an arrow moved further down it.
  const current = Math.min(active, options.length - 1);
  const optionId = (index: number) => `${id}-option-${index}`;

  useEffect(() => {
    const focusOnSlash = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    window.addEventListener('keydown', focusOnSlash);
    return () => window.removeEventListener('keydown', focusOnSlash);
  }, []);

  // Keep the active option in view as the arrows move through a long list.
  useEffect(() => {
    if (expanded) document.getElementById(`${id}-option-${current}`)?.scrollIntoView({ block: 'nearest' });
  }, [expanded, current, id]);

  const go = (hit: SiteSearchHit) => {
    setOpen(false);
    input.current?.blur();
    void navigate(hitHref(hit));
  };

  let status = '';
  if (open && searchable) {
    if (error) status = 'The search failed; try again.';
    else if (loading && !data) status = 'Searching…';
    else if (data && !hits.length) status = `Nothing matches “${search}”.`;
    else if (data && data.search.totalCount > hits.length)
      status = `The best ${hits.length} of ${data.search.totalCount} results; more words narrow the search.`;
  }
  return (
    <div className="site-search" role="search" ref={wrapper}>
      <label htmlFor={id} className="sr-only">
        Search Parley
      </label>
      <input
        ref={input}
        id={id}
        type="text"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={expanded ? optionId(current) : undefined}
        aria-describedby={`${id}-hint`}
        autoComplete="off"
        spellCheck={false}
        maxLength={MAX_TEXT}
        placeholder="Search  /"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={() => setOpen(true)}
        // Focus moving into the list (a click on its scroll bar) comes straight back: stay open.
        onBlur={(event) => {
          if (!(event.relatedTarget instanceof Node && wrapper.current?.contains(event.relatedTarget))) setOpen(false);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setOpen(true);
            setActive(Math.min(current + 1, options.length - 1));
          } else if (event.key === 'ArrowUp') {
            event.preventDefault();
            setActive(Math.max(current - 1, 0));
          } else if (event.key === 'Home' && expanded) {
            event.preventDefault();
            setActive(0);
          } else if (event.key === 'End' && expanded) {
            event.preventDefault();
            setActive(options.length - 1);
          } else if (event.key === 'Enter' && expanded && options[current]) {
            event.preventDefault();
            go(options[current]);
          } else if (event.key === 'Escape') {
            // First Escape closes the list, the next one empties the box.
            if (expanded) setOpen(false);
            else setText('');
          }
        }}
      />
      <span id={`${id}-hint`} className="sr-only">
        Finds actors, events, relations, statements, figures and words of the article. Press slash to come back here.
      </span>
      <div className="site-search-popup" hidden={!open || (!expanded && !status)}>
        {/* The list scrolls, not the popup: a scrolling region must be focusable, and the
            list takes the focus back to the box (the arrows walk it from there). */}
        <div
          id={`${id}-list`}
          role="listbox"
          aria-label="Search results"
          className="site-search-list"
          tabIndex={-1}
          onFocus={() => input.current?.focus()}
          hidden={!expanded}
        >
          {groups.map((group) => (
            <div key={group.kind} role="group" aria-labelledby={`${id}-${group.kind}`} className="site-search-group">
              <div role="presentation" id={`${id}-${group.kind}`} className="site-search-group-label">
                {group.label}
              </div>
              {group.hits.map(({ hit, position }) => {
                return (
                  <div
                    key={hit.cursor}
                    id={optionId(position)}
                    role="option"
                    aria-selected={position === current}
                    className="site-search-option"
                    // Keep the focus in the box: a click picks without blurring it first.
                    onMouseDown={(event) => {
                      event.preventDefault();
                      go(hit);
                    }}
                    onMouseMove={() => setActive(position)}
                  >
                    <Snippet hit={hit} />
                  </div>
                );
              })}
            </div>
          ))}
        </div>
        <p className="site-search-status" role="status">
          {status}
        </p>
      </div>
    </div>
  );
}
