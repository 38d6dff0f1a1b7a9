import { z } from "@medusajs/framework/zod"

export const StoreAddModifiedLineItem = z
  .object({
    variant_id: z.string().trim().min(1),
    quantity: z.number().int().min(1).default(1),
    modifiers: z
      .array(
        z
          .object({
            option_id: z.string().trim().min(1),
            quantity: z.number().int().min(1).max(99).optional(),
          })
          .strict()
      )
      .max(100)
      .default([]),
  })
  .strict()
export type StoreAddModifiedLineItemType = z.infer<
  typeof StoreAddModifiedLineItem
>
