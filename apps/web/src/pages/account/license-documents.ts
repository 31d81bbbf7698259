import { useMutation } from '@apollo/client/react';
import { useAuth, useMe } from '../../auth/useAuth';
import { graphql } from '../../gql';
import type { SaveLicenseInput } from '../../gql/graphql';

export const ProfileLicenseFields = graphql(`
  fragment ProfileLicenseFields on License {
    id
    state
    profession
    number
    status
    effectiveStatus
    issuedOn
    expiresOn
    primary
    numberCheck {
      status
      message
      sourceUrl
    }
  }
`);

export const AccountLicensesDocument = graphql(`
  query AccountLicenses {
    me {
      id
      licenses {
        ...ProfileLicenseFields
      }
    }
  }
`);

// Both answer with the account as it is now: the cache updates the list, the session the
// license shown in the header's account and on forms.
const SaveLicenseDocument = graphql(`
  mutation SaveLicense($input: SaveLicenseInput!) {
    saveLicense(input: $input) {
      ...SessionUserFields
      licenses {
        ...ProfileLicenseFields
      }
    }
  }
`);

const RemoveLicenseDocument = graphql(`
  mutation RemoveLicense($id: ID!) {
    removeLicense(id: $id) {
      ...SessionUserFields
      licenses {
        ...ProfileLicenseFields
      }
    }
  }
`);

/**
 * Save or remove a license. Each resolves to whether the license new certificates print
 * changed (so the person hears that certificates already issued can be reissued); errors
 * reject, for the form to show by field.
 */
export function useLicenseMutations() {
  const me = useMe();
  const { userChanged } = useAuth();
  const [saveMutation, saving] = useMutation(SaveLicenseDocument);
  const [removeMutation, removing] = useMutation(RemoveLicenseDocument);

  function applied(user: Parameters<typeof userChanged>[0]): boolean {
    userChanged(user);
    return user.licenseNumber !== me.licenseNumber || user.licenseState !== me.licenseState;
  }

  return {
    save: async (input: SaveLicenseInput) => {
      const { data } = await saveMutation({ variables: { input } });
      return data ? applied(data.saveLicense) : false;
    },
    remove: async (id: string) => {
      const { data } = await removeMutation({ variables: { id } });
      return data ? applied(data.removeLicense) : false;
    },
    saving: saving.loading,
    removing: removing.loading,
  };
}
