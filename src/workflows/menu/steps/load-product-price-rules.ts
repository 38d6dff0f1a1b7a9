import type { PriceRuleDTO } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { groupPriceRules, type PriceRulesById } from "../../../lib/menu"

export type LoadProductPriceRulesInput = { price_ids: string[] }

export const loadProductPriceRulesStepId =
  "archidelivery-load-product-price-rules"

/** Rules of the few prices that have any (region prices and the like), in one query. */
export const loadProductPriceRulesStep = createStep(
  loadProductPriceRulesStepId,
  async (input: LoadProductPriceRulesInput, { container }) => {
    if (!input.price_ids.length) {
      return new StepResponse<PriceRulesById>({})
    }
    const rules = await container
      .resolve(Modules.PRICING)
      .listPriceRules({ price_id: input.price_ids }, { take: null })
    // The model has `operator`; the DTO type leaves it out.
    return new StepResponse<PriceRulesById>(
      groupPriceRules(rules as (PriceRuleDTO & { operator?: string })[])
    )
  }
)
