import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState, type SyntheticEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { graphql } from '../gql';
import { ActorPicker } from '../ui/actor-picker';
import { PageTitle } from '../ui/page-title';
import { LoadingState } from '../ui/states';
import { refreshAfterChange } from './after-change';
import { ProblemList, fieldProblem } from './form-problems';
import { formProblems, type FormProblem } from './graphql-errors';
import { usePickedActor } from './relation-fields';
import { suggestSlug } from './slug';
import { useViewer } from './viewer';

export const CreateDocumentMutation = graphql(`
  mutation CreateDocumentMutation($input: CreateDocumentInput!) {
    createDocument(input: $input) {
      document {
        id
        slug
      }
    }
  }
`);

const LABELS: Record<string, string> = {
  title: 'Title',
  slug: 'Slug',
  publisherId: 'Publisher',
  contributorIds: 'Contributors',
  publishedAt: 'Published',
  url: 'Address',
  text: 'Text',
};

/** /documents/new: an article's details and text, then it opens in the reader to annotate. */
export function NewDocumentPage() {
  const { canEdit, loading } = useViewer();
  if (loading) return <LoadingState what="Checking who is signed in" />;
  return (
    <div className="new-document-page narrow-page">
      <PageTitle>New article</PageTitle>
      <h1>New article</h1>
      {canEdit ? (
        <NewDocumentForm />
      ) : (
        <p>
          Adding articles is for editors. <Link to="/sign-in?next=/documents/new">Sign in</Link> first.
        </p>
      )}
    </div>
  );
}

function NewDocumentForm() {
  const navigate = useNavigate();
  const client = useApolloClient();
  const [create, { loading }] = useMutation(CreateDocumentMutation);
  const [title, setTitle] = useState('');
  const [slug, setSlug] = useState('');
  // The slug follows the title until the editor types one of their own.
  const [slugEdited, setSlugEdited] = useState(false);
  const [publisherSlug, setPublisherSlug] = useState<string | null>(null);
  const [contributorSlugs, setContributorSlugs] = useState<(string | null)[]>([null]);
  const [publishedAt, setPublishedAt] = useState('');
  const [url, setUrl] = useState('');
  const [text, setText] = useState('');
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const publisher = usePickedActor(publisherSlug);
  const [contributorIds, setContributorIds] = useState<Record<string, string>>({});

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    try {
      const { data } = await create({
        variables: {
          input: {
            title: title.trim(),
            slug: slug.trim(),
            text,
            publisherId: publisher?.id ?? null,
            contributorIds: contributorSlugs.flatMap((s) => (s && contributorIds[s] ? [contributorIds[s]] : [])),
            publishedAt: publishedAt || null,
            url: url.trim() || null,
          },
        },
      });
      await refreshAfterChange(client);
      const created = data?.createDocument.document;
      if (created) await navigate(`/documents/${created.slug}`);
    } catch (error) {
      setProblems(formProblems(error));
    }
  };

  const describe = (field: string) => (fieldProblem(problems, field) ? `new-document-${field}-problem` : undefined);
  const under = (field: string) => {
    const problem = fieldProblem(problems, field);
    return problem ? (
      <span className="field-problem" id={`new-document-${field}-problem`}>
        {problem}
      </span>
    ) : null;
  };

  return (
    <form className="edit-form" onSubmit={(event) => void submit(event)} noValidate>
      <ProblemList problems={problems} labels={LABELS} />
      <label>
        Title
        <input
          value={title}
          required
          aria-describedby={describe('title')}
          onChange={(event) => {
            setTitle(event.target.value);
            if (!slugEdited) setSlug(suggestSlug(event.target.value));
          }}
        />
        {under('title')}
      </label>
      <label>
        Slug (its address: /documents/{slug || '…'})
        <input
          value={slug}
          required
          aria-describedby={describe('slug')}
          onChange={(event) => {
            setSlug(event.target.value);
            setSlugEdited(true);
          }}
        />
        {under('slug')}
      </label>
      <ActorPicker label="Publisher" value={publisherSlug} onChange={setPublisherSlug} />
      <fieldset>
        <legend>Contributors</legend>
        {contributorSlugs.map((value, index) => (
          <ContributorPicker
            key={index}
            label={`Contributor ${index + 1}`}
            value={value}
            onChange={(picked, id) => {
              setContributorSlugs(contributorSlugs.map((s, i) => (i === index ? picked : s)));
              if (picked && id) setContributorIds({ ...contributorIds, [picked]: id });
            }}
          />
        ))}
        <button type="button" onClick={() => setContributorSlugs([...contributorSlugs, null])}>
          Add a contributor
        </button>
      </fieldset>
      <label>
        Published
        <input
          type="date"
          value={publishedAt}
          aria-describedby={describe('publishedAt')}
          onChange={(event) => setPublishedAt(event.target.value)}
        />
        {under('publishedAt')}
      </label>
      <label>
        Address of the original (optional)
        <input
          type="url"
          value={url}
          aria-describedby={describe('url')}
          onChange={(event) => setUrl(event.target.value)}
        />
        {under('url')}
      </label>
      <label>
        Text
        <textarea
          value={text}
          rows={14}
          required
          aria-describedby={describe('text')}
          onChange={(event) => setText(event.target.value)}
        />
        {under('text')}
      </label>
      <label>
        Or read the text from a .txt file
        <input
          type="file"
          accept=".txt,text/plain"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void file.text().then(setText);
          }}
        />
      </label>
      <div className="form-actions">
        <button type="submit" disabled={loading}>
          {loading ? 'Saving…' : 'Save and open in the reader'}
        </button>
      </div>
    </form>
  );
}

/** One contributor: the shared actor picker, reporting the picked actor's ID once known. */
function ContributorPicker(props: {
  label: string;
  value: string | null;
  onChange: (slug: string | null, id: string | null) => void;
}) {
  const picked = usePickedActor(props.value);
  const [reported, setReported] = useState<string | null>(null);
  if (picked && reported !== picked.id) {
    setReported(picked.id);
    props.onChange(picked.slug, picked.id);
  }
  return <ActorPicker label={props.label} value={props.value} onChange={(slug) => props.onChange(slug, null)} />;
}
