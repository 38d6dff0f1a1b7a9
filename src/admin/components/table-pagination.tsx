import { DataTable } from "@medusajs/ui"
import { usePaginationTranslations } from "../lib/pagination"

/** A table's page controls in the dashboard's words, once it has rows. */
export const TablePagination = ({ rowCount }: { rowCount: number }) => {
  const words = usePaginationTranslations()
  return rowCount > 0 ? <DataTable.Pagination translations={words} /> : null
}
