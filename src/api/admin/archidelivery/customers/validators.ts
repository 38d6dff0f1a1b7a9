import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

const flag = z
  .enum(["true", "false"], { error: "true or false" })
  .transform((v) => v === "true")

// Medusa's list parameters (fields, order, with_deleted) with this list's own
// filters and bounds on offset and limit.
export const AdminListCustomerLinks = createFindParams().merge(
  z.object({
    status: z
      .enum(["linked", "pending", "failed"], {
        error: "one of linked, pending, failed",
      })
      .optional(),
    ambiguous: flag.optional(),
    offset: z.coerce.number().int().min(0).default(0),
    limit: z.coerce.number().int().min(1).max(100).default(20),
  })
)
export type AdminListCustomerLinksType = z.infer<typeof AdminListCustomerLinks>

const CLIENT_ID_FORM =
  "archidelivery_client_id: an ArchiDelivery client id such as 2101"

export const AdminLinkCustomer = z.object({
  // ArchiDelivery ids are numbers in every source; JSON may send either form.
  archidelivery_client_id: z
    .preprocess(
      (v) => (typeof v === "number" ? String(v) : v),
      z
        .string()
        .trim()
        .regex(/^\d{1,18}$/, CLIENT_ID_FORM)
    )
    .transform((v) => v.replace(/^0+(?=\d)/, ""))
    .optional(),
})
export type AdminLinkCustomerType = z.infer<typeof AdminLinkCustomer>
