import { DataSource } from 'typeorm';
import { IdentityReader } from '../../apps/api/src/identity/identity-reader.js';
import { registerLearner } from '../support/factories.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const LICENSE = /* GraphQL */ `
  id
  state
  profession
  number
  status
  effectiveStatus
  issuedOn
  expiresOn
  primary
  numberCheck { status message sourceUrl }
`;
const ME = /* GraphQL */ `
  query Me {
    me { licenses { ${LICENSE} } }
  }
`;
const SAVE = /* GraphQL */ `
  mutation Save($input: SaveLicenseInput!) {
    saveLicense(input: $input) { licenses { ${LICENSE} } }
  }
`;

interface License {
  id: string;
  state: string;
  number: string;
  status: string;
  effectiveStatus: string;
  issuedOn: string | null;
  expiresOn: string | null;
  numberCheck: { status: string; message: string; sourceUrl: string | null };
}

/** Licenses as a board sees them: the number against the state's format, status, renewal. */
describe('license records', () => {
  let test: TestApp;

  beforeAll(async () => {
    test = await startTestApp();
    test.clock.set(new Date('2026-12-04T12:00:00Z'));
  });
  afterAll(() => test.close());

  const learner = async () => {
    const session = await registerLearner(test, { licenseNumber: 'PT-5001', licenseState: 'CO' });
    return { session, client: test.client.as(session.accessToken) };
  };
  const licenses = async (client: GraphQLClient) =>
    (await client.ok<{ me: { licenses: License[] } }>(ME)).me.licenses;
  const florida = (number: string, extra: Record<string, unknown> = {}) => ({
    input: { state: 'FL', profession: 'PHYSICAL_THERAPIST', number, ...extra },
  });

  it('refuses a Florida number without its PT prefix, naming the format, and changes nothing', async () => {
    const { session, client } = await learner();
    const before = await licenses(client);
    const error = await client.error(SAVE, florida('0001665'));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'number' });
    expect(error.message).toContain('the letters PT followed by the digits of the license');
    expect(error.message).toContain('PT0001665');
    expect(await licenses(client)).toEqual(before);
    const [{ count }] = (await test.app
      .get(DataSource)
      .query(`SELECT count(*)::int AS count FROM licenses WHERE user_id = $1`, [
        session.userId,
      ])) as [{ count: number }];
    expect(count).toBe(1);
  });

  it('refuses a correction to a malformed number and keeps the one on file', async () => {
    const { client } = await learner();
    const saved = (
      await client.ok<{ saveLicense: { licenses: License[] } }>(SAVE, florida(' pt0001665 '))
    ).saveLicense.licenses;
    const fl = saved.find((license) => license.state === 'FL')!;
    expect(fl.number).toBe('PT0001665');
    expect(fl.numberCheck).toMatchObject({
      status: 'VALID',
      sourceUrl: expect.stringMatching(/^https?:\/\//),
    });
    const error = await client.error(SAVE, florida('PTA1170', { id: fl.id }));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'number' });
    expect((await licenses(client)).find((license) => license.id === fl.id)?.number).toBe(
      'PT0001665',
    );
  });

  it('accepts a number where no format was published, flagged as not checked', async () => {
    const { client } = await learner();
    const { saveLicense } = await client.ok<{ saveLicense: { licenses: License[] } }>(SAVE, {
      input: { state: 'MS', profession: 'PHYSICAL_THERAPIST', number: 'any 123' },
    });
    const ms = saveLicense.licenses.find((license) => license.state === 'MS')!;
    expect(ms.number).toBe('any 123');
    expect(ms.numberCheck).toMatchObject({
      status: 'UNCHECKED',
      message: expect.stringContaining('Not checked against a published format'),
      sourceUrl: null,
    });
  });

  it('keeps status and renewal date, and calls an active license past renewal expired', async () => {
    const { session, client } = await learner();
    const { saveLicense } = await client.ok<{ saveLicense: { licenses: License[] } }>(
      SAVE,
      florida('PT0002304', { issuedOn: '2014-05-01', expiresOn: '2027-01-31' }),
    );
    const fl = saveLicense.licenses.find((license) => license.state === 'FL')!;
    expect(fl).toMatchObject({
      status: 'ACTIVE',
      effectiveStatus: 'ACTIVE',
      issuedOn: '2014-05-01',
      expiresOn: '2027-01-31',
    });

    // The renewal date is the last day of practice: the day after it, the license has expired.
    await client.ok(
      SAVE,
      florida('PT0002304', { id: fl.id, issuedOn: '2014-05-01', expiresOn: '2026-12-04' }),
    );
    expect((await licenses(client)).find((l) => l.id === fl.id)).toMatchObject({
      status: 'ACTIVE',
      effectiveStatus: 'ACTIVE',
    });
    await client.ok(
      SAVE,
      florida('PT0002304', { id: fl.id, issuedOn: '2014-05-01', expiresOn: '2026-12-03' }),
    );
    expect((await licenses(client)).find((l) => l.id === fl.id)).toMatchObject({
      status: 'ACTIVE',
      effectiveStatus: 'EXPIRED',
      expiresOn: '2026-12-03',
    });
    // A correction that gives a status records it; one that leaves it out keeps it.
    await client.ok(
      SAVE,
      florida('PT0002304', { id: fl.id, issuedOn: '2014-05-01', status: 'SUSPENDED' }),
    );
    await client.ok(
      SAVE,
      florida('PT0002304', { id: fl.id, issuedOn: '2014-05-01', expiresOn: '2029-01-31' }),
    );
    expect((await licenses(client)).find((l) => l.id === fl.id)).toMatchObject({
      status: 'SUSPENDED',
      effectiveStatus: 'SUSPENDED',
      expiresOn: '2029-01-31',
    });

    const other = await learner();
    const reader = test.app.get(IdentityReader);
    const [mine, theirs, nobody] = await reader.licensesByUserIds([
      session.userId,
      other.session.userId,
      '00000000-0000-4000-8000-000000000000',
    ]);
    expect(mine!.map((l) => [l.state, l.number, l.status, l.issuedOn])).toEqual([
      ['CO', 'PT-5001', 'ACTIVE', null],
      ['FL', 'PT0002304', 'SUSPENDED', '2014-05-01'],
    ]);
    expect(theirs!.map((l) => l.state)).toEqual(['CO']);
    expect(nobody).toEqual([]);
  });

  it('refuses a status that is not one of the four', async () => {
    const { client } = await learner();
    const error = await client.error(SAVE, florida('PT1', { status: 'EXPIRED' }));
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await licenses(client)).map((l) => l.state)).toEqual(['CO']);
  });
});
