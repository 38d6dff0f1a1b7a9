import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { archiDeliveryService } from "../../../modules/archidelivery"

export type SetProductApprovalInput = {
  product_ids: string[]
  approved: boolean
  actor_id: string | null
}

type Previous = {
  id: string
  approved: boolean
  approved_at: Date | null
  approved_by: string | null
}

export const setProductApprovalStepId = "archidelivery-set-product-approval"

/**
 * Approves (who and when) or unapproves imported products. Every id must be
 * an imported product, or nothing is written. Approval never publishes.
 */
export const setProductApprovalStep = createStep(
  setProductApprovalStepId,
  async (input: SetProductApprovalInput, { container }) => {
    const service = archiDeliveryService(container)
    const ids = [...new Set(input.product_ids)]
    const links = await service.listProductLinks(
      { product_id: ids },
      { take: null }
    )
    const known = new Set(links.map((l) => l.product_id))
    const unknown = ids.filter((id) => !known.has(id))
    if (unknown.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `product_ids: not imported from ArchiDelivery: ${unknown.join(", ")}`
      )
    }
    // Approving again keeps the first approval's who and when.
    const changing = links.filter((l) => l.approved !== input.approved)
    if (changing.length) {
      const data = input.approved
        ? {
            approved: true,
            approved_at: new Date(),
            approved_by: input.actor_id,
          }
        : { approved: false, approved_at: null, approved_by: null }
      await service.updateProductLinks({
        selector: { id: changing.map((l) => l.id) },
        data,
      })
    }
    const updated = await service.listProductLinks(
      { product_id: ids },
      { take: null }
    )
    const order = new Map(ids.map((id, i) => [id, i]))
    updated.sort(
      (a, b) => order.get(a.product_id!)! - order.get(b.product_id!)!
    )
    const previous: Previous[] = changing.map((l) => ({
      id: l.id,
      approved: l.approved,
      approved_at: l.approved_at,
      approved_by: l.approved_by,
    }))
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (previous?.length) {
      await archiDeliveryService(container).updateProductLinks(previous)
    }
  }
)
