import { randomUUID } from "node:crypto"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { errorMessage } from "./error-message"

// The one way the plugin runs work under a Locking module lock: `withLock`
// tells a busy lock from a failed provider, `runIfFree` skips a busy run.

/** Another holder keeps the lock past the wait: not a fault, the holder does the work. */
export class LockBusyError extends Error {
  constructor(readonly key: string) {
    super(`${key} is held by another run`)
    this.name = "LockBusyError"
  }
}

/** The locking provider itself failed (e.g. Redis down): nothing ran. */
export class LockFailedError extends Error {
  constructor(
    readonly key: string,
    readonly reason: string
  ) {
    super(`lock ${key} failed: ${reason}`)
    this.name = "LockFailedError"
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

export type LockOptions = { timeoutSeconds: number; expireSeconds: number }

/**
 * Runs `job` under the Locking module's lock `key`. Throws LockBusyError
 * when another holder keeps it past `timeoutSeconds`, LockFailedError when
 * the locking provider fails (logged as an error and kept for the health
 * route); errors of the job itself pass through.
 */
export async function withLock<T>(
  container: MedusaContainer,
  key: string,
  opts: LockOptions,
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
      throw new LockBusyError(key)
    }
    recordLocking(failure)
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .error(`archidelivery: lock ${key} failed, nothing ran: ${failure}`)
    throw new LockFailedError(key, failure)
  }
}

/**
 * For scheduled work that one instance does at a time: runs `job` under
 * `key`, or returns null when another run holds it or the lock failed
 * (already logged). A failure of the job itself is logged as `what` failed.
 */
export async function runIfFree<T>(
  container: MedusaContainer,
  key: string,
  what: string,
  job: () => Promise<T>,
  opts: LockOptions = { timeoutSeconds: 1, expireSeconds: 120 }
): Promise<T | null> {
  try {
    return await withLock(container, key, opts, job)
  } catch (e) {
    if (!(e instanceof LockBusyError || e instanceof LockFailedError)) {
      container
        .resolve(ContainerRegistrationKeys.LOGGER)
        .error(`archidelivery: ${what} failed: ${errorMessage(e)}`)
    }
    return null
  }
}
