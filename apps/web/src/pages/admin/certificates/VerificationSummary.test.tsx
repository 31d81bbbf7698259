import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { AdminVerifyCertificateQuery } from '../../../gql/graphql';
import { VerificationSummary } from './VerificationSummary';

type Verification = AdminVerifyCertificateQuery['verifyCertificate'];

const REISSUED: Verification = {
  code: 'K7QM-2XD9-HJBT-C1A',
  codeWellFormed: true,
  status: 'SUPERSEDED',
  supersededByCode: 'P4VW-8NRF-3GZL-E6B',
  holderName: 'Jordan Lee, PT',
  licenseNumber: 'PT-990011',
  licenseState: 'CO',
  title: 'Needling safety refresher',
  courseVersion: 1,
  ceHours: 0.25,
  completedOn: '2026-03-02',
  expiresOn: '2028-03-02',
  revokedOn: null,
};

describe('VerificationSummary', () => {
  it('says a reissued code was replaced, links to the new one, and labels what it printed', () => {
    render(
      <MemoryRouter>
        <VerificationSummary verification={REISSUED} />
      </MemoryRouter>,
    );
    expect(screen.getByText('REISSUED')).toBeTruthy();
    const link = screen.getByRole('link', { name: 'P4VW-8NRF-3GZL-E6B' });
    expect(link.getAttribute('href')).toBe('/verify/P4VW-8NRF-3GZL-E6B');
    expect(link.parentElement?.textContent).toContain('replaced by certificate P4VW-8NRF-3GZL-E6B');
    expect(screen.getByText('Holder, as first printed')).toBeTruthy();
    expect(screen.getByText('Jordan Lee, PT (license CO PT-990011)')).toBeTruthy();
  });

  it('labels the holder plainly for a certificate still current', () => {
    render(
      <MemoryRouter>
        <VerificationSummary
          verification={{ ...REISSUED, status: 'VALID', supersededByCode: null }}
        />
      </MemoryRouter>,
    );
    expect(screen.getByText('VALID')).toBeTruthy();
    expect(screen.getByText('Holder')).toBeTruthy();
    expect(screen.queryByRole('link')).toBeNull();
  });
});
