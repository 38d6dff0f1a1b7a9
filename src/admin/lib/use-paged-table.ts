import type {
  DataTablePaginationState,
  DataTableRowSelectionState,
} from "@medusajs/ui"
import { useCallback, useState } from "react"

/** Rows a plugin table shows on one page. */
export const PAGE_SIZE = 10

/** Page `pageIndex` (from 0) as the API's `offset` and `limit`. */
export const pageWindow = (pageIndex: number, pageSize: number) => ({
  offset: pageIndex * pageSize,
  limit: pageSize,
})

/**
 * A DataTable's page: `page` (offset and limit) to ask the API for,
 * `pagination` for useDataTable, and `slice` for a list the client already
 * holds whole.
 */
export function usePagedTable(pageSize: number = PAGE_SIZE) {
  const [state, setState] = useState<DataTablePaginationState>({
    pageIndex: 0,
    pageSize,
  })
  const page = pageWindow(state.pageIndex, pageSize)
  return {
    page,
    pagination: { state, onPaginationChange: setState },
    slice: <T>(rows: T[]) => rows.slice(page.offset, page.offset + page.limit),
  }
}

/** The rows ticked for a bulk command, for useDataTable's `rowSelection`. */
export function useRowSelection() {
  const [state, setState] = useState<DataTableRowSelectionState>({})
  // Stable, like the setter, so memoised commands may call it.
  const clear = useCallback(() => setState({}), [])
  return { rowSelection: { state, onRowSelectionChange: setState }, clear }
}

/** The ids a command's selection ticks. */
export const selectedIds = (selection: DataTableRowSelectionState) =>
  Object.keys(selection).filter((id) => selection[id])
