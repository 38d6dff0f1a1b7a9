import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { archiDeliveryService } from "../../modules/archidelivery"
import { failProductImportWorkflow } from "./fail-product-import"
import { importProductsWorkflow } from "./import-products"
import { releaseProductImportLock } from "./product-import-lock"
import { startProductImportWorkflow } from "./start-product-import"
import { errorMessage } from "../../lib/shared/error-message"

export type RunProductImportInput = {
  import_id: string
  lock_owner: string
  /** Rows per chunk; the default suits most menus. */
  chunk_size?: number
}

/**
 * Runs an opened import to its end and never throws: a failure is recorded
 * on the run. The lock is released only after the run is closed, so no one
 * can take a finished-but-unclosed run for an interrupted one.
 */
export async function runProductImport(
  container: MedusaContainer,
  input: RunProductImportInput
): Promise<void> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  try {
    const service = archiDeliveryService(container)
    const { errors } = await importProductsWorkflow(container).run({
      input: { ...input, currency_code: service.getOptions().currency },
      throwOnError: false,
    })
    if (errors.length) {
      const error = errorMessage(errors[0].error)
      logger.warn(
        `ArchiDelivery menu import ${input.import_id} failed: ${error}`
      )
      await failProductImportWorkflow(container).run({
        input: { id: input.import_id, error },
      })
    }
  } catch (e) {
    logger.error(
      `ArchiDelivery menu import ${input.import_id} could not be closed: ${errorMessage(e)}`
    )
  } finally {
    await releaseProductImportLock(container, input.lock_owner).catch(
      (e: unknown) =>
        logger.warn(`releasing the menu import lock: ${errorMessage(e)}`)
    )
  }
}

/**
 * Opens an import (a conflict error while one runs) and starts it in the
 * background. `finished` settles when the run is closed; the admin route
 * does not wait for it.
 */
export async function startProductImport(
  container: MedusaContainer,
  options: { started_by?: string | null; chunk_size?: number } = {}
) {
  const { result } = await startProductImportWorkflow(container).run({
    input: { started_by: options.started_by ?? null },
  })
  const finished = runProductImport(container, {
    import_id: result.id,
    lock_owner: result.lock_owner,
    chunk_size: options.chunk_size,
  })
  return { product_import: { id: result.id, status: result.status }, finished }
}
