import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { legacyGroups, type LegacyGroup } from "../../../lib/menu"
import { archiDeliveryService } from "../../../modules/archidelivery"

export const listLegacySizeGroupsStepId =
  "archidelivery-list-legacy-size-groups"

/** Dishes whose sizes were imported one product per row; it writes nothing. */
export const listLegacySizeGroupsStep = createStep(
  listLegacySizeGroupsStepId,
  async (_: void, { container }) => {
    const links = await archiDeliveryService(container).listProductLinks(
      { group_key: null },
      { take: null }
    )
    return new StepResponse<LegacyGroup[]>(legacyGroups(links))
  }
)
