import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { chunk, linkedProductIds, newMenuGroups } from "../../../lib/menu"
import { archiDeliveryService } from "../../../modules/archidelivery"

export type ListNewMenuGroupsInput = {
  rows: { archidelivery_id: string; group: string | null }[]
}

export const listNewMenuGroupsStepId = "archidelivery-list-new-menu-groups"

// Ids per read: one statement's parameters stay well under PostgreSQL's limit.
const IDS_PER_READ = 5000

/**
 * The groups of the menu rows the run may make a product for, each once:
 * rows no link holds, and rows whose linked product was deleted (as Medusa
 * deletes, softly), which are made again. Chunks run side by side, so
 * neither may be left to them.
 */
export const listNewMenuGroupsStep = createStep(
  listNewMenuGroupsStepId,
  async (input: ListNewMenuGroupsInput, { container }) => {
    const service = archiDeliveryService(container)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const held = new Set<string>()
    for (const part of chunk(input.rows, IDS_PER_READ)) {
      const links = await service.listProductLinkStates({
        archidelivery_id: part.map((r) => r.archidelivery_id),
      })
      // Only the deleted few come back: a re-import of an unchanged menu
      // reads no product.
      const ids = linkedProductIds(links)
      const { data: deleted } = ids.length
        ? await query.graph({
            entity: "product",
            fields: ["id"],
            filters: { id: ids, deleted_at: { $ne: null } },
            withDeleted: true,
          })
        : { data: [] }
      const gone = new Set(deleted.map((p: { id: string }) => p.id))
      for (const l of links) {
        if (l.product_id && !gone.has(l.product_id)) {
          held.add(l.archidelivery_id)
        }
      }
    }
    return new StepResponse(newMenuGroups(input.rows, held))
  }
)
