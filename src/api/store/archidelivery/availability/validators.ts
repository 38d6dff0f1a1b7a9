import { z } from "@medusajs/framework/zod"

/** The cart whose kitchen is asked about. */
export const StoreGetAvailabilityParams = z
  .object({
    cart_id: z
      .string({ error: "cart_id: required, the id of the customer's cart" })
      .trim()
      .min(1, "cart_id: required, the id of the customer's cart"),
  })
  .strict()
export type StoreGetAvailabilityParamsType = z.infer<
  typeof StoreGetAvailabilityParams
>
