import {
  Badge,
  Container,
  DataTable,
  Heading,
  Text,
  createDataTableColumnHelper,
  toast,
  useDataTable,
} from "@medusajs/ui"
import { useMemo } from "react"
import { useNavigate } from "react-router-dom"
import { errorMessage } from "../lib/errors"
import { useFormat } from "../lib/format"
import { useT } from "../lib/i18n"
import {
  useMergeSizes,
  useProductLinks,
  useSetApproval,
  useSplitSize,
} from "../lib/queries/products"
import { useConfig } from "../lib/queries/system"
import type { ProductLink } from "../lib/types"
import { rowData } from "../lib/row"
import { usePagedTable, useRowSelection } from "../lib/use-paged-table"
import { TableCommandBar, TableRows, bulkCommand } from "./data-table-parts"
import { RegroupSizes } from "./regroup-prompt"

const columnHelper = createDataTableColumnHelper<ProductLink>()

/** Imported products nobody approved yet, approved in bulk from here. */
export const ApprovalTable = () => {
  const { t } = useT()
  const f = useFormat()
  const navigate = useNavigate()
  const currency = useConfig().data?.currency
  const { page, pagination } = usePagedTable()
  const { rowSelection, clear } = useRowSelection()
  const { data, isPending, error, refetch } = useProductLinks({
    approved: false,
    ...page,
  })
  const approval = useSetApproval()
  const merge = useMergeSizes()
  const split = useSplitSize()
  const rows = data?.products ?? []

  const columns = useMemo(
    () => [
      columnHelper.select(),
      columnHelper.accessor("name", {
        header: t("approval.columns.name"),
        cell: ({ getValue, row }) => (
          <div className="flex items-center gap-x-2">
            <span>{getValue() || "—"}</span>
            {row.original.missing ? (
              <Badge size="2xsmall" color="orange">
                {t("product.missingBadge")}
              </Badge>
            ) : null}
          </div>
        ),
      }),
      columnHelper.accessor("size", {
        header: t("approval.columns.size"),
        cell: ({ getValue, row }) =>
          getValue() ? (
            <div className="flex items-center gap-x-2">
              <span>{getValue()}</span>
              {!row.original.variant_id ? (
                <Badge size="2xsmall" color="blue">
                  {t("approval.newSizeBadge")}
                </Badge>
              ) : null}
            </div>
          ) : (
            "—"
          ),
      }),
      columnHelper.accessor("archidelivery_id", {
        header: t("approval.columns.archideliveryId"),
      }),
      columnHelper.accessor("price", {
        header: t("approval.columns.price"),
        cell: ({ getValue }) => f.money(getValue(), currency),
      }),
      columnHelper.accessor("weight", {
        header: t("approval.columns.weight"),
        cell: ({ getValue }) =>
          getValue() ? t("units.grams", { value: f.number(getValue()) }) : "—",
      }),
      columnHelper.accessor("imported_at", {
        header: t("approval.columns.importedAt"),
        cell: ({ getValue }) => f.dateTime(getValue()),
      }),
    ],
    [t, f, currency]
  )

  const commands = useMemo(
    () => [
      bulkCommand(t("approval.approveSelected"), "a", async (ids) => {
        // Rows are menu rows; the sizes of one dish share a product.
        const productIds = [
          ...new Set(
            rows
              .filter((r) => ids.includes(r.archidelivery_id))
              .map((r) => r.product_id)
          ),
        ]
        try {
          await approval.mutateAsync({ productIds, approved: true })
          clear()
          toast.success(
            t("approval.approvedToast", { count: productIds.length })
          )
        } catch (e) {
          toast.error(errorMessage(e, t))
        }
      }),
      bulkCommand(t("approval.mergeSelected"), "m", async (ids) => {
        try {
          await merge.mutateAsync(ids)
          clear()
          toast.success(t("approval.mergedToast", { count: ids.length }))
        } catch (e) {
          toast.error(errorMessage(e, t))
        }
      }),
      bulkCommand(t("approval.splitSelected"), "s", async (ids) => {
        try {
          for (const id of ids) {
            await split.mutateAsync(id)
          }
          clear()
          toast.success(t("approval.splitToast", { count: ids.length }))
        } catch (e) {
          toast.error(errorMessage(e, t))
        }
      }),
    ],
    [t, approval, merge, split, rows]
  )

  const table = useDataTable({
    data: rows,
    columns,
    commands,
    rowCount: data?.count ?? 0,
    getRowId: (row) => row.archidelivery_id,
    isLoading: isPending,
    pagination,
    rowSelection,
    onRowClick: (_, row) => navigate(`/products/${rowData(row).product_id}`),
  })

  return (
    <Container
      className="overflow-hidden p-0"
      data-testid="archidelivery-approval"
    >
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex items-center justify-between px-6 py-4">
          <div>
            <div className="flex items-center gap-x-2">
              <Heading level="h2">{t("approval.title")}</Heading>
              {data ? (
                <Badge size="2xsmall" data-testid="awaiting-count">
                  {f.number(data.count)}
                </Badge>
              ) : null}
            </div>
            <Text size="small" className="text-ui-fg-subtle">
              {t("approval.subtitle")}
            </Text>
          </div>
          <RegroupSizes />
        </DataTable.Toolbar>
        <TableRows
          error={error}
          onRetry={() => refetch()}
          rowCount={table.rowCount}
          empty={{
            heading: t("approval.emptyHeading"),
            description: t("approval.emptyDescription"),
          }}
        />
        <TableCommandBar />
      </DataTable>
    </Container>
  )
}
