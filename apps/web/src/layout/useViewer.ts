import { useQuery } from '@apollo/client/react';
import { useAuth } from '../auth/useAuth';
import { graphql } from '../gql';
import type { Viewer } from './navigation';

const MyClinicsDocument = graphql(`
  query MyClinics {
    myOrganizations {
      id
      name
      viewerRole
    }
  }
`);

/** The signed-in user plus the clinics they administer (for the clinic navigation). */
export function useViewer(): Viewer {
  const { user } = useAuth();
  const { data } = useQuery(MyClinicsDocument, { skip: !user, fetchPolicy: 'cache-first' });
  const clinicIds = user
    ? (data?.myOrganizations ?? []).filter((o) => o.viewerRole === 'ORG_ADMIN').map((o) => o.id)
    : [];
  return { user, clinicIds };
}
