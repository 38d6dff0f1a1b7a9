import { useFormat } from "../lib/format"
import { useT } from "../lib/i18n"
import type { ImportTotals as Totals } from "../lib/types"
import { StatGrid } from "./stat-grid"

// The order an admin reads a report in: what came in, what changed, what needs a look.
const KEYS: (keyof Totals)[] = [
  "fetched",
  "created",
  "updated",
  "unchanged",
  "skipped_unapproved",
  "invalid",
  "missing",
]

const ATTENTION = new Set<keyof Totals>(["invalid", "missing"])

export const ImportTotals = ({
  totals,
  narrow,
}: {
  totals: Totals
  /** Inside a drawer: fewer columns than a full-width page. */
  narrow?: boolean
}) => {
  const { t } = useT()
  const f = useFormat()
  return (
    <StatGrid
      testId="import-totals"
      columns={
        narrow
          ? "grid-cols-2 sm:grid-cols-4"
          : "grid-cols-2 sm:grid-cols-4 xl:grid-cols-7"
      }
      stats={KEYS.map((key) => ({
        key,
        label: t(`totals.${key}`),
        value: f.number(totals[key] ?? 0),
        tone:
          ATTENTION.has(key) && (totals[key] ?? 0) > 0 ? "warning" : "default",
      }))}
    />
  )
}
