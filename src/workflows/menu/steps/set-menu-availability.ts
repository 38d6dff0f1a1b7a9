import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  menuActiveCandidateFilters,
  menuActiveChanges,
} from "../../../lib/menu/availability"
import { archiDeliveryService } from "../../../modules/archidelivery"

export type SetMenuAvailabilityInput = {
  /** Each valid menu row's active flag, as just read. */
  rows: { archidelivery_id: string; active: boolean }[]
}

export const setMenuAvailabilityStepId = "archidelivery-set-menu-availability"

/** Stores ArchiDelivery's active flag on the links whose flag changed; nothing else. */
export const setMenuAvailabilityStep = createStep(
  setMenuAvailabilityStepId,
  async (input: SetMenuAvailabilityInput, { container }) => {
    const service = archiDeliveryService(container)
    // Only the links that may switch: reading every link would cost as much
    // as the table is large, on every run.
    const links: Awaited<ReturnType<typeof service.listProductLinks>> = []
    for (const filters of menuActiveCandidateFilters(input.rows)) {
      links.push(
        ...(await service.listProductLinks(filters, {
          select: ["id", "archidelivery_id", "menu_active"],
          take: null,
        }))
      )
    }
    const { off, on } = menuActiveChanges(links, input.rows)
    if (off.length) {
      await service.updateProductLinks({
        selector: { id: off },
        data: { menu_active: false },
      })
    }
    if (on.length) {
      await service.updateProductLinks({
        selector: { id: on },
        data: { menu_active: true },
      })
    }
    return new StepResponse(
      { switched_off: off.length, switched_on: on.length },
      { off, on }
    )
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const service = archiDeliveryService(container)
    if (undo.off.length) {
      await service.updateProductLinks({
        selector: { id: undo.off },
        data: { menu_active: true },
      })
    }
    if (undo.on.length) {
      await service.updateProductLinks({
        selector: { id: undo.on },
        data: { menu_active: false },
      })
    }
  }
)
