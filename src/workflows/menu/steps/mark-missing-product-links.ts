import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ReportItem } from "../../../lib/menu"
import { archiDeliveryService } from "../../../modules/archidelivery"

export const markMissingProductLinksStepId =
  "archidelivery-mark-missing-product-links"

const day = (d: Date | string) => new Date(d).toISOString().slice(0, 10)

type Undo = {
  gone: string[]
  back: { id: string; missing_since: Date | null }[]
}

/**
 * Flags links whose row is gone from the menu (keeping the date it went) and
 * clears the flag of rows that came back, valid or not. Products are never
 * deleted or unpublished. Returns every missing link as a report line.
 */
export const markMissingProductLinksStep = createStep(
  markMissingProductLinksStepId,
  async (input: { seen_ids: string[] }, { container }) => {
    const service = archiDeliveryService(container)
    const seen = new Set(input.seen_ids)
    const links = await service.listProductLinks(
      {},
      {
        select: ["id", "archidelivery_id", "missing", "missing_since"],
        take: null,
      }
    )
    const gone = links
      .filter((l) => !l.missing && !seen.has(l.archidelivery_id))
      .map((l) => l.id)
    const back = links.filter((l) => l.missing && seen.has(l.archidelivery_id))
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
    const missing = await service.listProductLinks(
      { missing: true },
      { take: null, order: { archidelivery_id: "ASC" } }
    )
    const report: ReportItem[] = missing.map((l) => ({
      archidelivery_id: l.archidelivery_id,
      name: l.imported_name,
      action: "missing",
      product_id: l.product_id,
      message: `not in the menu since ${day(l.missing_since ?? now)}`,
      code: "missing_since",
      params: { since: day(l.missing_since ?? now) },
    }))
    const undo: Undo = {
      gone,
      back: back.map((l) => ({ id: l.id, missing_since: l.missing_since })),
    }
    return new StepResponse(report, undo)
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
