import { useQuery } from '@apollo/client/react';
import { type RelationCategory } from '@parley/schema';
import { lazy, Suspense, useDeferredValue, useEffect, useMemo, useRef, useState, type ReactElement } from 'react';
import { Link, NavigationType, useLocation, useNavigationType, useParams } from 'react-router';
import { formatDay } from '../../lib/partial-date';
import { parseSpanHash, segmentText, type Segment, type Span } from '../../lib/segments';
import { CATEGORIES, categoryColor, kindLabel } from '../../ui/category';
import { DEFAULT_LAYERS, LAYER_ORDER, LAYERS, layerOf, layersFromParam, SUGGESTIONS, type Layer } from './layers';
import { FindInArticle } from './find-in-article';
import { HighlightedText } from './highlighted-text';
import { selectedOffsets } from './text-selection';
import { CopyLinkButton } from '../../ui/copy-link';
import { ActorLink } from '../../ui/links';
import { PageTitle } from '../../ui/page-title';
import { ErrorState, LoadingState } from '../../ui/states';
import { useUrlControls } from '../../ui/url-controls';
import { useSuggestionReview, type PendingSuggestion } from '../../editing/suggestion-review';
import { NodeHistory } from '../../editing/history/node-history';
import { useViewer } from '../../editing/viewer';
import { NotFoundPage } from '../not-found-page';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { type ReaderEvidenceQuery as ReaderEvidenceData } from '../../gql/graphql';

// An editor's tools load with the editing forms' code, and only for a signed-in editor: a reader's
// visit brings none of it.
const AddFactButton = lazy(() => import('../../editing/add-fact').then((m) => ({ default: m.AddFactButton })));
const FactActions = lazy(() => import('../../editing/fact-actions').then((m) => ({ default: m.FactActions })));
const SuggestionQueue = lazy(() =>
  import('../../editing/suggestion-queue').then((m) => ({ default: m.SuggestionQueue })),
);

export const FactLine_fact = graphql(`
  fragment FactLine_fact on Node {
    __typename
    id
    ... on Relation {
      relationKind: kind
      category
      summary
      source {
        id
        slug
        name
      }
      target {
        id
        slug
        name
      }
    }
    ... on Event {
      slug
      title
    }
    ... on Participation {
      role
      actor {
        id
        slug
        name
      }
      event {
        id
        slug
        title
      }
    }
    ... on Position {
      title
      acting
      holder {
        id
        slug
        name
      }
    }
    ... on Statement {
      statementKind: kind
      text
      speaker {
        id
        slug
        name
      }
    }
    ... on Figure {
      summary
    }
    ... on Negotiation {
      title
    }
    ... on Attribution {
      attributionKind: kind
      text
    }
    ... on Actor {
      slug
      name
    }
  }
`);

/** The document and its text: what the reader paints first (cached, so Back paints it at once, at its height). */
export const ReaderQuery = graphql(`
  query ReaderQuery($slug: String!) {
    document(slug: $slug) {
      id
      slug
      title
      text
      publishedAt
      publisher {
        id
        slug
        name
      }
      contributors {
        id
        slug
        name
      }
      # How many spans there are, to say so when a document has more than the reader shows.
      evidenceConnection(first: 0) {
        totalCount
      }
    }
  }
`);

/**
 * Up to 500 of the document's spans (the API's largest list of a document's evidence), in one
 * answer and kept out of the cache: normalising and merging hundreds of spans and the facts they
 * support was most of the reader's blocking time, and nothing else reads them from there.
 */
export const ReaderEvidenceQuery = graphql(`
  query ReaderEvidenceQuery($slug: String!) {
    document(slug: $slug) {
      id
      evidence(first: 500) {
        id
        start
        end
        quote
        supports {
          __typename
          id
          ... on Relation {
            category
          }
          ...FactLine_fact
          ...AddFact_fact
        }
      }
    }
  }
`);

type SpanData = NonNullable<ReaderEvidenceData['document']>['evidence'][number];

/** The words of a suggested fact an editor reviews (its spans are ranges of the text, not evidence). */
interface SuggestionSpanData {
  suggestion: PendingSuggestion;
}

/** What a highlighted span of the reader stands for: a fact's evidence, or a suggestion's words. */
type ReaderSpanData = SpanData | SuggestionSpanData;

const isSuggested = (span: Span<ReaderSpanData>): span is Span<SuggestionSpanData> => 'suggestion' in span.data;
const isEvidence = (span: Span<ReaderSpanData>): span is Span<SpanData> => !isSuggested(span);

