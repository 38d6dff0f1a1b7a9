import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import {
  PRODUCT_IMPORT_LOCK_KEY,
  PRODUCT_IMPORT_LOCK_TTL,
} from "../../lib/shared/lock-keys"
import { LockBusyError, withLock } from "../../lib/shared/locks"

// The import lock is a lease, not a `withLock` section: a run takes it in one
// workflow, renews it before each chunk and releases it once the run is closed.

/** Takes or renews the import lock for `owner`; rejects while another owner holds it. */
export const acquireProductImportLock = (
  container: MedusaContainer,
  owner: string
) =>
  container.resolve(Modules.LOCKING).acquire(PRODUCT_IMPORT_LOCK_KEY, {
    ownerId: owner,
    expire: PRODUCT_IMPORT_LOCK_TTL,
  })

export const releaseProductImportLock = (
  container: MedusaContainer,
  owner: string
) =>
  container
    .resolve(Modules.LOCKING)
    .release(PRODUCT_IMPORT_LOCK_KEY, { ownerId: owner })

/**
 * Runs `fn` holding the import lock, so a merge, split or regroup never
 * writes links while an import does: a conflict while an import runs; a
 * locking provider that fails is that failure, not a "busy".
 */
export async function whileNoImportRuns<T>(
  container: MedusaContainer,
  fn: () => Promise<T>
): Promise<T> {
  try {
    return await withLock(
      container,
      PRODUCT_IMPORT_LOCK_KEY,
      { timeoutSeconds: 1, expireSeconds: PRODUCT_IMPORT_LOCK_TTL },
      fn
    )
  } catch (e) {
    if (e instanceof LockBusyError) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        "A menu import is running; try again when it has finished."
      )
    }
    throw e
  }
}
