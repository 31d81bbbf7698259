import { describe, expect, it } from 'vitest';
import { approvalHoursLine, CREDENTIAL_KIND_LABEL, minutesOfInstruction } from './credit';

describe('what a credential certifies, in words', () => {
  it('names each kind as the certificate does', () => {
    expect(CREDENTIAL_KIND_LABEL.DIDACTIC).toBe('Didactic coursework');
    expect(CREDENTIAL_KIND_LABEL.LIVE).toBe('Live instruction');
    expect(CREDENTIAL_KIND_LABEL.HYBRID).toBe('Hybrid (coursework and hands-on training)');
  });

  it('counts minutes of instruction in the singular and the plural', () => {
    expect(minutesOfInstruction(1)).toBe('1 minute of instruction');
    expect(minutesOfInstruction(95)).toBe('95 minutes of instruction');
  });

  it('gives each approval its hours in its own unit, with its number', () => {
    expect(
      approvalHoursLine({
        body: 'Florida Board of Physical Therapy',
        approvalNumber: 'FL-123',
        hoursText: '1.5 contact hours of 50 minutes',
      }),
    ).toBe('Florida Board of Physical Therapy, approval FL-123: 1.5 contact hours of 50 minutes');
    expect(
      approvalHoursLine({
        body: 'Sample IACET Provider',
        approvalNumber: 'S-9',
        hoursText: '1.5 contact hours of 60 minutes',
        isSample: true,
      }),
    ).toBe(
      'Sample IACET Provider, approval S-9: 1.5 contact hours of 60 minutes (sample record, not a real approval)',
    );
    expect(
      approvalHoursLine({
        body: 'Default (60-minute hours)',
        approvalNumber: null,
        hoursText: '0.25 contact hours of 60 minutes',
      }),
    ).toBe('Default (60-minute hours): 0.25 contact hours of 60 minutes');
  });
});
