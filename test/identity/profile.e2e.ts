import { DataSource } from 'typeorm';
import { registerLearner, userWithRoles } from '../support/factories.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { Role } from '@fascicle/common';

const ME = /* GraphQL */ `
  query Me {
    me {
      displayName
      profession
      licenseNumber
      licenseState
      licenses {
        id
        state
        profession
        number
        issuedOn
        expiresOn
        primary
      }
    }
  }
`;
const LICENSE_FIELDS = /* GraphQL */ `
  licenseNumber
  licenseState
  licenses {
    id
    state
    number
    primary
  }
`;
const SAVE = /* GraphQL */ `
  mutation Save($input: SaveLicenseInput!) {
    saveLicense(input: $input) { ${LICENSE_FIELDS} }
  }
`;
const REMOVE = /* GraphQL */ `
  mutation Remove($id: ID!) {
    removeLicense(id: $id) { ${LICENSE_FIELDS} }
  }
`;
const UPDATE = /* GraphQL */ `
  mutation Update($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      displayName
      profession
    }
  }
`;

interface License {
  id: string;
  state: string;
  number: string;
  primary: boolean;
}
interface Me {
  displayName: string;
  profession: string;
  licenseNumber: string | null;
  licenseState: string | null;
  licenses: (License & { profession: string; issuedOn: string | null; expiresOn: string | null })[];
}

