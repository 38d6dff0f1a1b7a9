import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  linkSnapshot,
  linkValues,
  type ProductLinkUpsert,
} from "../../../lib/menu"
import { archiDeliveryService } from "../../../modules/archidelivery"

export type UpsertProductLinksInput = { links: ProductLinkUpsert[] }

export const upsertProductLinksStepId = "archidelivery-upsert-product-links"

/** Records what each menu row was imported as: a new link, or a refreshed one. */
export const upsertProductLinksStep = createStep(
  upsertProductLinksStepId,
  async (input: UpsertProductLinksInput, { container }) => {
    const service = archiDeliveryService(container)
    const now = new Date()
    const updates = input.links.filter((l) => l.link_id)
    const ids = updates.map((l) => l.link_id!)
    const previous = ids.length
      ? await service.listProductLinks({ id: ids }, { take: null })
      : []
    if (updates.length) {
      await service.updateProductLinks(
        updates.map((l) => ({ id: l.link_id!, ...linkValues(l, now) }))
      )
    }
    const creates = input.links.filter((l) => !l.link_id)
    const created = creates.length
      ? await service.createProductLinks(
          creates.map((l) => ({
            archidelivery_id: l.archidelivery_id,
            ...linkValues(l, now),
          }))
        )
      : []
    return new StepResponse(
      { created: created.length, updated: updates.length },
      {
        created: created.map((l) => l.id),
        previous: previous.map(linkSnapshot),
      }
    )
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const service = archiDeliveryService(container)
    if (undo.created.length) {
      await service.deleteProductLinks(undo.created)
    }
    if (undo.previous.length) {
      await service.updateProductLinks(undo.previous)
    }
  }
)
