/**
 * Tells the drains running in this process that orders were just queued, so
 * one that is still working takes them at once instead of leaving them for
 * the next drain (another ping, another lock). Each listener is a drain pass;
 * a pass that has ended has stopped listening.
 */
export function createQueueWake() {
  const listeners = new Set<() => void>()
  return {
    /** Calls `fn` on every announcement until the returned function is called. */
    listen(fn: () => void): () => void {
      listeners.add(fn)
      return () => {
        listeners.delete(fn)
      }
    },
    announce(): void {
      for (const fn of [...listeners]) {
        fn()
      }
    },
    /** How many passes listen now (tests, the health of a drain). */
    listening: () => listeners.size,
  }
}

export type QueueWake = ReturnType<typeof createQueueWake>
