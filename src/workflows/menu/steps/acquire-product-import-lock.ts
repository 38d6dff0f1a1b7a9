import { randomUUID } from "node:crypto"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  PRODUCT_IMPORT_LOCK_KEY,
  PRODUCT_IMPORT_LOCK_TTL,
} from "../../../lib/shared/lock-keys"

export const acquireProductImportLockStepId =
  "archidelivery-acquire-product-import-lock"

/**
 * Takes the import lock for a new run, or refuses with a conflict while
 * another run holds it. The background run releases it when it ends.
 */
export const acquireProductImportLockStep = createStep(
  acquireProductImportLockStepId,
  async (_: void, { container }) => {
    const locking = container.resolve(Modules.LOCKING)
    const owner = `archidelivery-import:${randomUUID()}`
    try {
      await locking.acquire(PRODUCT_IMPORT_LOCK_KEY, {
        ownerId: owner,
        expire: PRODUCT_IMPORT_LOCK_TTL,
      })
    } catch {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        "A menu import is already running; wait for it to finish before starting another."
      )
    }
    return new StepResponse(owner, owner)
  },
  async (owner, { container }) => {
    if (owner) {
      await container
        .resolve(Modules.LOCKING)
        .release(PRODUCT_IMPORT_LOCK_KEY, { ownerId: owner })
    }
  }
)
