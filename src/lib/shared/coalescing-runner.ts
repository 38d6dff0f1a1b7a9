/**
 * Runs `run` in the background, one run at a time: a kick while it runs asks
 * for exactly one more run when it ends, however many kicks arrive. `kick`
 * returns at once; the promise it hands back settles when the runs end.
 */
export function createCoalescingRunner(run: () => Promise<void>) {
  let running: Promise<void> | null = null
  let again = false
  const loop = async () => {
    try {
      do {
        again = false
        await run().catch(() => undefined)
      } while (again)
    } finally {
      running = null
    }
  }
  return {
    kick(): Promise<void> {
      if (running) {
        again = true
        return running
      }
      running = loop()
      return running
    },
    /** Settles when no run is under way (tests, shutdown). */
    idle(): Promise<void> {
      return running ?? Promise.resolve()
    },
  }
}
