import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listUnavailableDishes } from "../../../../workflows/menu/dish-availability"

/**
 * The dishes that cannot be bought now, by product and variant, so a
 * storefront can mark them (the cart refuses them anyway). `until` is when an
 * admin's switch-off ends by itself; null = until switched back on.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const now = new Date()
  const unavailable = await listUnavailableDishes(req.scope, now)
  res.json({
    menu_availability: {
      checked_at: now.toISOString(),
      unavailable: unavailable.map((d) => ({
        product_id: d.product_id,
        variant_id: d.variant_id,
        name: d.name,
        reason: d.reason,
        until: d.until ? d.until.toISOString() : null,
      })),
    },
  })
}
