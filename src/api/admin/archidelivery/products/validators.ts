import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

const flag = z
  .enum(["true", "false"], { error: "true or false" })
  .transform((v) => v === "true")

const offset = z.coerce.number().int().min(0).default(0)
const limit = (max: number, fallback: number) =>
  z.coerce.number().int().min(1).max(max).default(fallback)

// Medusa's list parameters (fields, order, with_deleted) with this list's own
// filters and bounds on offset and limit.
export const AdminListArchiProducts = createFindParams().merge(
  z.object({
    approved: flag.optional(),
    missing: flag.optional(),
    // Searches the imported name and the ArchiDelivery id.
    q: z.string().trim().max(200).optional(),
    // The rows of one product: a dish's sizes share it.
    product_id: z.string().trim().min(1).max(100).optional(),
    offset,
    limit: limit(1000, 50),
  })
)
export type AdminListArchiProductsType = z.infer<typeof AdminListArchiProducts>

export const AdminArchiProductApproval = z.object({
  product_ids: z
    .array(z.string().trim().min(1, "a product id"), {
      error: "a list of product ids",
    })
    .min(1)
    .max(1000),
})
export type AdminArchiProductApprovalType = z.infer<
  typeof AdminArchiProductApproval
>

const archideliveryId = z.coerce
  .string({ error: "an ArchiDelivery menu id" })
  .trim()
  .min(1, "an ArchiDelivery menu id")

// Rows to make one product, the first row's product being the one copied.
export const AdminMergeArchiProducts = z
  .object({
    archidelivery_ids: z
      .array(archideliveryId, { error: "a list of ArchiDelivery menu ids" })
      .min(2, "at least two rows")
      .max(50),
  })
  .strict()
export type AdminMergeArchiProductsType = z.infer<
  typeof AdminMergeArchiProducts
>

export const AdminSplitArchiProduct = z
  .object({ archidelivery_id: archideliveryId })
  .strict()
export type AdminSplitArchiProductType = z.infer<typeof AdminSplitArchiProduct>

// Without `dry_run: false` the regroup action only shows what it would do.
export const AdminRegroupArchiProducts = z.preprocess(
  (v) => v ?? {},
  z.object({ dry_run: z.boolean().default(true) }).strict()
)
export type AdminRegroupArchiProductsType = z.infer<
  typeof AdminRegroupArchiProducts
>

// Takes no options: an empty body (or none) starts an import.
export const AdminStartProductImport = z.preprocess(
  (v) => v ?? {},
  z.object({}).strict()
)

export const AdminListProductImports = createFindParams().merge(
  z.object({ offset, limit: limit(100, 20) })
)
export type AdminListProductImportsType = z.infer<
  typeof AdminListProductImports
>
