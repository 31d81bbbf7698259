import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const GENERATED = fileURLToPath(new URL('./src/gql/graphql.ts', import.meta.url));
const CALL = /\bgraphql\(\s*`([\s\S]*?)`\s*\)/g;
const DEFINITION = /^\s*(query|mutation|subscription|fragment)\s+([A-Za-z_]\w*)/;
const GENERATED_DOCUMENT = /^export const (\w+) = (\{[\s\S]*?\}) as unknown as DocumentNode</gm;

/**
 * In the production build, replaces each `graphql(`…`)` call with the document AST codegen
 * generated for it, inlined where it is used. Without this every page would ship all of the
 * app's documents on the first load (the preset's `graphql()` looks them up in one map); with
 * it, each lazily loaded page carries only its own. The client preset's Babel plugin does the
 * same, but this app's React plugin does not run Babel.
 */
export function graphqlDocuments(): Plugin {
  let documents = new Map<string, string>();
  return {
    name: 'fascicle-graphql-documents',
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      // `npm run build` runs codegen first, so this is the generated code for these sources.
      const generated = readFileSync(GENERATED, 'utf8');
      documents = new Map([...generated.matchAll(GENERATED_DOCUMENT)].map((m) => [m[1]!, m[2]!]));
    },
    transform(code, id) {
      if (!/\.tsx?$/.test(id) || id.includes('/src/gql/') || !code.includes('graphql(`')) return;
      const transformed = code.replace(CALL, (_call, source: string) => {
        const definition = DEFINITION.exec(source);
        if (!definition)
          throw new Error(`${id}: a graphql() document must be a named operation or fragment`);
        const [, kind, name] = definition;
        const exported = `${name}${kind === 'fragment' ? 'FragmentDoc' : 'Document'}`;
        const literal = documents.get(exported);
        if (!literal) throw new Error(`${id}: ${exported} is not generated; run npm run codegen`);
        return `(${literal})`;
      });
      return transformed === code ? undefined : { code: transformed, map: null };
    },
  };
}
