import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { LegacyGroup } from "../../../lib/menu"
import { errorMessage } from "../../../lib/shared/error-message"
import { mergeProductSizesWorkflow } from "../merge-product-sizes"

export type MergeLegacySizeGroupsInput = {
  groups: LegacyGroup[]
  currency_code: string
  size_option_title: string
}

export type MergedGroup = LegacyGroup & {
  product_id: string | null
  error: string | null
}

export const mergeLegacySizeGroupsStepId =
  "archidelivery-merge-legacy-size-groups"

/** Merges dish after dish, each in its own workflow run. */
export const mergeLegacySizeGroupsStep = createStep(
  mergeLegacySizeGroupsStepId,
  async (input: MergeLegacySizeGroupsInput, { container }) => {
    const out: MergedGroup[] = []
    for (const group of input.groups) {
      try {
        const { result } = await mergeProductSizesWorkflow(container).run({
          input: {
            archidelivery_ids: group.rows.map((r) => r.archidelivery_id),
            currency_code: input.currency_code,
            size_option_title: input.size_option_title,
          },
        })
        out.push({ ...group, product_id: result.product_id, error: null })
      } catch (e) {
        // One dish that cannot be merged (a size deleted meanwhile) keeps the rest going.
        out.push({ ...group, product_id: null, error: errorMessage(e) })
      }
    }
    // No compensation, as with the import's chunks: finished merges stay.
    return new StepResponse(out)
  }
)
