import { z } from "@medusajs/framework/zod"

const archideliveryIds = z
  .array(z.string().trim().min(1, "an ArchiDelivery menu id"), {
    error: "a list of ArchiDelivery menu ids",
  })
  .min(1)
  .max(1000)

// "until 18:00" (the next 18:00 in the shop's time zone), "until tomorrow"
// (the next day's start there), an exact moment, or until switched back on.
const until = z.discriminatedUnion(
  "mode",
  [
    z.object({
      mode: z.literal("time"),
      time: z
        .string()
        .regex(/^([01]?\d|2[0-3]):[0-5]\d$/, "a time of day such as 18:00"),
    }),
    z.object({ mode: z.literal("tomorrow") }),
    z.object({
      mode: z.literal("at"),
      at: z.iso.datetime({ offset: true, error: "an ISO date-time" }),
    }),
    z.object({ mode: z.literal("indefinitely") }),
  ],
  { error: "mode: one of time, tomorrow, at, indefinitely" }
)

export const AdminSwitchOffDishes = z.object({
  archidelivery_ids: archideliveryIds,
  until,
})
export type AdminSwitchOffDishesType = z.infer<typeof AdminSwitchOffDishes>

export const AdminSwitchOnDishes = z.object({
  archidelivery_ids: archideliveryIds,
})
export type AdminSwitchOnDishesType = z.infer<typeof AdminSwitchOnDishes>
