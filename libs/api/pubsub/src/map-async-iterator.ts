/**
 * Transforms each value of a live event stream, dropping those for which `map`
 * returns undefined (e.g. events the subscriber may not see). Closing the result
 * closes the source, so the bus subscription ends with the client's.
 */
export function mapAsyncIterator<T, R>(
  source: AsyncIterableIterator<T>,
  map: (value: T) => Promise<R | undefined>,
): AsyncIterableIterator<R> {
  const iterator: AsyncIterableIterator<R> = {
    async next(): Promise<IteratorResult<R>> {
      for (;;) {
        const result = await source.next();
        if (result.done) return { value: undefined, done: true };
        try {
          const mapped = await map(result.value);
          if (mapped !== undefined) return { value: mapped, done: false };
        } catch {
          // A failed check or load (e.g. the row was deleted meanwhile) drops that
          // one event rather than ending the subscriber's stream.
        }
      }
    },
    async return(): Promise<IteratorResult<R>> {
      await source.return?.();
      return { value: undefined, done: true };
    },
    async throw(error?: unknown): Promise<IteratorResult<R>> {
      await source.return?.();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}
