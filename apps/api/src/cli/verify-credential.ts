import { readFile } from 'node:fs/promises';
import { verifyOffline } from '@fascicle/credentials';

/**
 * Verifies a credential file with no network and no database: the issuer's public keys
 * (a saved /.well-known/jwks.json) and, to see revocations, a saved status list.
 * Exit code 0 for VALID, 2 for anything else.
 */
export async function verifyCredentialFile(
  file: string | undefined,
  options: { jwks?: string; status?: string },
  say: (message: string) => void,
): Promise<void> {
  if (!file || !options.jwks) {
    throw new Error(
      'Usage: npm run credential:verify -- <credential.jwt> --jwks <jwks.json> [--status <status.jwt>]',
    );
  }
  const result = await verifyOffline({
    credentialJwt: (await readFile(file, 'utf8')).trim(),
    jwks: JSON.parse(await readFile(options.jwks, 'utf8')) as never,
    statusListJwt: options.status ? (await readFile(options.status, 'utf8')).trim() : undefined,
  });
  const subject = result.credential?.credentialSubject as
    { name?: string; achievement?: { name?: string } } | undefined;
  say(
    JSON.stringify(
      {
        verdict: result.verdict,
        reason: result.reason,
        holder: subject?.name,
        achievement: subject?.achievement?.name,
        validFrom: result.credential?.validFrom,
        validUntil: result.credential?.validUntil ?? null,
      },
      null,
      2,
    ),
  );
  if (result.verdict !== 'VALID') process.exitCode = 2;
}
