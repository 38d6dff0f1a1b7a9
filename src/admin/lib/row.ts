/**
 * DataTable's `onRowClick` is typed to receive the row's data, but
 * @medusajs/ui 4.2.6 passes the table's row object; take the data from either.
 */
export const rowData = <T>(row: T): T =>
  (row as { original?: T } | null)?.original ?? row
