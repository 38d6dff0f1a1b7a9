import { Badge } from "@medusajs/ui"
import { useFormat } from "../lib/format"
import { useT } from "../lib/i18n"
import type { ProductLink } from "../lib/types"

/** Whether a dish can be bought now, and why not: the kitchen's flag first. */
export const AvailabilityBadge = ({ link }: { link: ProductLink }) => {
  const { t } = useT()
  const f = useFormat()
  if (link.menu_active === false) {
    return (
      <Badge size="2xsmall" color="red" data-testid="availability-badge">
        {t("availability.status.menuInactive")}
      </Badge>
    )
  }
  if (link.missing) {
    return (
      <Badge size="2xsmall" color="orange" data-testid="availability-badge">
        {t("availability.status.missing")}
      </Badge>
    )
  }
  if (link.admin_unavailable) {
    return (
      <Badge size="2xsmall" color="orange" data-testid="availability-badge">
        {link.unavailable_until
          ? t("availability.status.offUntil", {
              until: f.dateTime(link.unavailable_until),
            })
          : t("availability.status.offIndefinitely")}
      </Badge>
    )
  }
  return (
    <Badge size="2xsmall" color="green" data-testid="availability-badge">
      {t("availability.status.available")}
    </Badge>
  )
}
