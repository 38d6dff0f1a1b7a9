import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { chunk, newMenuGroups } from "../../../lib/menu"
import { archiDeliveryService } from "../../../modules/archidelivery"

export type ListNewMenuGroupsInput = {
  rows: { archidelivery_id: string; group: string | null }[]
}

export const listNewMenuGroupsStepId = "archidelivery-list-new-menu-groups"

// Ids per read: one statement's parameters stay well under PostgreSQL's limit.
const IDS_PER_READ = 5000

/** The groups of the menu rows no link holds yet, each once. */
export const listNewMenuGroupsStep = createStep(
  listNewMenuGroupsStepId,
  async (input: ListNewMenuGroupsInput, { container }) => {
    const service = archiDeliveryService(container)
    const linked = new Set<string>()
    for (const part of chunk(input.rows, IDS_PER_READ)) {
      const links = await service.listProductLinkStates({
        archidelivery_id: part.map((r) => r.archidelivery_id),
      })
      for (const l of links) {
        linked.add(l.archidelivery_id)
      }
    }
    return new StepResponse(newMenuGroups(input.rows, linked))
  }
)
