import { StatusBadge } from "@medusajs/ui"
import { useT } from "../lib/i18n"
import type { OrderSyncStatus } from "../lib/types"

const colors: Record<
  OrderSyncStatus,
  "green" | "red" | "blue" | "orange" | "grey"
> = {
  queued: "grey",
  sending: "blue",
  sent: "green",
  failed: "red",
  needs_review: "orange",
  cancelled: "grey",
}

export const OrderStatusBadge = ({ status }: { status: OrderSyncStatus }) => {
  const { t } = useT()
  return (
    <StatusBadge
      color={colors[status] ?? "grey"}
      data-testid="order-sync-status"
    >
      {t(`orderStatus.${status}`, { defaultValue: status })}
    </StatusBadge>
  )
}
