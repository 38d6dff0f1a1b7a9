import { randomUUID } from "node:crypto"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireProductImportLock,
  releaseProductImportLock,
} from "../product-import-lock"

export const acquireProductImportLockStepId =
  "archidelivery-acquire-product-import-lock"

/** Takes the import lock for a new run, or refuses with a conflict while another holds it. */
export const acquireProductImportLockStep = createStep(
  acquireProductImportLockStepId,
  async (_: void, { container }) => {
    const owner = `archidelivery-import:${randomUUID()}`
    try {
      await acquireProductImportLock(container, owner)
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
      await releaseProductImportLock(container, owner)
    }
  }
)
