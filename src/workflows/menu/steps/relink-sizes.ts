import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { linkSnapshot } from "../../../lib/menu"
import { archiDeliveryService } from "../../../modules/archidelivery"

export type RelinkSizesInput = {
  links: {
    id: string
    product_id: string
    variant_id: string | null
    group_key: string | null
    size_label: string | null
    approved?: boolean
    approved_at?: Date | null
    approved_by?: string | null
  }[]
}

export const relinkSizesStepId = "archidelivery-relink-sizes"

/** Points rows at the product and variant a merge or split made for them. */
export const relinkSizesStep = createStep(
  relinkSizesStepId,
  async (input: RelinkSizesInput, { container }) => {
    const service = archiDeliveryService(container)
    const ids = input.links.map((l) => l.id)
    const previous = ids.length
      ? await service.listProductLinks({ id: ids }, { take: null })
      : []
    if (input.links.length) {
      await service.updateProductLinks(input.links)
    }
    const updated = ids.length
      ? await service.listProductLinks({ id: ids }, { take: null })
      : []
    // In the order asked for (the first row first), whatever the database's.
    const order = new Map(ids.map((id, i) => [id, i]))
    updated.sort((a, b) => order.get(a.id)! - order.get(b.id)!)
    return new StepResponse(updated, previous.map(linkSnapshot))
  },
  async (previous, { container }) => {
    if (previous?.length) {
      await archiDeliveryService(container).updateProductLinks(previous)
    }
  }
)
