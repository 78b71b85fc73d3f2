import { readFileSync } from 'node:fs';
import { parse, print, stripIgnoredCharacters, type DocumentNode } from 'graphql';
import type { Plugin } from 'vite';

/**
 * Puts each GraphQL document where it is used, as its text.
 *
 * GraphQL Code Generator's client preset answers `graphql(`...`)` from one map of every document of
 * the app (libs/web/graphql/src/generated/gql.ts), so every page's queries were parsed on the first
 * page, whichever page it was (277 KB of JavaScript). Its documentation recommends rewriting the calls
 * at build time (its Babel plugin imports each document from the one generated module, which would
 * still be a single chunk); this does the same rewrite but inlines the document, so a lazily loaded
 * page brings its own documents.
 *
 * The document is the generated one (fragments included), printed without ignored characters. It is
 * handed to urql as a string, which urql accepts and parses once per document; the type stays the
 * generated TypedDocumentNode, so the result and variable types are unchanged. Tests (vitest uses
 * this config) and the dev server run the same code as the production build.
 */
export function graphqlDocuments(options: { gqlFile: string; graphqlFile: string; include: (id: string) => boolean }): Plugin {
  let bySource: Map<string, string> | null = null;

  const load = () => {
    const gql = readFileSync(options.gqlFile, 'utf8');
    const generated = readFileSync(options.graphqlFile, 'utf8');
    const documents = new Map<string, DocumentNode>();
    for (const [, name, json] of generated.matchAll(/^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*$/gm)) {
      documents.set(name, JSON.parse(json) as DocumentNode);
    }
    const map = new Map<string, string>();
    // The generated map's keys are the sources as written at the call sites: `"<source>": typeof types.XDocument,`.
    const typeMap = gql.slice(gql.indexOf('type Documents = {'), gql.indexOf('};', gql.indexOf('type Documents = {')));
    for (const [, key, name] of typeMap.matchAll(/^\s+(".*"): typeof types\.(\w+),$/gm)) {
      const document = documents.get(name);
      if (!document) throw new Error(`graphql documents: ${name} is in gql.ts but not in graphql.ts; run npm run codegen`);
      map.set(JSON.parse(key) as string, stripIgnoredCharacters(print(document)));
    }
    if (!map.size) throw new Error(`graphql documents: no document found in ${options.gqlFile}`);
    return map;
  };

  return {
    name: 'community-hub:graphql-documents',
    enforce: 'pre',
    buildStart() {
      bySource = null;
    },
    watchChange(id) {
      if (id === options.gqlFile || id === options.graphqlFile) bySource = null;
    },
    transform(code, id) {
      const file = id.split('?')[0];
      if (!options.include(file) || !code.includes('graphql(`')) return null;
      bySource ??= load();
      const documents = bySource;
      let count = 0;
      const out = code.replace(/\bgraphql\(`([^`]*)`\)/g, (_call, source: string) => {
        if (source.includes('${') || source.includes('\\')) {
          throw new Error(`${file}: graphql() takes a plain template literal (no \${} or escapes)`);
        }
        const text = documents.get(source);
        if (text === undefined) {
          // Name the document to find it quickly; parse also reports a syntax error here.
          const first = parse(source).definitions[0];
          const name = 'name' in first && first.name ? first.name.value : '(anonymous)';
          throw new Error(`${file}: the GraphQL document ${name} is not in the generated code; run npm run codegen`);
        }
        count++;
        // The same number of lines, so positions after it (stack traces, coverage) stay right.
        return `(${JSON.stringify(text)}${'\n'.repeat(source.split('\n').length - 1)})`;
      });
      return count ? { code: out, map: null } : null;
    },
  };
}
