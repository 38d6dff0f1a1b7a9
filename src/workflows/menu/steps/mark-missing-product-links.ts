import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { missingCandidateFilters, missingChanges } from "../../../lib/menu"
import { archiDeliveryService } from "../../../modules/archidelivery"

export type MarkMissingProductLinksInput = { seen_ids: string[] }

export const markMissingProductLinksStepId =
  "archidelivery-mark-missing-product-links"

/** Flags links whose row left the menu and unflags rows that came back. */
export const markMissingProductLinksStep = createStep(
  markMissingProductLinksStepId,
  async (input: MarkMissingProductLinksInput, { container }) => {
    const service = archiDeliveryService(container)
    // Only the links that may change, not the whole table.
    const { gone: goneFilters, back: backFilters } = missingCandidateFilters(
      input.seen_ids
    )
    const links: Awaited<ReturnType<typeof service.listProductLinks>> = []
    for (const filters of [goneFilters, ...backFilters]) {
      links.push(
        ...(await service.listProductLinks(filters, {
          select: ["id", "archidelivery_id", "missing", "missing_since"],
          take: null,
        }))
      )
    }
    const { gone, back } = missingChanges(links, input.seen_ids)
    const now = new Date()
    if (gone.length) {
      await service.updateProductLinks({
        selector: { id: gone },
        data: { missing: true, missing_since: now },
      })
    }
    if (back.length) {
      await service.updateProductLinks({
        selector: { id: back.map((l) => l.id) },
        data: { missing: false, missing_since: null },
      })
    }
    return new StepResponse({ marked_at: now }, { gone, back })
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const service = archiDeliveryService(container)
    if (undo.gone.length) {
      await service.updateProductLinks({
        selector: { id: undo.gone },
        data: { missing: false, missing_since: null },
      })
    }
    if (undo.back.length) {
      await service.updateProductLinks(
        undo.back.map((l) => ({ ...l, missing: true }))
      )
    }
  }
)
