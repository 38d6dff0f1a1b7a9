// The one bounded worker pool: ArchiDelivery is a restaurant PC, so calls to it
// never go wider than `queue.concurrency`.

/** Runs `count` copies of `worker` at once and resolves when all have returned. */
export async function runWorkers(
  count: number,
  worker: () => Promise<void>
): Promise<void> {
  await Promise.all(Array.from({ length: Math.max(0, count) }, () => worker()))
}

/**
 * `fn` over every item, at most `concurrency` at a time, results in the
 * items' order. Once `stopped()` says so no further item starts; the
 * skipped ones stay `undefined`. The first error also stops further items,
 * and rejects once the items already running have settled, so nothing the
 * caller started is still at work when it handles the error.
 */
export async function mapPool<T, R>(
  items: readonly T[],
  concurrency: number,
  fn: (item: T, index: number) => Promise<R>,
  stopped: () => boolean = () => false
): Promise<(R | undefined)[]> {
  const results: (R | undefined)[] = new Array(items.length).fill(undefined)
  let next = 0
  let failure: { error: unknown } | null = null
  await runWorkers(Math.min(concurrency, items.length), async () => {
    while (!failure && next < items.length && !stopped()) {
      const i = next++
      try {
        results[i] = await fn(items[i], i)
      } catch (error) {
        failure ??= { error }
      }
    }
  })
  if (failure) {
    throw (failure as { error: unknown }).error
  }
  return results
}

/** Runs a task once a slot is free; see createLimiter. */
export type Limiter = <R>(task: () => Promise<R>) => Promise<R>

/**
 * At most `slots` tasks at once, the rest waiting in arrival order. What a
 * drain uses to keep its requests to ArchiDelivery at `queue.concurrency`
 * while more of its workers load and record orders around them.
 */
export function createLimiter(slots: number): Limiter {
  let running = 0
  const waiting: (() => void)[] = []
  return async (task) => {
    if (running >= Math.max(1, slots)) {
      await new Promise<void>((resume) => waiting.push(resume))
    } else {
      running++
    }
    try {
      return await task()
    } finally {
      // The slot passes straight to the next waiter, so none can jump the queue.
      const next = waiting.shift()
      if (next) {
        next()
      } else {
        running--
      }
    }
  }
}
