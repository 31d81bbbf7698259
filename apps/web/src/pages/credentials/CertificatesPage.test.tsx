import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderPage, testSession, testUser } from '../../auth/testing';
import {
  HybridProgramsDocument,
  MyCertificatesDocument,
  ReissueCertificateDocument,
} from '../../gql/graphql';
import { CertificatesPage } from './CertificatesPage';

const OLD = 'K7QM-2XD9-HJBT-C1A';
const NEW = 'P4VW-8NRF-3GZL-E6B';
const TITLE = 'Needling safety refresher';

function certificate(id: string, code: string, changes: object = {}) {
  return {
    __typename: 'Certificate' as const,
    id,
    code,
    kind: 'COURSE' as const,
    title: TITLE,
    courseVersion: 1,
    ceHours: 0.25,
    creditMinutes: 15,
    onlineMinutes: 15,
    liveMinutes: 0,
    credentialKind: 'DIDACTIC' as const,
    scopeStatement: '',
    completedOn: '2026-03-02',
    expiresOn: '2028-03-02',
    revokedOn: null,
    status: 'VALID' as const,
    holderName: 'Jordan Lee, PT',
    licenseNumber: 'PT-990011',
    licenseState: 'CO',
    reissuable: false,
    pdfUrl: `http://localhost/certificates/${code}.pdf`,
    verifyUrl: `http://localhost/verify/${code}`,
    approvals: [],
    ...changes,
  };
}

function list(...certificates: ReturnType<typeof certificate>[]): MockLink.MockedResponse {
  return {
    request: { query: MyCertificatesDocument },
    // StrictMode mounts the page twice, and each mount asks.
    maxUsageCount: 2,
    result: { data: { myCertificates: certificates } },
  };
}

function reissue(result: MockLink.MockedResponse['result']): MockLink.MockedResponse {
  return { request: { query: ReissueCertificateDocument, variables: { code: OLD } }, result };
}

const MARKED = 'Your name or license has changed since this certificate was issued.';

/** The hybrid programs' links on the page: none here (lab/HybridProgramLinks has its own test). */
const NO_HYBRID_PROGRAMS: MockLink.MockedResponse = {
  request: { query: HybridProgramsDocument },
  maxUsageCount: Number.POSITIVE_INFINITY,
  result: { data: { credentialPrograms: [] } },
};

function renderCertificates(mocks: MockLink.MockedResponse[]) {
  renderPage(<CertificatesPage />, {
    path: '/certificates',
    session: testSession(testUser({ licenseNumber: 'PT-990012' })),
    mocks: [...mocks, NO_HYBRID_PROGRAMS],
  });
}

async function reissueFromCard() {
  const card = await screen.findByRole('listitem', { name: TITLE });
  expect(within(card).getByText(MARKED)).toBeTruthy();
  fireEvent.click(within(card).getByRole('button', { name: 'Reissue with my current details' }));
  const dialog = screen.getByRole('dialog', { name: 'Reissue this certificate?' });
  expect(dialog.textContent).toContain(OLD);
  fireEvent.click(within(dialog).getByRole('button', { name: 'Reissue' }));
}

describe('CertificatesPage', () => {
  // Where the test DOM has <dialog> without its modal methods, they open and close it.
  beforeAll(() => {
    HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
      this.open = true;
    };
    HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
      this.open = false;
    };
  });

  it('offers no reissue when the certificate prints the profile as it is', async () => {
    renderCertificates([list(certificate('c-1', OLD))]);
    const card = await screen.findByRole('listitem', { name: TITLE });
    expect(within(card).getByText('PT-990011 (CO)')).toBeTruthy();
    expect(screen.queryByText(MARKED)).toBeNull();
    expect(screen.queryByRole('button', { name: /Reissue/ })).toBeNull();
  });

  it('reissues after confirmation: the list shows the new certificate and the status names its code', async () => {
    renderCertificates([
      list(certificate('c-1', OLD, { reissuable: true })),
      reissue({
        data: { reissueCertificate: { __typename: 'Certificate', id: 'c-2', code: NEW } },
      }),
      list(certificate('c-2', NEW, { licenseNumber: 'PT-990012' })),
    ]);
    await reissueFromCard();
    const status = await screen.findByText(/is reissued with your current name and license/);
    expect(status.textContent).toContain(`Its new code is ${NEW}`);
    expect(status.textContent).toContain(`the old code ${OLD} now verifies as replaced by it`);
    const card = screen.getByRole('listitem', { name: TITLE });
    expect(card.querySelector('dd.code')?.textContent).toBe(NEW);
    expect(within(card).getByText('PT-990012 (CO)')).toBeTruthy();
    expect(screen.queryByText(MARKED)).toBeNull();
    expect(screen.getAllByRole('listitem', { name: TITLE })).toHaveLength(1);
    // The pressed button left with the old card: the new card's heading has the focus.
    expect(document.activeElement).toBe(within(card).getByRole('heading', { name: TITLE }));
  });

  it('shows why a reissue was refused, on the card, and keeps the certificate', async () => {
    const message =
      'This certificate already shows the name and license on the profile: correct the profile first';
    renderCertificates([
      list(certificate('c-1', OLD, { reissuable: true })),
      reissue({
        errors: [
          new GraphQLError(message, {
            extensions: { code: 'CONFLICT', reason: 'UP_TO_DATE', field: 'code' },
          }),
        ],
      }),
    ]);
    await reissueFromCard();
    const card = screen.getByRole('listitem', { name: TITLE });
    expect((await within(card).findByRole('alert')).textContent).toContain(message);
    expect(card.querySelector('dd.code')?.textContent).toBe(OLD);
    expect(screen.queryByText(/is reissued/)).toBeNull();
  });
});
