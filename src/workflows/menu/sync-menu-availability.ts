import type { MedusaContainer } from "@medusajs/framework/types"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { MENU_AVAILABILITY_SYNC_LOCK_KEY } from "../../lib/shared/lock-keys"
import { runIfFree } from "../../lib/shared/locks"
import { fetchProductMenuStep } from "./steps/fetch-product-menu"
import { markMissingProductLinksStep } from "./steps/mark-missing-product-links"
import { setMenuAvailabilityStep } from "./steps/set-menu-availability"

export type SyncMenuAvailabilityResult = {
  /** Rows the menu returned. */
  fetched: number
  switched_off: number
  switched_on: number
  /** False when the menu came back empty and nothing was changed. */
  applied: boolean
}

export const syncMenuAvailabilityWorkflowId =
  "archidelivery-sync-menu-availability"

/**
 * The light sync: reads the menu and changes availability only (the active
 * flags, and which rows are gone from the menu), never names, prices or
 * products. An empty menu changes nothing: a server answering with no rows
 * for a moment must not take every dish off sale.
 */
export const syncMenuAvailabilityWorkflow = createWorkflow(
  syncMenuAvailabilityWorkflowId,
  () => {
    const menu = fetchProductMenuStep()
    const applied = when(
      "archidelivery-menu-has-rows",
      { menu },
      ({ menu }) => menu.fetched > 0
    ).then(() => {
      const rows = transform({ menu }, ({ menu }) =>
        menu.items.map((i) => ({
          archidelivery_id: i.archidelivery_id,
          active: i.active,
        }))
      )
      const changed = setMenuAvailabilityStep({ rows })
      markMissingProductLinksStep({ seen_ids: menu.seen_ids })
      return changed
    })
    const result = transform(
      { menu, applied },
      ({ menu, applied }): SyncMenuAvailabilityResult => ({
        fetched: menu.fetched,
        switched_off: applied?.switched_off ?? 0,
        switched_on: applied?.switched_on ?? 0,
        applied: !!applied,
      })
    )
    return new WorkflowResponse(result)
  }
)

/**
 * One sync, unless another sync or a menu import holds the menu's lock (then
 * null: the import sets availability itself). Failures are logged, not thrown.
 */
export function runMenuAvailabilitySync(
  container: MedusaContainer
): Promise<SyncMenuAvailabilityResult | null> {
  return runIfFree(
    container,
    MENU_AVAILABILITY_SYNC_LOCK_KEY,
    "the menu availability sync",
    async () => {
      const { result } = await syncMenuAvailabilityWorkflow(container).run()
      return result
    }
  )
}
