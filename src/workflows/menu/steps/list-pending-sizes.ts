import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { pendingSizes, type PendingSize } from "../../../lib/menu"
import { archiDeliveryService } from "../../../modules/archidelivery"

export type ListPendingSizesInput = { product_ids: string[] }

export const listPendingSizesStepId = "archidelivery-list-pending-sizes"

/** The new sizes of these products that wait for a variant; it writes nothing. */
export const listPendingSizesStep = createStep(
  listPendingSizesStepId,
  async (input: ListPendingSizesInput, { container }) => {
    const service = archiDeliveryService(container)
    const links = input.product_ids.length
      ? await service.listProductLinks(
          { product_id: input.product_ids, variant_id: null },
          { take: null }
        )
      : []
    const waiting = links.filter((l) => l.group_key)
    if (!waiting.length) {
      return new StepResponse<PendingSize[]>([])
    }
    const { data: products } = await container
      .resolve(ContainerRegistrationKeys.QUERY)
      .graph({
        entity: "product",
        fields: ["id", "options.id", "options.title"],
        filters: { id: [...new Set(waiting.map((l) => l.product_id!))] },
      })
    return new StepResponse(
      pendingSizes(waiting, products, service.getOptions().sizes.optionTitle)
    )
  }
)
