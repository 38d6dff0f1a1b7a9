import {
  DataTable,
  createDataTableCommandHelper,
  type DataTableCommand,
} from "@medusajs/ui"
import { useT } from "../lib/i18n"
import { usePaginationTranslations } from "../lib/pagination"
import { selectedIds } from "../lib/use-paged-table"
import { ErrorState } from "./error-state"

const commandHelper = createDataTableCommandHelper()

/** A table's page controls in the dashboard's words, once it has rows. */
export const TablePagination = ({ rowCount }: { rowCount: number }) => {
  const words = usePaginationTranslations()
  return rowCount > 0 ? <DataTable.Pagination translations={words} /> : null
}

/** A table's rows and page controls, or why they could not be read. */
export const TableRows = ({
  error,
  onRetry,
  rowCount,
  empty,
}: {
  error: unknown
  onRetry: () => void
  rowCount: number
  empty: { heading: string; description?: string }
}) =>
  error ? (
    <ErrorState error={error} onRetry={onRetry} />
  ) : (
    <>
      <DataTable.Table emptyState={{ empty }} />
      <TablePagination rowCount={rowCount} />
    </>
  )

/** The bar of bulk commands that shows while rows are ticked. */
export const TableCommandBar = () => {
  const { t } = useT()
  return (
    <DataTable.CommandBar
      selectedLabel={(count) => t("approval.selected", { count })}
    />
  )
}

/** A bulk command run on the ids of the ticked rows. */
export const bulkCommand = (
  label: string,
  shortcut: string,
  run: (ids: string[]) => void | Promise<void>
): DataTableCommand =>
  commandHelper.command({
    label,
    shortcut,
    action: (selection) => run(selectedIds(selection)),
  })
