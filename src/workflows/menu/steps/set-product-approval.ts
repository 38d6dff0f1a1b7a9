import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  approvalPatch,
  approvalSnapshot,
  inRequestOrder,
  linksToChange,
  unknownProductIds,
} from "../../../lib/menu"
import { archiDeliveryService } from "../../../modules/archidelivery"

export type SetProductApprovalInput = {
  product_ids: string[]
  approved: boolean
  actor_id: string | null
}

export const setProductApprovalStepId = "archidelivery-set-product-approval"

/** Approves (who and when) or unapproves imported products; an unknown id writes nothing. */
export const setProductApprovalStep = createStep(
  setProductApprovalStepId,
  async (input: SetProductApprovalInput, { container }) => {
    const service = archiDeliveryService(container)
    const ids = [...new Set(input.product_ids)]
    const links = await service.listProductLinks(
      { product_id: ids },
      { take: null }
    )
    const unknown = unknownProductIds(ids, links)
    if (unknown.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `product_ids: not imported from ArchiDelivery: ${unknown.join(", ")}`
      )
    }
    const changing = linksToChange(links, input.approved)
    if (changing.length) {
      await service.updateProductLinks({
        selector: { id: changing.map((l) => l.id) },
        data: approvalPatch(input.approved, input.actor_id, new Date()),
      })
    }
    const updated = await service.listProductLinks(
      { product_id: ids },
      { take: null }
    )
    return new StepResponse(
      inRequestOrder(updated, ids),
      changing.map(approvalSnapshot)
    )
  },
  async (previous, { container }) => {
    if (previous?.length) {
      await archiDeliveryService(container).updateProductLinks(previous)
    }
  }
)
