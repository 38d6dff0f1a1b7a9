import { z } from "@medusajs/framework/zod"

/** An optional phone to look clients up with; nothing else is accepted. */
export const AdminServerCheck = z
  .object({
    phone: z
      .string()
      .trim()
      .min(1, "phone: a phone number such as 380671112233")
      .max(32, "phone: at most 32 characters")
      .optional(),
  })
  .strict()
export type AdminServerCheckType = z.infer<typeof AdminServerCheck>
