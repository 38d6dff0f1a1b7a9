import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  linkSnapshot,
  linkValues,
  type ProductLinkUpsert,
} from "../../../lib/menu"
import { archiDeliveryService } from "../../../modules/archidelivery"
import type ArchiDeliveryModuleService from "../../../modules/archidelivery/service"

export type UpsertProductLinksInput = { links: ProductLinkUpsert[] }

type LinkPatch = Parameters<
  ArchiDeliveryModuleService["updateProductLinks"]
>[0] & { id: string }

export const upsertProductLinksStepId = "archidelivery-upsert-product-links"

/** Records what each menu row was imported as: new links, or refreshed (and back in the menu) ones. */
export const upsertProductLinksStep = createStep(
  upsertProductLinksStepId,
  async (input: UpsertProductLinksInput, { container }) => {
    const service = archiDeliveryService(container)
    const now = new Date()
    const updates = input.links.filter((l) => l.link_id)
    const previous = updates.length
      ? await service.listProductLinks(
          { id: updates.map((l) => l.link_id!) },
          { take: null }
        )
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
      await service.updateProductLinks(undo.previous as unknown as LinkPatch[])
    }
  }
)
