import { z } from "@medusajs/framework/zod"
import { POINT_STATES } from "../../../../lib/kitchen/state"
import { scheduleSchema } from "../../../../lib/kitchen/options"

/** What an admin sets for a point's kitchen. */
export const AdminSetPointState = z
  .object({
    state: z.enum(POINT_STATES, {
      error: "state: one of online, busy, paused",
    }),
    delay_minutes: z
      .number({ error: "delay_minutes: a whole number of minutes" })
      .int("delay_minutes: a whole number of minutes")
      .min(0, "delay_minutes: 0 or more")
      .max(600, "delay_minutes: at most 600")
      .optional(),
    until: z
      .string()
      .datetime({
        offset: true,
        message: "until: an ISO date and time such as 2026-12-02T18:00:00Z",
      })
      .nullable()
      .optional(),
  })
  .strict()
  .refine((v) => v.state === "busy" || !v.delay_minutes, {
    message: "delay_minutes: only for state busy",
    path: ["delay_minutes"],
  })
export type AdminSetPointStateType = z.infer<typeof AdminSetPointState>

/** A point's opening hours set in the admin; null = back to the options' hours. */
export const AdminSetPointHours = z
  .object({ hours: scheduleSchema.nullable() })
  .strict()
export type AdminSetPointHoursType = z.infer<typeof AdminSetPointHours>
