import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';

export const ViewerQuery = graphql(`
  query ViewerQuery {
    viewer {
      id
      name
      role
    }
  }
`);

/** Who is signed in (null when nobody), and whether they may change the story. */
export function useViewer() {
  const { data, loading } = useQuery(ViewerQuery);
  const viewer = data?.viewer ?? null;
  return { viewer, loading, canEdit: viewer?.role === 'EDITOR' || viewer?.role === 'ADMIN' };
}
