import { useApolloClient, useMutation } from '@apollo/client/react';
import { Link, NavLink, useLocation } from 'react-router';
import { graphql } from '../gql';
import { refreshAfterSignIn } from './after-change';
import { useViewer } from './viewer';
import './editing.css';

export const SignOutMutation = graphql(`
  mutation SignOutMutation {
    signOut {
      signedOut
    }
  }
`);

/** The header's corner: "Sign in", or who is signed in with "New article" and "Recent changes" (editors) and "Sign out". */
export function AccountLinks() {
  const { viewer, canEdit, loading } = useViewer();
  const { pathname, search, hash } = useLocation();
  const client = useApolloClient();
  const [signOut, { loading: signingOut }] = useMutation(SignOutMutation);
  // Until the answer comes, an invisible "Sign in" (what most readers get) holds the corner: on a
  // narrow screen the links take a line of the header, and the page below moved down when they came.
  if (loading)
    return (
      <p className="account-links" aria-hidden="true" style={{ visibility: 'hidden' }}>
        Sign in
      </p>
    );
  if (!viewer) {
    return (
      <p className="account-links">
        {/* Back to this page once signed in (the sign-in page itself goes to the overview). */}
        <NavLink
          to={pathname === '/sign-in' ? pathname : `/sign-in?next=${encodeURIComponent(pathname + search + hash)}`}
        >
          Sign in
        </NavLink>
      </p>
    );
  }
  return (
    <p className="account-links">
      <span className="signed-in-as">
        Signed in as <strong>{viewer.name}</strong>
      </span>
      {canEdit ? <Link to="/documents/new">New article</Link> : null}
      {canEdit ? <NavLink to="/changes">Recent changes</NavLink> : null}
      <button
        type="button"
        disabled={signingOut}
        onClick={() =>
          // The page stays; what it shows is read again as a visitor sees it.
          void signOut().then(() => refreshAfterSignIn(client))
        }
      >
        Sign out
      </button>
    </p>
  );
}
