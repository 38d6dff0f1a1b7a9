import { StatusBadge } from "@medusajs/ui"
import { useT } from "../lib/i18n"
import type { ProductImportStatus } from "../lib/types"

const colors = { running: "blue", completed: "green", failed: "red" } as const

export const ImportStatusBadge = ({
  status,
}: {
  status: ProductImportStatus
}) => {
  const { t } = useT()
  return (
    <StatusBadge color={colors[status] ?? "grey"}>
      {t(`importStatus.${status}`, { defaultValue: status })}
    </StatusBadge>
  )
}
