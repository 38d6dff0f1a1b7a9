import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { missingReport } from "../../../lib/menu"
import { archiDeliveryService } from "../../../modules/archidelivery"

export type ListMissingProductLinksInput = {
  /** When this run flagged links: the date of a link flagged without one. */
  marked_at: Date | string
}

export const listMissingProductLinksStepId =
  "archidelivery-list-missing-product-links"

/** Every link flagged missing, as report lines in `archidelivery_id` order. */
export const listMissingProductLinksStep = createStep(
  listMissingProductLinksStepId,
  async (input: ListMissingProductLinksInput, { container }) => {
    const missing = await archiDeliveryService(container).listProductLinks(
      { missing: true },
      {
        // What a report line says, not the whole link.
        select: [
          "archidelivery_id",
          "imported_name",
          "product_id",
          "missing_since",
        ],
        take: null,
        order: { archidelivery_id: "ASC" },
      }
    )
    return new StepResponse(missingReport(missing, input.marked_at))
  }
)
