import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { LinkWrite } from "../../../lib/menu"
import { archiDeliveryService } from "../../../modules/archidelivery"
import type ArchiDeliveryModuleService from "../../../modules/archidelivery/service"

/** A link write whose product is known by now. */
export type ProductLinkUpsert = Omit<LinkWrite, "product_id"> & {
  product_id: string
}

type LinkPatch = Parameters<
  ArchiDeliveryModuleService["updateProductLinks"]
>[0] & { id: string }

const RESTORED = [
  "product_id",
  "variant_id",
  "approved",
  "approved_at",
  "approved_by",
  "imported_name",
  "imported_price",
  "imported_weight",
  "imported_group",
  "imported_at",
  "missing",
  "missing_since",
] as const

export const upsertProductLinksStepId = "archidelivery-upsert-product-links"

/**
 * Records what each menu row was imported as: new links for new products,
 * refreshed imported_* fields (and "back in the menu") for existing ones.
 */
export const upsertProductLinksStep = createStep(
  upsertProductLinksStepId,
  async (input: { links: ProductLinkUpsert[] }, { container }) => {
    const service = archiDeliveryService(container)
    const now = new Date()
    const values = (l: ProductLinkUpsert) => ({
      product_id: l.product_id,
      variant_id: l.variant_id,
      imported_name: l.imported_name,
      imported_price: l.imported_price,
      imported_weight: l.imported_weight,
      imported_group: l.imported_group,
      imported_at: now,
      missing: false,
      missing_since: null,
      ...(l.reset_approval
        ? { approved: false, approved_at: null, approved_by: null }
        : {}),
    })
    const updates = input.links.filter((l) => l.link_id)
    const previous = updates.length
      ? await service.listProductLinks(
          { id: updates.map((l) => l.link_id!) },
          { take: null }
        )
      : []
    if (updates.length) {
      await service.updateProductLinks(
        updates.map((l) => ({ id: l.link_id!, ...values(l) }))
      )
    }
    const creates = input.links.filter((l) => !l.link_id)
    const created = creates.length
      ? await service.createProductLinks(
          creates.map((l) => ({
            archidelivery_id: l.archidelivery_id,
            ...values(l),
          }))
        )
      : []
    return new StepResponse(
      { created: created.length, updated: updates.length },
      {
        created: created.map((l) => l.id),
        previous: previous.map((p) => ({
          id: p.id,
          ...Object.fromEntries(RESTORED.map((f) => [f, p[f]])),
        })),
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
