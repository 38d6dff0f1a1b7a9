import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { ORDER_SYNC_STATUSES } from "../../../../modules/archidelivery/models/order-sync"

// Medusa's list parameters (fields, order, with_deleted) with this list's own
// bounds on offset and limit.
export const AdminGetOrderSyncsParams = createFindParams().merge(
  z.object({
    status: z.enum(ORDER_SYNC_STATUSES).optional(),
    // Every row the shop cancelled, whatever its status (flagged sent ones too).
    cancelled: z
      .enum(["true", "false"])
      .transform((v) => v === "true")
      .optional(),
    offset: z.coerce.number().int().min(0).default(0),
    limit: z.coerce.number().int().min(1).max(100).default(20),
  })
)
export type AdminGetOrderSyncsParamsType = z.infer<
  typeof AdminGetOrderSyncsParams
>

export const AdminResolveOrderSync = z
  .object({
    // ArchiDelivery order ids are whole numbers; a number typed as such is fine.
    archidelivery_order_id: z
      .union([z.string(), z.number().int().nonnegative()])
      .transform((v, ctx) => {
        const id = String(v).trim()
        if (!/^\d+$/.test(id)) {
          ctx.addIssue({
            code: "custom",
            message: "archidelivery_order_id: a whole number such as 1042",
          })
          return z.NEVER
        }
        return id
      }),
  })
  .strict()
export type AdminResolveOrderSyncType = z.infer<typeof AdminResolveOrderSync>

/** Retry and sync take no body; anything sent is refused rather than ignored. */
export const AdminEmptyBody = z.object({}).strict()
