import { Badge } from "@medusajs/ui"
import { cancelledFlag } from "../lib/cancelled"
import { useT } from "../lib/i18n"
import type { OrderSync } from "../lib/types"

/** "Tell the kitchen": an order the shop cancelled that ArchiDelivery has or may have. */
export const CancelledFlagBadge = ({
  row,
}: {
  row: Pick<OrderSync, "status" | "cancelled_at" | "last_error_kind">
}) => {
  const { t } = useT()
  const flag = cancelledFlag(row)
  if (!flag) {
    return null
  }
  return (
    <Badge
      size="2xsmall"
      color={flag === "after_send" ? "red" : "orange"}
      className="whitespace-normal"
      data-testid="order-cancelled-flag"
    >
      {t(`cancelledFlag.${flag}`)}
    </Badge>
  )
}
