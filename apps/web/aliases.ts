import { fileURLToPath } from 'node:url';

/**
 * Pure rules the web app shares with the API, imported from their source (each imports
 * nothing), so the editor computes the same figures as the server. Keep in step with
 * `paths` in tsconfig.json.
 */
export const aliases: Record<string, string> = {
  '@fascicle/credit-time': fileURLToPath(
    new URL('../../libs/catalog/src/instructional-time.ts', import.meta.url),
  ),
};
