import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { isArchiDeliveryError } from "../../../lib/archidelivery"
import { archiDeliveryService } from "../../../modules/archidelivery"
import { errorMessage } from "../../../lib/shared/error-message"

export type CheckArchiDeliveryClientInput = { archidelivery_client_id: string }

export const checkArchiDeliveryClientStepId =
  "archidelivery-check-archidelivery-client"

/**
 * Makes sure a client chosen by the admin exists in ArchiDelivery before a
 * customer is linked to it (`getclientdata`). Reads only.
 */
export const checkArchiDeliveryClientStep = createStep(
  checkArchiDeliveryClientStepId,
  async (input: CheckArchiDeliveryClientInput, { container }) => {
    const service = archiDeliveryService(container)
    const id = input.archidelivery_client_id
    let row
    try {
      row = await service.getClient().getClientData(id)
    } catch (e) {
      if (isArchiDeliveryError(e) && e.kind === "rejected") {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `archidelivery_client_id: ArchiDelivery refused client ${id}: ${e.message}`
        )
      }
      const why = errorMessage(e)
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `ArchiDelivery could not confirm client ${id}, so the link was not changed: ${why}`
      )
    }
    if (!row) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `archidelivery_client_id: ArchiDelivery has no client ${id}`
      )
    }
    return new StepResponse({ archidelivery_client_id: id })
  }
)
