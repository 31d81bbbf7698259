import { randomBytes } from 'node:crypto';
import { graphql } from '../lib/http.js';

/** @import { Scenario } from '../lib/types.js' */

const REGISTER = `mutation Register($input: RegisterInput!) {
  register(input: $input) { accessToken user { id } }
}`;

const ME =
  'query Me { me { id email displayName profession licenseNumber licenseState roles createdAt } }';

// What the API's userById and licensesByUserId DataLoaders select: every column of each
// entity, password hash included, even though `me` returns fewer, by name and in the
// entity's order, as its RawEntityReader writes them.
const SELECT_USERS_BY_ID =
  'SELECT "id","email","password_hash","display_name","profession","roles",' +
  '"email_verified_at","password_changed_at","credential_reminders","clinic_notices",' +
  '"course_corrections","deleted_at","created_at","updated_at" ' +
  'FROM "users" WHERE "id" = ANY($1::uuid[])';
const SELECT_LICENSES_BY_USER_ID =
  'SELECT "id","user_id","state","profession","number","issued_on","expires_on","status",' +
  '"is_primary","created_at","updated_at" FROM "licenses" WHERE "user_id" = ANY($1::uuid[]) ' +
  'ORDER BY "is_primary" DESC, "state" ASC, "profession" ASC';

/** @type {Scenario} */
export default {
  name: 'me',
  description: 'the signed-in account, `query Me { me { … } }` with a bearer token',

  async setup({ url }) {
    const suffix = randomBytes(6).toString('hex');
    const data = await graphql(url, REGISTER, {
      input: {
        email: `bench-${suffix}@example.com`,
        password: `bench-password-${suffix}`,
        displayName: 'Bench Marker',
        profession: 'PHYSICAL_THERAPIST',
        licenseNumber: 'PT-123456',
        licenseState: 'CO',
      },
    });
    return {
      method: 'POST',
      path: '/graphql',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${data.register.accessToken}`,
      },
      body: JSON.stringify({ query: ME }),
    };
  },

  answer: {
    field: 'me',
    async resolve({ authorization }, { db, verifyBearer }) {
      const principal = await verifyBearer(authorization);
      if (!principal) return { refused: 'Your session is invalid', status: 401 };
      // One id in the array the API's batch sends (`= ANY($1::uuid[])`).
      const { rows } = await db.query(SELECT_USERS_BY_ID, [[principal.userId]]);
      const user = rows[0];
      if (!user) return { refused: 'No such account', status: 404 };
      const licenses = await db.query(SELECT_LICENSES_BY_USER_ID, [[principal.userId]]);
      const primary = licenses.rows.find((license) => license.is_primary);
      // Field order as in the query, as GraphQL answers.
      return {
        data: {
          id: user.id,
          email: user.email,
          displayName: user.display_name,
          profession: user.profession,
          licenseNumber: primary?.number ?? null,
          licenseState: primary?.state ?? null,
          roles: user.roles,
          createdAt: user.created_at.toISOString(),
        },
      };
    },
  },
};
