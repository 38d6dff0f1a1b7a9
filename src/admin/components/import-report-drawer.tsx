import {
  Alert,
  Badge,
  DataTable,
  Text,
  createDataTableColumnHelper,
  useDataTable,
} from "@medusajs/ui"
import { useMemo } from "react"
import { Link } from "react-router-dom"
import { useFormat } from "../lib/format"
import { useT } from "../lib/i18n"
import { useProductImport } from "../lib/queries/imports"
import { reportMessage } from "../lib/server-codes"
import type { ImportItem } from "../lib/types"
import { usePagedTable } from "../lib/use-paged-table"
import { TablePagination } from "./data-table-parts"
import { DetailDrawer } from "./detail-drawer"
import { ErrorState } from "./error-state"
import { ImportStatusBadge } from "./import-status-badge"
import { ImportTotals } from "./import-totals"
import { LoadingRows } from "./loading-rows"
import { ProgressBar } from "./progress-bar"

// The report arrives whole; a drawer page holds more of it than a list page.
const PAGE_SIZE = 20
const helper = createDataTableColumnHelper<ImportItem>()

const actionColor = (action: string) =>
  action === "invalid" || action === "failed"
    ? "red"
    : action === "missing" || action === "skipped_unapproved"
      ? "orange"
      : "grey"

type Props = {
  importId: string | undefined
  open: boolean
  onOpenChange: (open: boolean) => void
}

/** The full report of one import: totals and every row that needs a look. */
export const ImportReportDrawer = ({ importId, open, onOpenChange }: Props) => {
  const { t } = useT()
  const f = useFormat()
  const { data, isPending, error, refetch } = useProductImport(
    open ? importId : undefined
  )
  const run = data?.product_import
  const { pagination, slice } = usePagedTable(PAGE_SIZE)
  const items = run?.items ?? []

  const columns = useMemo(
    () => [
      helper.accessor("archidelivery_id", {
        header: t("report.columns.archideliveryId"),
      }),
      helper.accessor("name", {
        header: t("report.columns.name"),
        cell: ({ getValue }) => getValue() || "—",
      }),
      helper.accessor("action", {
        header: t("report.columns.action"),
        cell: ({ getValue }) => (
          <Badge size="2xsmall" color={actionColor(getValue())}>
            {t(`report.actions.${getValue()}`, { defaultValue: getValue() })}
          </Badge>
        ),
      }),
      helper.accessor("message", {
        header: t("report.columns.message"),
        cell: ({ row }) => (
          <span className="whitespace-normal break-words">
            {reportMessage(t, row.original) || "—"}
          </span>
        ),
      }),
      helper.accessor("product_id", {
        header: t("report.columns.product"),
        cell: ({ getValue }) =>
          getValue() ? (
            <Link
              to={`/products/${getValue()}`}
              className="text-ui-fg-interactive hover:underline"
            >
              {t("report.openProduct")}
            </Link>
          ) : (
            "—"
          ),
      }),
    ],
    [t]
  )

  const table = useDataTable({
    data: slice(items),
    columns,
    rowCount: items.length,
    getRowId: (row) =>
      `${row.archidelivery_id ?? ""}:${row.action}:${row.name ?? ""}:${items.indexOf(row)}`,
    pagination,
  })

  return (
    <DetailDrawer
      open={open}
      onOpenChange={onOpenChange}
      title={t("report.title")}
      description={t("report.description")}
      className="max-w-3xl"
      testId="import-report"
    >
      {isPending ? <LoadingRows rows={4} /> : null}
      {error ? (
        <ErrorState error={error} onRetry={() => refetch()} className="" />
      ) : null}
      {run ? (
        <>
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <ImportStatusBadge status={run.status} />
            <Text size="small" className="text-ui-fg-subtle">
              {t("report.started", { date: f.dateTime(run.started_at) })}
              {run.finished_at
                ? ` · ${t("report.finished", { date: f.dateTime(run.finished_at) })}`
                : ""}
            </Text>
          </div>
          {run.status === "running" && run.progress ? (
            <ProgressBar
              done={run.progress.done}
              total={run.progress.total}
              label={t("import.progress", {
                done: f.number(run.progress.done),
                total: f.number(run.progress.total),
              })}
            />
          ) : null}
          {run.error ? <Alert variant="error">{run.error}</Alert> : null}
          {run.totals ? <ImportTotals totals={run.totals} narrow /> : null}
          {run.status !== "running" ? (
            items.length ? (
              <DataTable
                instance={table}
                className="border-ui-border-base overflow-hidden rounded-md border"
              >
                <DataTable.Table />
                <TablePagination rowCount={items.length} />
              </DataTable>
            ) : (
              <Text size="small" className="text-ui-fg-subtle">
                {t("report.noItems")}
              </Text>
            )
          ) : null}
        </>
      ) : null}
    </DetailDrawer>
  )
}