/** A person's own profile: name, profession and the licenses they hold. */
describe('the profile and its licenses', () => {
  let test: TestApp;

  beforeAll(async () => {
    test = await startTestApp();
  });
  afterAll(() => test.close());

  const me = async (client: GraphQLClient) => (await client.ok<{ me: Me }>(ME)).me;
  const newLearner = async () =>
    test.client.as(
      (await registerLearner(test, { licenseNumber: 'PT-5001', licenseState: 'CO' })).accessToken,
    );

  it('keeps the license given at sign-up as the primary one', async () => {
    const learner = await newLearner();
    expect(await me(learner)).toMatchObject({
      licenseNumber: 'PT-5001',
      licenseState: 'CO',
      licenses: [
        {
          state: 'CO',
          profession: 'PHYSICAL_THERAPIST',
          number: 'PT-5001',
          issuedOn: null,
          expiresOn: null,
          primary: true,
        },
      ],
    });
  });

  it('adds a second license, makes it primary with a corrected number, then removes it', async () => {
    const learner = await newLearner();
    const { saveLicense } = await learner.ok<{ saveLicense: Me }>(SAVE, {
      input: {
        state: 'tx',
        profession: 'PHYSICAL_THERAPIST',
        number: ' 1234567 ',
        issuedOn: '2012-06-01',
        expiresOn: '2027-06-30',
      },
    });
    expect(saveLicense.licenseState).toBe('CO');
    expect(saveLicense.licenses.map((l) => [l.state, l.number, l.primary])).toEqual([
      ['CO', 'PT-5001', true],
      ['TX', '1234567', false],
    ]);
    const texas = saveLicense.licenses[1]!;
    const moved = await learner.ok<{ saveLicense: Me }>(SAVE, {
      input: {
        id: texas.id,
        state: 'TX',
        profession: 'PHYSICAL_THERAPIST',
        number: '1234576',
        primary: true,
      },
    });
    expect(moved.saveLicense).toMatchObject({ licenseNumber: '1234576', licenseState: 'TX' });
    expect(moved.saveLicense.licenses.filter((l) => l.primary)).toHaveLength(1);
    const [, colorado] = moved.saveLicense.licenses;
    const removed = await learner.ok<{ removeLicense: Me }>(REMOVE, { id: texas.id });
    // The primary one went: the other takes its place.
    expect(removed.removeLicense).toMatchObject({
      licenseNumber: 'PT-5001',
      licenses: [{ id: colorado!.id, primary: true }],
    });
  });

  it('names each wrong field in words and changes nothing', async () => {
    const learner = await newLearner();
    const before = await me(learner);
    const wrong = await learner.error(SAVE, {
      input: {
        state: 'ZZ',
        profession: 'PHYSICAL_THERAPIST',
        number: '#',
        issuedOn: '2099-01-01',
        expiresOn: '2020-02-30',
      },
    });
    expect(wrong.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'state' });
    const problems = (wrong.extensions as { problems: { field: string; message: string }[] })
      .problems;
    expect(problems).toEqual([
      { field: 'state', message: 'State is not valid' },
      { field: 'number', message: 'License number is not valid' },
      { field: 'issuedOn', message: 'Issue date cannot be a day still to come' },
      { field: 'expiresOn', message: 'Expiry date is not valid' },
    ]);
    const backwards = await learner.error(SAVE, {
      input: {
        state: 'NM',
        profession: 'PHYSICAL_THERAPIST',
        number: 'PT-1',
        issuedOn: '2020-01-01',
        expiresOn: '2019-12-31',
      },
    });
    expect(backwards.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'expiresOn' });
    expect(backwards.message).toBe('Expiry date must come after the issue date');

    const twice = await learner.error(SAVE, {
      input: { state: 'CO', profession: 'PHYSICAL_THERAPIST', number: 'PT-9999' },
    });
    expect(twice.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'LICENSE_EXISTS',
      field: 'state',
    });
    const last = await learner.error(REMOVE, { id: before.licenses[0]!.id });
    expect(last.extensions).toMatchObject({ code: 'CONFLICT', reason: 'LICENSE_REQUIRED' });
    expect(await me(learner)).toEqual(before);
  });

  it("never reaches someone else's license", async () => {
    const owner = await newLearner();
    const [license] = (await me(owner)).licenses;
    const other = await newLearner();
    const corrected = await other.error(SAVE, {
      input: { id: license!.id, state: 'CO', profession: 'PHYSICAL_THERAPIST', number: 'PT-6666' },
    });
    expect(corrected.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    const removed = await other.error(REMOVE, { id: license!.id });
    expect(removed.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    expect((await me(owner)).licenses).toEqual([expect.objectContaining({ number: 'PT-5001' })]);
    const anonymous = await test.client.error(REMOVE, { id: license!.id });
    expect(anonymous.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('asks for a license before a licensed profession, and renames', async () => {
    const educator = test.client.as((await userWithRoles(test, [Role.INSTRUCTOR])).accessToken);
    const refused = await educator.error(UPDATE, {
      input: { displayName: 'Ada Author', profession: 'PHYSICAL_THERAPIST' },
    });
    expect(refused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'profession' });
    await educator.ok(SAVE, {
      input: { state: 'WA', profession: 'PHYSICAL_THERAPIST', number: 'PT60123456' },
    });
    const { updateProfile } = await educator.ok<{ updateProfile: Me }>(UPDATE, {
      input: { displayName: '  Ada Author, PT, DPT ', profession: 'PHYSICAL_THERAPIST' },
    });
    expect(updateProfile).toEqual({
      displayName: 'Ada Author, PT, DPT',
      profession: 'PHYSICAL_THERAPIST',
    });
    const empty = await educator.error(UPDATE, {
      input: { displayName: ' ', profession: 'PHYSICAL_THERAPIST' },
    });
    expect(empty.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'displayName' });
  });

  it('audits each change by the fields it touched, never their values', async () => {
    const session = await registerLearner(test, { licenseNumber: 'PT-7001', licenseState: 'CO' });
    const learner = test.client.as(session.accessToken);
    const [license] = (await me(learner)).licenses;
    await learner.ok(SAVE, {
      input: { id: license!.id, state: 'CO', profession: 'PHYSICAL_THERAPIST', number: 'PT-7010' },
    });
    await learner.ok(UPDATE, {
      input: { displayName: 'Renamed Person, PT', profession: 'PHYSICAL_THERAPIST' },
    });
    const events = (await test.app
      .get(DataSource)
      .query(`SELECT action, details FROM audit_events WHERE subject_id = $1 ORDER BY seq`, [
        session.userId,
      ])) as { action: string; details: Record<string, unknown> }[];
    expect(events).toEqual([
      { action: 'LICENSE_CHANGED', details: { licenseId: license!.id, fields: ['number'] } },
      { action: 'PROFILE_UPDATED', details: { fields: ['displayName'] } },
    ]);
    expect(JSON.stringify(events)).not.toMatch(/PT-70|Renamed/);
  });
});
