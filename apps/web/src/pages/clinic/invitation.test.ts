import { describe, expect, it } from 'vitest';
import { inviteConfirmation, invitationStep, sameEmail } from './invitation';

const OPEN = { state: 'OPEN' as const, email: 'sam.ortiz@example.com' };

describe('invitationStep', () => {
  it('asks a visitor to sign in first', () => {
    expect(invitationStep(OPEN, null)).toEqual({ kind: 'signIn' });
  });

  it('offers Accept to the invited account, whatever the case of its address', () => {
    expect(invitationStep(OPEN, 'Sam.Ortiz@Example.com')).toEqual({
      kind: 'accept',
      signedInAs: 'Sam.Ortiz@Example.com',
    });
  });

  it('tells another account it cannot accept', () => {
    expect(invitationStep(OPEN, 'jordan@example.com')).toEqual({
      kind: 'otherAccount',
      signedInAs: 'jordan@example.com',
    });
  });

  it('says a used or expired link is over, whoever is signed in', () => {
    for (const viewer of [null, OPEN.email, 'jordan@example.com']) {
      expect(invitationStep({ ...OPEN, state: 'ACCEPTED' }, viewer)).toEqual({ kind: 'accepted' });
      expect(invitationStep({ ...OPEN, state: 'EXPIRED' }, viewer)).toEqual({ kind: 'expired' });
    }
  });
});

describe('sameEmail', () => {
  it('ignores case and surrounding spaces only', () => {
    expect(sameEmail(' A@b.co ', 'a@B.CO')).toBe(true);
    expect(sameEmail('a@b.co', 'a+1@b.co')).toBe(false);
  });
});

describe('inviteConfirmation', () => {
  const invitation = { email: 'Sam.Ortiz@example.com', role: 'STAFF' as const };

  it('says a new invitation is pending', () => {
    expect(inviteConfirmation(invitation, [{ email: 'jordan@example.com' }])).toBe(
      'Invitation sent to Sam.Ortiz@example.com as staff. It is listed under pending invitations until they accept.',
    );
  });

  it('says the earlier link stopped working when the address was pending, whatever its case', () => {
    expect(inviteConfirmation(invitation, [{ email: 'sam.ortiz@example.com ' }])).toBe(
      'Invitation sent again to Sam.Ortiz@example.com; the earlier link no longer works. They are invited as staff.',
    );
  });
});
