import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { defaultShippingProfile } from "../../../lib/menu"

export type ProductDefaults = {
  sales_channel_id: string | null
  shipping_profile_id: string | null
}

export const resolveProductDefaultsStepId =
  "archidelivery-resolve-product-defaults"

/** The store's default sales channel and the default shipping profile new products get. */
export const resolveProductDefaultsStep = createStep(
  resolveProductDefaultsStepId,
  async (_: void, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: stores } = await query.graph({
      entity: "store",
      fields: ["id", "default_sales_channel_id"],
      pagination: { take: 1 },
    })
    const { data: profiles } = await query.graph({
      entity: "shipping_profile",
      fields: ["id", "type", "created_at"],
    })
    const profile = defaultShippingProfile(profiles)
    return new StepResponse<ProductDefaults>({
      sales_channel_id: stores[0]?.default_sales_channel_id ?? null,
      shipping_profile_id: profile?.id ?? null,
    })
  }
)
