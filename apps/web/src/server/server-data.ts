/** The element that carries a server-rendered page's query results to the browser (main.tsx reads it). */
export const SERVER_DATA_ID = 'server-data';

/**
 * The results as a JSON data block. Not a script the browser runs (the CSP allows none inline); every
 * `<` is escaped, so text people wrote ("</script><script>...") cannot end the block early.
 */
export function serverDataScript(json: string): string {
  const safe = json.replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  return `<script type="application/json" id="${SERVER_DATA_ID}">${safe}</script>`;
}
