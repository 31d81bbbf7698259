import { fileURLToPath } from 'node:url';

/**
 * Pure rules the screens must apply exactly as the API does, imported from their source in
 * libs/ rather than copied. Each file imports nothing, so the browser gets no Node module and
 * no framework. Vite and Vitest resolve these names here; `paths` in tsconfig.json lists the
 * same files for the type checker (src/lib-aliases.test.ts keeps the two in step).
 */
export const LIB_FILES = {
  '@fascicle/api-paths': '../../libs/common/src/http/api-paths.ts',
  '@fascicle/certificate-code': '../../libs/credentials/src/certificate-code.ts',
  '@fascicle/contact-hours': '../../libs/catalog/src/contact-hours.ts',
  '@fascicle/credit-time': '../../libs/catalog/src/instructional-time.ts',
  '@fascicle/minutes-split': '../../libs/credentials/src/minutes-split.ts',
  '@fascicle/password-policy': '../../libs/common/src/identity/password-policy.ts',
  '@fascicle/us-states': '../../libs/common/src/identity/us-states.ts',
} as const;

/** `resolve.alias` for Vite and Vitest: each name to its file's absolute path. */
export const libAliases: Record<string, string> = Object.fromEntries(
  Object.entries(LIB_FILES).map(([name, path]) => [
    name,
    fileURLToPath(new URL(path, import.meta.url)),
  ]),
);
