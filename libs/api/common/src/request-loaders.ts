import DataLoader from 'dataloader';
import type { RequestContext } from './request-context';

/**
 * Returns this request's loader for `key`, creating it on first use. A loader
 * lives exactly as long as one request, so it never serves stale data or data
 * read with another caller's rights.
 */
export function requestLoader<K, V>(
  context: Pick<RequestContext, 'loaders'>,
  key: symbol,
  create: () => DataLoader<K, V>,
): DataLoader<K, V> {
  let loader = context.loaders.get(key) as DataLoader<K, V> | undefined;
  if (!loader) {
    loader = create();
    context.loaders.set(key, loader);
  }
  return loader;
}

/** Orders batch results to match the requested keys, as DataLoader requires. */
export function byKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | null)[] {
  const map = new Map<K, V>();
  for (const row of rows) map.set(keyOf(row), row);
  return keys.map((k) => map.get(k) ?? null);
}

export function groupByKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const map = new Map<K, V[]>();
  for (const row of rows) {
    const list = map.get(keyOf(row));
    if (list) list.push(row);
    else map.set(keyOf(row), [row]);
  }
  return keys.map((k) => map.get(k) ?? []);
}
