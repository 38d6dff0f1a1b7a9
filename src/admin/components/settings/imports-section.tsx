import {
  Button,
  Container,
  DataTable,
  createDataTableColumnHelper,
  useDataTable,
} from "@medusajs/ui"
import { useMemo, useState } from "react"
import { ErrorState } from "../error-state"
import { ImportReportDrawer } from "../import-report-drawer"
import { ImportStatusBadge } from "../import-status-badge"
import { SectionHeader } from "../section-header"
import { TablePagination } from "../data-table-parts"
import { useFormat } from "../../lib/format"
import { useT } from "../../lib/i18n"
import { useProductImports } from "../../lib/queries/imports"
import type { ProductImport } from "../../lib/types"
import { rowData } from "../../lib/row"
import { usePagedTable } from "../../lib/use-paged-table"

const columnHelper = createDataTableColumnHelper<ProductImport>()

/** Every menu import, newest first, each with its report. */
export const ImportsSection = () => {
  const { t } = useT()
  const f = useFormat()
  const { page, pagination } = usePagedTable()
  const [openId, setOpenId] = useState<string | undefined>()
  const { data, isPending, error, refetch } = useProductImports(page)

  const columns = useMemo(
    () => [
      columnHelper.accessor("started_at", {
        header: t("settings.imports.columns.started"),
        cell: ({ getValue }) => f.dateTime(getValue()),
      }),
      columnHelper.accessor("status", {
        header: t("settings.imports.columns.status"),
        cell: ({ getValue }) => <ImportStatusBadge status={getValue()} />,
      }),
      columnHelper.display({
        id: "duration",
        header: t("settings.imports.columns.duration"),
        cell: ({ row }) => {
          const s = f.seconds(row.original.started_at, row.original.finished_at)
          return s === null ? "—" : t("units.seconds", { value: f.number(s) })
        },
      }),
      columnHelper.display({
        id: "summary",
        header: t("settings.imports.columns.summary"),
        cell: ({ row }) => {
          const totals = row.original.totals
          if (!totals) {
            return row.original.error || "—"
          }
          return t("settings.imports.summary", {
            fetched: f.number(totals.fetched),
            created: f.number(totals.created),
            updated: f.number(totals.updated),
            invalid: f.number(totals.invalid),
            missing: f.number(totals.missing),
          })
        },
      }),
      columnHelper.display({
        id: "report",
        cell: ({ row }) => (
          <Button
            size="small"
            variant="transparent"
            onClick={(e) => {
              e.stopPropagation()
              setOpenId(row.original.id)
            }}
          >
            {t("import.openReport")}
          </Button>
        ),
      }),
    ],
    [t, f]
  )

  const table = useDataTable({
    data: data?.product_imports ?? [],
    columns,
    rowCount: data?.count ?? 0,
    getRowId: (row) => row.id,
    isLoading: isPending,
    pagination,
    onRowClick: (_, row) => setOpenId(rowData(row).id),
  })

  return (
    <Container className="overflow-hidden p-0" data-testid="settings-imports">
      <SectionHeader
        title={t("settings.imports.title")}
        subtitle={t("settings.imports.subtitle")}
      />
      {error ? (
        <ErrorState error={error} onRetry={() => refetch()} />
      ) : (
        <DataTable instance={table}>
          <DataTable.Table
            emptyState={{ empty: { heading: t("settings.imports.empty") } }}
          />
          <TablePagination rowCount={table.rowCount} />
        </DataTable>
      )}
      <ImportReportDrawer
        importId={openId}
        open={!!openId}
        onOpenChange={(open) => !open && setOpenId(undefined)}
      />
    </Container>
  )
}
