import { randomUUID } from "node:crypto"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { errorMessage } from "../../lib/shared/error-message"

/** Another drain holds the lock past the wait: not a fault, the holder sends. */
export class DrainBusyError extends Error {
  constructor() {
    super("another order drain is running")
    this.name = "DrainBusyError"
  }
}

/** The locking provider itself failed (e.g. Redis down): nothing was drained. */
export class DrainLockError extends Error {
  constructor(readonly reason: string) {
    super(`order drain lock failed: ${reason}`)
    this.name = "DrainLockError"
  }
}

/** The last word of the locking provider in this process, for the health route. */
export type LockingHealth = {
  ok: boolean
  error: string | null
  at: string | null
}

let health: LockingHealth = { ok: true, error: null, at: null }

export const lockingHealth = (): LockingHealth => ({ ...health })

export function recordLocking(error: string | null, at = new Date()) {
  health = { ok: !error, error, at: at.toISOString() }
}

/**
 * Whether a failed acquisition means "someone else holds it". Medusa's
 * providers (in-memory, Redis, PostgreSQL) say so with these words; any
 * other error comes from the provider or its store.
 */
export function isLockContention(e: unknown): boolean {
  return /timed-out acquiring lock|failed to acquire lock|is already locked/i.test(
    errorMessage(e)
  )
}

/** How long the probe may take before the locking provider counts as down. */
const PROBE_MS = 2_000

/**
 * A timeout is also what a provider whose store does not answer looks like
 * (Redis commands wait in the client's offline queue). A lock nobody else
 * can hold tells the two apart: taken at once, the store works and the
 * drain's lock really is held.
 */
export async function probeLocking(
  locking: {
    acquire: (key: string, args: { expire: number }) => Promise<unknown>
    release: (key: string) => Promise<unknown>
  },
  ms = PROBE_MS
): Promise<string | null> {
  const key = `archidelivery:lock-probe:${randomUUID()}`
  let timer: NodeJS.Timeout | undefined
  const acquired = locking.acquire(key, { expire: 5 })
  try {
    await Promise.race([
      acquired,
      new Promise((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`no answer within ${ms} ms`)),
          ms
        )
      }),
    ])
  } catch (e) {
    acquired.catch(() => undefined)
    return errorMessage(e)
  } finally {
    clearTimeout(timer)
  }
  await locking.release(key).catch(() => undefined)
  return null
}

/**
 * Runs `job` under the Locking module's lock `key`. Throws DrainBusyError
 * when another holder keeps it past `timeoutSeconds`, DrainLockError when
 * the locking provider fails (logged as an error and kept for the health
 * route); errors of the job itself pass through.
 */
export async function withDrainLock<T>(
  container: MedusaContainer,
  key: string,
  opts: { timeoutSeconds: number; expireSeconds: number },
  job: () => Promise<T>
): Promise<T> {
  const locking = container.resolve(Modules.LOCKING)
  let started = false
  try {
    return await locking.execute(
      key,
      async () => {
        started = true
        recordLocking(null)
        return job()
      },
      { timeout: opts.timeoutSeconds, expire: opts.expireSeconds }
    )
  } catch (e) {
    if (started) {
      throw e
    }
    const failure = isLockContention(e)
      ? await probeLocking(locking)
      : errorMessage(e)
    if (!failure) {
      recordLocking(null)
      throw new DrainBusyError()
    }
    recordLocking(failure)
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .error(
        `archidelivery: the order drain lock failed, nothing was sent: ${failure}`
      )
    throw new DrainLockError(failure)
  }
}
