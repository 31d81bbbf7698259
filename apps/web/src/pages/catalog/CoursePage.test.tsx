import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { AuthContext, type AuthContextValue } from '../../auth/AuthProvider';
import type { SessionState, SessionStore } from '../../auth/session';
import { CourseEnrollmentsDocument, CoursePageDocument, EnrollDocument } from '../../gql/graphql';
import { CoursePage } from './CoursePage';

type Mock = MockLink.MockedResponse;

const SCOPE =
  'Didactic coursework only. It does not by itself authorise anyone to perform dry needling.';

function course(version: { creditEndsOn: string; relationships: boolean }) {
  return {
    __typename: 'Course',
    id: 'c-1',
    slug: 'needling-foundations',
    authors: [{ __typename: 'CourseAuthor', userId: 'u-9', displayName: 'Dr. Imani Okafor' }],
    approvals: [
      {
        __typename: 'CourseApproval',
        id: 'a-1',
        body: 'Florida Board of Physical Therapy',
        approvalNumber: 'FL-1',
        status: 'ACTIVE',
        validFrom: '2025-01-01',
        validUntil: null,
        isSample: false,
      },
    ],
    prerequisites: [],
    currentVersion: {
      __typename: 'CourseVersion',
      id: 'v-1',
      number: 2,
      title: 'Dry needling foundations',
      summary: 'What a trigger point is, and what the evidence says.',
      audience: 'Licensed physical therapists',
      ceHours: 1.5,
      creditMinutes: 95,
      credentialKind: 'DIDACTIC',
      scopeStatement: SCOPE,
      releasedOn: '2025-02-01',
      creditEndsOn: version.creditEndsOn,
      contentReviewedOn: '2025-01-15',
      contactHours: [
        {
          __typename: 'ContactHours',
          label: 'Florida Board of Physical Therapy',
          approvalNumber: 'FL-1',
          text: '1.75 contact hours of 50 minutes',
        },
        {
          __typename: 'ContactHours',
          label: 'Default (60-minute hours)',
          approvalNumber: null,
          text: '1.5 contact hours of 60 minutes',
        },
      ],
      disclosure: {
        __typename: 'CourseDisclosure',
        contributors: [
          {
            __typename: 'ContributorDisclosure',
            name: 'Ada Author',
            credentials: 'PT, DPT',
            role: 'Author',
            relationships: version.relationships
              ? [{ __typename: 'FinancialRelationship', company: 'Needle Co', nature: 'stock' }]
              : [],
            mitigation: version.relationships ? 'Peer-reviewed before release.' : null,
          },
        ],
        commercialSupport: [],
      },
      certificateValidityMonths: 24,
      learningObjectives: ['Define a myofascial trigger point'],
      handsOnObjectives: ['Palpate for a taut band with flat and pincer palpation'],
      totalSeatTimeMinutes: 85,
      topicTags: ['dry-needling'],
      publishedAt: '2025-02-01T00:00:00.000Z',
      modules: [],
      finalExam: null,
    },
  };
}

function coursePage(version: { creditEndsOn: string; relationships: boolean }): Mock {
  return {
    request: { query: CoursePageDocument, variables: { slug: 'needling-foundations' } },
    result: { data: { course: course(version) } },
  };
}

const noEnrollments: Mock = {
  request: { query: CourseEnrollmentsDocument },
  result: { data: { myEnrollments: [] } },
};

const signedIn: SessionState = {
  status: 'signedIn',
  user: {
    id: 'u-1',
    email: 'jordan@example.com',
    displayName: 'Jordan Lee',
    profession: 'PHYSICAL_THERAPIST',
    licenseNumber: null,
    licenseState: null,
    roles: ['LEARNER'],
    emailVerified: true,
  },
};

function renderPage(mocks: Mock[], state: SessionState = { status: 'signedOut' }) {
  const auth: AuthContextValue = { session: {} as SessionStore, state };
  render(
    <AuthContext value={auth}>
      <MockedProvider mocks={mocks}>
        <MemoryRouter initialEntries={['/courses/needling-foundations']}>
          <Routes>
            <Route path="/courses/:slug" element={<CoursePage />} />
          </Routes>
        </MemoryRouter>
      </MockedProvider>
    </AuthContext>,
  );
}

describe('CoursePage', () => {
  it('says what the certificate attests, the time, the hours per approval and the disclosures', async () => {
    renderPage([coursePage({ creditEndsOn: '2099-12-31', relationships: false })]);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Dry needling foundations' }),
    ).toBeTruthy();
    expect(screen.getByText('What the certificate attests: Didactic coursework')).toBeTruthy();
    expect(screen.getByText(SCOPE)).toBeTruthy();
    expect(screen.getByText('About 95 minutes of instruction')).toBeTruthy();

    const credit = screen.getByRole('region', { name: 'Credit and approvals' });
    expect(within(credit).getByText(/1\.5 contact hours of 60 minutes/)).toBeTruthy();
    expect(within(credit).getByText('1.75 contact hours of 50 minutes')).toBeTruthy();

    const disclosures = screen.getByRole('region', { name: 'Disclosures' });
    expect(within(disclosures).getByText('Ada Author')).toBeTruthy();
    expect(
      within(disclosures).getByText('Financial relationships (past 24 months): none declared'),
    ).toBeTruthy();
    expect(within(disclosures).getByText('Commercial support: none')).toBeTruthy();
    expect(within(disclosures).getByText('Credit offered through')).toBeTruthy();
    expect(within(disclosures).getByText('Content last reviewed')).toBeTruthy();
    expect(screen.queryByText(/stopped offering credit/)).toBeNull();
    // A skill the quizzes cannot assess is named as such, not among what the course attests.
    const handsOn = screen.getByRole('region', { name: 'Skills assessed in the hands-on part' });
    expect(within(handsOn).getByText(/Palpate for a taut band/)).toBeTruthy();
    // The topics the catalog's compact cards leave out, each a filtered catalog.
    expect(screen.getByRole('link', { name: 'dry-needling' }).getAttribute('href')).toBe(
      '/courses?topic=dry-needling',
    );
  });

  it('names each relationship and how it was mitigated', async () => {
    renderPage([coursePage({ creditEndsOn: '2099-12-31', relationships: true })]);
    const disclosures = await screen.findByRole('region', { name: 'Disclosures' });
    expect(
      within(disclosures).getByText('Financial relationships (past 24 months): Needle Co (stock)'),
    ).toBeTruthy();
    expect(within(disclosures).getByText('Mitigation: Peer-reviewed before release.')).toBeTruthy();
  });

  it('warns when the credit period is over, and shows the API’s refusal to enrol in words', async () => {
    renderPage(
      [
        coursePage({ creditEndsOn: '2020-06-30', relationships: false }),
        noEnrollments,
        {
          request: { query: EnrollDocument, variables: { courseId: 'c-1' } },
          result: {
            errors: [
              new GraphQLError('This course stopped offering credit after 2020-06-30', {
                extensions: {
                  code: 'CONFLICT',
                  field: 'courseId',
                  reason: 'CREDIT_PERIOD_ENDED',
                },
              }),
            ],
          },
        },
      ],
      signedIn,
    );
    expect(
      await screen.findByText(/This course stopped offering credit after Jun 30, 2020/),
    ).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: 'Enrol' }));
    expect(
      (await screen.findByRole('alert')).textContent?.includes(
        'This course stopped offering credit after 2020-06-30',
      ),
    ).toBe(true);
  });
});