/** The suggestions a run's words belong to, each once, surest first as the queue lists them. */
const suggestionsIn = (segment: Segment<ReaderSpanData>): PendingSuggestion[] => [
  ...new Map(segment.spans.filter(isSuggested).map((span) => [span.data.suggestion.id, span.data.suggestion])).values(),
];

/** Which category colours a passage that supports relations of several: the most forceful. */
const SEVERITY: Record<RelationCategory, number> = { COERCION: 0, PRESSURE: 1, SUPPORT: 2, DIPLOMACY: 3 };

const factLayer = (span: { data: SpanData }) => layerOf(span.data.supports);

/**
 * The layer a highlighted run is coloured by: the strongest relation it supports, else its first
 * other layer; words only suggested are the suggestions layer's.
 */
function segmentCategory(segment: Segment<ReaderSpanData>): Layer | null {
  const facts = segment.spans.filter(isEvidence);
  const categories = facts.flatMap((span) =>
    span.data.supports.__typename === 'Relation' ? [span.data.supports.category] : [],
  );
  const strongest = categories.sort((a, b) => SEVERITY[a] - SEVERITY[b])[0];
  if (strongest) return strongest;
  const layers = new Set(facts.map(factLayer));
  return LAYER_ORDER.find((layer) => layers.has(layer)) ?? (segment.spans.length ? SUGGESTIONS : null);
}

/** One fact a passage supports, in a line. */
function FactLine(props: { fact: FragmentType<typeof FactLine_fact> }): ReactElement | null {
  const fact = getFragmentData(FactLine_fact, props.fact);
  switch (fact.__typename) {
    case 'Relation':
      return (
        <>
          <span className="swatch" style={{ background: categoryColor(fact.category) }} aria-hidden="true" />{' '}
          <ActorLink actor={fact.source} /> {kindLabel(fact.relationKind)} <ActorLink actor={fact.target} /> —{' '}
          {fact.summary}
        </>
      );
    case 'Event':
      return (
        <>
          Event: <Link to={`/timeline#${fact.slug}`}>{fact.title}</Link>
        </>
      );
    case 'Participation':
      return (
        <>
          <ActorLink actor={fact.actor} /> at <Link to={`/timeline#${fact.event.slug}`}>{fact.event.title}</Link>
          {fact.role ? ` — ${fact.role}` : ''}
        </>
      );
    case 'Position':
      return (
        <>
          Position: <ActorLink actor={fact.holder} />, {fact.acting ? 'acting ' : ''}
          {fact.title}
        </>
      );
    case 'Statement':
      return (
        <>
          Statement ({kindLabel(fact.statementKind)}) by <ActorLink actor={fact.speaker} />
          {fact.text ? `: ${fact.text}` : ''}
        </>
      );
    case 'Figure':
      return <>Figure: {fact.summary}</>;
    case 'Negotiation':
      return <>Negotiation: {fact.title}</>;
    case 'Attribution':
      return (
        <>
          Attribution ({kindLabel(fact.attributionKind)}){fact.text ? `: “${fact.text}”` : ''}
        </>
      );
    case 'Actor':
      return (
        <>
          Names <ActorLink actor={fact} />
        </>
      );
    case 'Document':
    case 'Evidence':
    case 'Change':
    case 'ChangeRow':
    case 'Suggestion':
      // Evidence never supports a whole document, nor other evidence, nor a recorded change or a suggestion (see Evidence.supports in the schema).
      return null;
  }
}

/** Where a fact lives in the rest of the explorer: its actor page, its timeline card, its list. */
function FactPlace(props: { fact: FragmentType<typeof FactLine_fact> }): ReactElement | null {
  const fact = getFragmentData(FactLine_fact, props.fact);
  const place = (() => {
    switch (fact.__typename) {
      case 'Relation':
        return { to: `/actors/${fact.source.slug}#relation-${fact.id}`, label: `on ${fact.source.name}’s page` };
      case 'Event':
        return { to: `/timeline#${fact.slug}`, label: 'on the timeline' };
      case 'Participation':
        return { to: `/timeline#${fact.event.slug}`, label: 'on the timeline' };
      case 'Position':
        return { to: `/actors/${fact.holder.slug}`, label: `on ${fact.holder.name}’s page` };
      case 'Statement':
        return { to: `/statements?kinds=${fact.statementKind}`, label: 'among the statements' };
      case 'Figure':
        return { to: '/figures', label: 'among the figures' };
      case 'Actor':
        return { to: `/actors/${fact.slug}`, label: `on ${fact.name}’s page` };
      default:
        return null;
    }
  })();
  return place ? (
    <Link className="fact-place" to={place.to}>
      See it {place.label}
    </Link>
  ) : null;
}

