import type { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * One page of a list route, read through Query with the fields and page the
 * route's query config took from the request. `order` applies when the
 * request names none; it ends on `id` so rows sharing a timestamp keep their
 * place from page to page.
 */
export async function listPage<Row>(
  req: MedusaRequest,
  entity: string,
  filters: Record<string, unknown>,
  order: Record<string, "ASC" | "DESC">
): Promise<{ rows: Row[]; count: number }> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { fields, pagination, withDeleted } = req.queryConfig
  const { data, metadata } = await query.graph({
    entity,
    fields,
    filters,
    pagination: { ...pagination, order: pagination.order ?? order },
    withDeleted,
  })
  return { rows: data as Row[], count: metadata?.count ?? 0 }
}
