import { z } from "@medusajs/framework/zod"

/**
 * Zod schemas for each method's DATA after normalising (see rows.ts). Rows
 * keep the protocol's own field names and every extra field; only what the
 * plugin relies on is required. Menu rows require nothing here because their
 * field names are configurable and a bad row is reported by the import, not
 * fatal to the whole menu.
 */
export const idValueSchema = z.custom<string | number>(
  (v) =>
    (typeof v === "string" && v.trim() !== "") ||
    (typeof v === "number" && Number.isFinite(v)),
  {
    error: (iss) =>
      iss.input === undefined
        ? "is missing"
        : "expected a non-empty string or number",
  }
)

export const rowSchema = z.looseObject({}, { error: "expected an object" })

const idRowSchema = z.looseObject(
  { ID: idValueSchema },
  { error: "expected an object" }
)

const listOf = <T extends z.ZodType>(row: T) =>
  z.array(row, { error: "expected a list of rows" })

export const menuReplySchema = listOf(rowSchema)
export const clientsReplySchema = listOf(idRowSchema)
export const clientDataReplySchema = rowSchema.nullable()
export const newClientReplySchema = z.looseObject(
  {
    ClientID: idValueSchema.optional(),
    CLIENTID: idValueSchema.optional(),
    ID: idValueSchema.optional(),
  },
  { error: "expected an object" }
)
export const orderDataReplySchema = z
  .looseObject({ ORDERSTATUS: idValueSchema }, { error: "expected an object" })
  .nullable()
export const orderContentReplySchema = listOf(rowSchema)
export const ordersByPointReplySchema = listOf(idRowSchema)
export const pointsReplySchema = listOf(idRowSchema)
/** neworder answers XML; this checks the OrderId it carries. */
export const newOrderReplySchema = z.object({
  orderId: z.string().trim().min(1, "expected a non-empty OrderId"),
})

export const replySchemas = {
  getallmenu: menuReplySchema,
  getclientbyphone: clientsReplySchema,
  getclientdata: clientDataReplySchema,
  newclient: newClientReplySchema,
  neworder: newOrderReplySchema,
  getorderdata: orderDataReplySchema,
  getordercontent: orderContentReplySchema,
  getorderbypoint: ordersByPointReplySchema,
  getallpoint: pointsReplySchema,
} as const
