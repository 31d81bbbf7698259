import type { Principal } from './principal.js';

/** Far more tokens than a process sees in their 15 minutes; about 5 MB when full. */
const TOKENS_KEPT = 10_000;

interface Verified {
  principal: Principal;
  /** The token's own `nbf` and `exp`, seconds since the epoch. */
  notBefore: number | undefined;
  expires: number;
}

/**
 * Access tokens already verified, by their whole text (signature included), with the
 * principal each proves. Once a token's signature, issuer, audience and claims have passed,
 * only the clock can change the verdict, so a repeated token is checked against its `nbf` and
 * `exp` exactly as jose checks them (no tolerance) instead of verifying it again: the HMAC
 * through WebCrypto was about a tenth of a signed-in request's CPU (issue 20, `me`).
 */
export class VerifiedTokens {
  private readonly tokens = new Map<string, Verified>();

  /** The principal of a token verified before and still valid at `now`, else undefined. */
  principal(token: string, now: Date): Principal | undefined {
    const verified = this.tokens.get(token);
    if (!verified) return undefined;
    const seconds = Math.floor(now.getTime() / 1000);
    if (verified.expires <= seconds) {
      this.tokens.delete(token);
      return undefined;
    }
    // A clock set back (tests move it) can make a token not valid yet: jose decides again.
    if (verified.notBefore !== undefined && verified.notBefore > seconds) return undefined;
    return verified.principal;
  }

  remember(token: string, principal: Principal, notBefore: number | undefined, expires: number) {
    // Bounded: past the limit the token kept longest goes first.
    if (this.tokens.size >= TOKENS_KEPT) this.tokens.delete(this.tokens.keys().next().value!);
    this.tokens.set(token, { principal, notBefore, expires });
  }
}
