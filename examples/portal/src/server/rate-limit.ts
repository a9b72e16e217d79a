/** Counts events per key (an address, an account) within a sliding window; times come from `now`. */
export interface WindowCounter {
  /** Events of `key` within the window. */
  count(key: string): number;
  /** Records an event of `key`; returns how many there are now within the window. */
  add(key: string): number;
  /** Takes back one event of `key` (an attempt that turned out right). */
  remove(key: string): void;
  /** Forgets every event of `key`. */
  clear(key: string): void;
}

/** Most keys remembered: beyond it the oldest go first, so that random keys cannot fill the memory. */
const maxKeys = 10_000;

/** A {@link WindowCounter} of `windowMs`. */
export function windowCounter(windowMs: number, now: () => Date): WindowCounter {
  const events = new Map<string, number[]>();
  const recent = (key: string) => {
    const since = now().getTime() - windowMs;
    const times = (events.get(key) ?? []).filter((t) => t > since);
    if (times.length === 0) events.delete(key);
    else events.set(key, times);
    return times;
  };
  return {
    count: (key) => recent(key).length,
    add(key) {
      const times = [...recent(key), now().getTime()];
      // Re-inserted, so that the map's first key is the one used longest ago.
      events.delete(key);
      events.set(key, times);
      if (events.size > maxKeys) events.delete(events.keys().next().value!);
      return times.length;
    },
    remove(key) {
      const times = recent(key);
      times.pop();
      if (times.length === 0) events.delete(key);
    },
    clear: (key) => void events.delete(key),
  };
}

/** At most `limit` tasks at a time; the others wait in order. */
export function concurrencyLimit(limit: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async (task) => {
    // A finished task hands its place to the next in line, so that no newcomer slips in between.
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    else running += 1;
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else running -= 1;
    }
  };
}
