import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState, type SyntheticEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { graphql } from '../gql';
import { PageTitle } from '../ui/page-title';
import { refreshAfterSignIn } from './after-change';
import { ProblemList } from './form-problems';
import { formProblems, type FormProblem } from './graphql-errors';

export const SignInMutation = graphql(`
  mutation SignInMutation($input: SignInInput!) {
    signIn(input: $input) {
      viewer {
        id
        name
        role
      }
    }
  }
`);

/** /sign-in: a name and password start a session (an HttpOnly cookie), then back where the reader was. */
export function SignInPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [signIn, { loading }] = useMutation(SignInMutation);
  const [problems, setProblems] = useState<FormProblem[]>([]);

  const submit = async (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const field = (name: string) => {
      const value = form.get(name);
      return typeof value === 'string' ? value : '';
    };
    const input = { name: field('name').trim(), password: field('password') };
    try {
      await signIn({ variables: { input } });
    } catch (error) {
      setProblems(formProblems(error));
      return;
    }
    await refreshAfterSignIn(client);
    // Only a path of this site: a link cannot send someone elsewhere after signing in.
    const back = params.get('next');
    await navigate(back?.startsWith('/') && !back.startsWith('//') ? back : '/');
  };

  return (
    <div className="sign-in-page narrow-page">
      <PageTitle>Sign in</PageTitle>
      <h1>Sign in</h1>
      <p className="muted">Editors sign in to add, correct and remove facts. Reading needs no account.</p>
      <form className="edit-form" onSubmit={(event) => void submit(event)} noValidate>
        <ProblemList problems={problems} heading="Not signed in:" />
        <label>
          Name
          <input name="name" autoComplete="username" required />
        </label>
        <label>
          Password
          <input name="password" type="password" autoComplete="current-password" required />
        </label>
        <button type="submit" disabled={loading}>
          {loading ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </div>
  );
}