/** A selection's words, shortened for a button's label. */
function ellipsis(words: string): string {
  const flat = words.replace(/\s+/g, ' ').trim();
  return flat.length > 40 ? `${flat.slice(0, 39)}…` : flat;
}

/** The reader, started afresh for each document: a passage picked in one means nothing in another. */
export function ReaderPage() {
  const { slug = '' } = useParams();
  return <Reader key={slug} slug={slug} />;
}

function Reader({ slug }: { slug: string }) {
  const { hash, search, key } = useLocation();
  // Back or Forward to a page seen before (not the page the browser opened on, whose key is
  // "default"): the router puts the scroll where the reader left it, rather than at the link's words.
  const returning = useNavigationType() === NavigationType.Pop && key !== 'default';
  const [params, updateParams] = useUrlControls();
  // One object per deep link (`#start-end`), so that what depends on it runs once per link.
  const target = useMemo(() => parseSpanHash(hash), [hash]);
  const { data, loading, error, refetch } = useQuery(ReaderQuery, { variables: { slug } });
  const { canEdit } = useViewer();
  const document = data?.document;
  // An editor's review of the pending suggestions: their words are a layer of their own while any wait.
  const review = useSuggestionReview(slug, canEdit);
  const reviewing = canEdit && review.pending.length > 0;
  const suggestionSpans = useMemo(
    () =>
      review.pending.flatMap((suggestion) =>
        suggestion.spans.map((span) => ({ start: span.start, end: span.end, data: { suggestion } })),
      ),
    [review.pending],
  );
  // The highlights come with the second answer; until then the text reads plain.
  // Never joined to a request already in flight: a refetch after a change (a revert right after
  // another change, say) would otherwise take that earlier answer, read before the change.
  const evidenceQuery = useQuery(ReaderEvidenceQuery, {
    variables: { slug },
    fetchPolicy: 'no-cache',
    context: { queryDeduplication: false },
  });
  // Drawn in a deferred render, which React splits into short tasks: the text is on the page
  // already, and the highlights of a whole article would otherwise block it in one long task.
  const evidence = useDeferredValue(evidenceQuery.data?.document?.evidence);
  const totalSpans = document?.evidenceConnection.totalCount ?? 0;
  const allSpans = useMemo(
    () => evidence?.map((span) => ({ start: span.start, end: span.end, data: span })) ?? [],
    [evidence],
  );

  // The layers shown: those in the address; else those of the words a link pointed at (what the
  // reader came for); else the relations.
  const chosen = layersFromParam(params.get('layers'));
  const cameFor = useMemo(() => {
    if (!target) return null;
    // The facts of exactly those words, else of any words inside the link's range.
    const exact = allSpans.filter((span) => span.start === target.start && span.end === target.end);
    const within = allSpans.filter((span) => span.start >= target.start && span.end <= target.end);
    const layers = (exact.length ? exact : within).map((span) => factLayer(span));
    return layers.length ? [...new Set(layers)] : null;
  }, [allSpans, target]);
  // While suggestions wait for an editor's review, their layer is on unless the address says otherwise.
  const unchosen = cameFor ?? DEFAULT_LAYERS;
  const layers = chosen ?? (reviewing ? [...unchosen, SUGGESTIONS] : unchosen);
  const layerKey = LAYER_ORDER.filter((layer) => layers.includes(layer)).join(',');
  const spans = useMemo(() => {
    const shown = new Set(layerKey.split(','));
    const facts: Span<ReaderSpanData>[] = allSpans.filter((span) => shown.has(factLayer(span)));
    return shown.has(SUGGESTIONS) ? [...facts, ...suggestionSpans] : facts;
  }, [allSpans, suggestionSpans, layerKey]);
  const counts = useMemo(() => {
    const byLayer = new Map<Layer, number>();
    for (const span of allSpans) byLayer.set(factLayer(span), (byLayer.get(factLayer(span)) ?? 0) + 1);
    // The suggestions layer counts suggestions (with words to highlight), as the queue lists them.
    byLayer.set(SUGGESTIONS, review.pending.filter((suggestion) => suggestion.spans.length).length);
    return byLayer;
  }, [allSpans, review.pending]);
  const toggleLayer = (layer: Layer) => {
    const next = layers.includes(layer) ? layers.filter((l) => l !== layer) : [...layers, layer];
    // The layers are part of the address (a link shares them) but not steps to go Back through.
    updateParams(
      { layers: LAYER_ORDER.filter((l) => next.includes(l)).join(',') },
      { replace: true, preventScrollReset: true },
    );
  };

  const segments = useMemo(() => (document ? segmentText(document.text, spans) : []), [document, spans]);
  const article = useRef<HTMLDivElement>(null);

  // The suggestion current in the queue: its words are marked as current, and each move in the
  // queue brings them into view (the run they start in, when its layer is off).
  const currentSpan = review.current?.spans[0];
  const currentId = review.current?.id;
  const scrolledFor = useRef(0);
  useEffect(() => {
    if (review.moves === scrolledFor.current || !currentSpan) return;
    scrolledFor.current = review.moves;
    const runs = [...(article.current?.querySelectorAll<HTMLElement>('[data-start]') ?? [])];
    const run = runs.filter((element) => Number(element.dataset.start) <= currentSpan.start).at(-1);
    run?.scrollIntoView({ block: 'center' });
    // Only a move scrolls: not the queue's answer arriving again after a decision.
  }, [review.moves, currentSpan]);

  // The passage pinned to the panel, by where it starts: the one the reader last clicked, or the
  // deep link's when the text arrives or the link changes. Hovering or focusing another only
  // previews it while nothing is pinned. Adjusted while rendering, so the panel never paints the
  // passage it is about to replace.
  const [pinnedStart, setPinnedStart] = useState<number | null>(null);
  const [previewStart, setPreviewStart] = useState<number | null>(null);
  const [opened, setOpened] = useState<{ target: typeof target; segments: typeof segments } | null>(null);
  if (!opened || opened.target !== target || opened.segments !== segments) {
    setOpened({ target, segments });
    if (target && segments.length) {
      const linked = segments.find(
        (segment) => segment.start >= target.start && segment.end <= target.end && segment.spans.length,
      );
      if (linked) setPinnedStart(linked.start);
    }
  }
  const pinned = segments.find((segment) => segment.start === pinnedStart) ?? null;
  const active = pinned ?? segments.find((segment) => segment.start === previewStart) ?? null;

  // The words last selected in the article, for a link to them (kept when a click elsewhere collapses it).
  const [selected, setSelected] = useState<{ start: number; end: number } | null>(null);
  useEffect(() => {
    const onChange = () => {
      const article = window.document.querySelector('.article-text');
      const offsets = article ? selectedOffsets(article, window.getSelection()) : null;
      if (offsets) setSelected(offsets);
    };
    window.document.addEventListener('selectionchange', onChange);
    return () => window.document.removeEventListener('selectionchange', onChange);
  }, []);

  // Bring the deep link's passage into view once its text is on the page.
  const scrolledTo = useRef<typeof target>(null);
  useEffect(() => {
    if (!target || !segments.length || scrolledTo.current === target) return;
    if (returning) {
      scrolledTo.current = target;
      return;
    }
    const element = window.document.querySelector(`mark[data-start="${target.start}"]`);
    if (!element) return;
    scrolledTo.current = target;
    element.scrollIntoView({ block: 'center' });
  }, [segments, target, returning]);

  if (error) return <ErrorState error={error} retry={() => void refetch()} />;
  if (loading && !data) return <LoadingState what="Loading the document" />;
  if (!document) {
    return (
      <NotFoundPage title="No such document">
        <p>
          No document is called “{slug}”. See the <Link to="/documents">list of documents</Link>.
        </p>
      </NotFoundPage>
    );
  }

  // Each fact once, with the words that support it here: the whole quote, not only this run.
  const facts = active
    ? [...new Map(active.spans.filter(isEvidence).map((span) => [span.data.supports.id, span.data])).values()]
    : [];
  const suggestedHere = active ? suggestionsIn(active) : [];
  // Clicking suggested words makes their suggestion current in the queue (the next of them, when
  // the current one is already theirs).
  const pin = (segment: Segment<ReaderSpanData>) => {
    setPinnedStart(segment.start);
    const here = suggestionsIn(segment);
    if (!here.length) return;
    const at = here.findIndex((suggestion) => suggestion.id === currentId);
    const next = here[(at + 1) % here.length];
    if (next) review.select(next.id);
  };

  return (
    <div className="reader-page">
      <PageTitle>{document.title}</PageTitle>
      <header>
        <h1>{document.title}</h1>
        <p className="muted">
          {document.publisher?.name}
          {document.publishedAt ? `, ${formatDay(document.publishedAt)}` : ''}
          {document.contributors.length ? ` — with ${document.contributors.map((c) => c.name).join(', ')}` : ''} ·{' '}
          {!evidence
            ? `${totalSpans} evidence spans, loading`
            : totalSpans > allSpans.length
              ? `the first ${allSpans.length} of ${totalSpans} evidence spans highlighted`
              : `${allSpans.length} evidence spans`}
        </p>
        <NodeHistory id={document.id} what="the article" />
        <fieldset className="layers">
          <legend>Highlight</legend>
          {LAYER_ORDER.filter((layer) => layer !== SUGGESTIONS || reviewing).map((layer) => (
            <label key={layer} className={`legend-item layer-${layer.toLowerCase()}`}>
              <input type="checkbox" checked={layers.includes(layer)} onChange={() => toggleLayer(layer)} />
              <span
                className={`legend-sample span-${layer.toLowerCase()}`}
                style={
                  layer in CATEGORIES ? { borderBottomColor: categoryColor(layer as RelationCategory) } : undefined
                }
              >
                {LAYERS[layer].label}
              </span>{' '}
              <span className="muted">({counts.get(layer) ?? 0})</span>
            </label>
          ))}
        </fieldset>
        <FindInArticle text={document.text} article={article} drawn={segments} />
      </header>
      {selected ? (
        <p className="view-actions selection-link">
          <CopyLinkButton
            label={`Copy link to “${ellipsis(document.text.slice(selected.start, selected.end))}”`}
            href={`${window.location.origin}${window.location.pathname}${search}#${selected.start}-${selected.end}`}
          />
          {canEdit ? (
            <Suspense fallback={null}>
              <AddFactButton
                document={document}
                selection={selected}
                facts={allSpans.map((span) => span.data.supports)}
              />
            </Suspense>
          ) : null}
        </p>
      ) : null}
      {evidenceQuery.error ? (
        <ErrorState error={evidenceQuery.error} retry={() => void evidenceQuery.refetch()} />
      ) : null}
      <a className="skip-link" href="#facts-panel">
        Skip past the highlighted passages
      </a>
      <div className="reader-layout">
        <HighlightedText
          articleRef={article}
          segments={segments}
          categoryOf={segmentCategory}
          target={target}
          activeStart={active?.start}
          pinnedStart={pinned?.start}
          onPreview={(segment) => setPreviewStart(segment.start)}
          onPin={pin}
          suggestedIn={(segment) => suggestionsIn(segment).length}
          isCurrent={(segment) =>
            !!currentSpan &&
            segment.start >= currentSpan.start &&
            segment.end <= currentSpan.end &&
            segment.spans.some((span) => isSuggested(span) && span.data.suggestion.id === currentId)
          }
        />
        <aside
          id="facts-panel"
          tabIndex={-1}
          className="side-panel"
          aria-live="polite"
          aria-label="Facts supported by the highlighted words"
        >
          {active ? (
            <>
              <h2>What these words support</h2>
              {pinned ? (
                <button type="button" className="close" onClick={() => setPinnedStart(null)}>
                  Unpin
                </button>
              ) : null}
              {suggestedHere.length ? (
                <>
                  <h3>Suggested here</h3>
                  <ul className="facts-list suggested-here">
                    {suggestedHere.map((suggestion) => (
                      <li key={suggestion.id} aria-current={suggestion.id === currentId ? 'true' : undefined}>
                        {suggestion.type.toLowerCase()}: {suggestion.summary}
                        {suggestion.id === currentId ? ' (current in the review queue)' : ''}
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
              <ul className="facts-list">
                {facts.map((span) => (
                  <li key={span.supports.id}>
                    <FactLine fact={span.supports} />
                    <blockquote className="fact-quote">
                      <Link to={{ search, hash: `${span.start}-${span.end}` }} title="Link to these words">
                        {span.quote}
                      </Link>
                    </blockquote>
                    <FactPlace fact={span.supports} />
                    {canEdit ? (
                      <Suspense fallback={null}>
                        <FactActions fact={span.supports} />
                      </Suspense>
                    ) : null}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p className="muted">
              Hover or focus a highlighted passage to preview the facts it supports; click it (or press Enter) to keep
              them here.
            </p>
          )}
        </aside>
      </div>
      {canEdit ? (
        <Suspense fallback={null}>
          <SuggestionQueue document={document} facts={allSpans.map((span) => span.data.supports)} review={review} />
        </Suspense>
      ) : null}
    </div>
  );
}
