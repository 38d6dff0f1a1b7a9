import {
  DataTable,
  Text,
  createDataTableColumnHelper,
  toast,
  useDataTable,
} from "@medusajs/ui"
import { useMemo, useState } from "react"
import { Link } from "react-router-dom"
import { CancelledFlagBadge } from "../cancelled-flag"
import { ErrorState } from "../error-state"
import { OrderStatusBadge } from "../order-status-badge"
import { ResolvePrompt } from "../resolve-prompt"
import {
  TableCommandBar,
  TablePagination,
  bulkCommand,
} from "../data-table-parts"
import { errorMessage } from "../../lib/errors"
import { useFormat } from "../../lib/format"
import { useT } from "../../lib/i18n"
import { useOrderSyncs, useRetryOrders } from "../../lib/queries/orders"
import { problemsText } from "../../lib/server-codes"
import type { OrderSync, OrderSyncStatus } from "../../lib/types"
import { usePagedTable, useRowSelection } from "../../lib/use-paged-table"

const columnHelper = createDataTableColumnHelper<OrderSync>()

/**
 * Orders stuck in one state, with the reason, to retry (in bulk) or resolve.
 * `cancelled` lists every order the shop cancelled, flagged ones first to
 * the eye: their status and what the kitchen must be told.
 */
export const OrderSyncTable = ({ status }: { status: OrderSyncStatus }) => {
  const { t } = useT()
  const f = useFormat()
  const { page, pagination } = usePagedTable()
  const { rowSelection, clear } = useRowSelection()
  const [resolving, setResolving] = useState<OrderSync | null>(null)
  const cancelledList = status === "cancelled"
  const { data, isPending, error, refetch } = useOrderSyncs({
    ...(cancelledList ? { cancelled: true } : { status }),
    ...page,
  })
  const retry = useRetryOrders()

  const runRetry = async (ids: string[]) => {
    try {
      const result = await retry.mutateAsync(ids)
      clear()
      toast.success(t("settings.queue.retriedToast", { count: result.retried }))
      if (result.failed) {
        toast.warning(
          t("settings.queue.retryPartial", { count: result.failed })
        )
      }
    } catch (e) {
      toast.error(errorMessage(e, t))
    }
  }

  const columns = useMemo(
    () => [
      ...(cancelledList ? [] : [columnHelper.select()]),
      columnHelper.accessor("display_id", {
        header: t("settings.queue.columns.order"),
        cell: ({ row }) => (
          <Link
            to={`/orders/${row.original.order_id}`}
            className="text-ui-fg-interactive hover:underline"
            onClick={(e) => e.stopPropagation()}
          >
            #{row.original.display_id ?? row.original.order_id}
          </Link>
        ),
      }),
      ...(cancelledList
        ? [
            columnHelper.accessor("status", {
              header: t("settings.queue.columns.status"),
              cell: ({ row }) => (
                <div className="flex flex-wrap items-center gap-2">
                  <OrderStatusBadge status={row.original.status} />
                  <CancelledFlagBadge row={row.original} />
                </div>
              ),
            }),
          ]
        : []),
      columnHelper.accessor("attempts", {
        header: t("settings.queue.columns.attempts"),
        cell: ({ getValue }) => f.number(getValue()),
      }),
      columnHelper.accessor("last_error", {
        header: t("settings.queue.columns.message"),
        cell: ({ row }) => (
          <span className="block max-w-md whitespace-normal break-words">
            {problemsText(t, row.original.last_error_problems)?.join(" ") ||
              row.original.last_error ||
              "—"}
          </span>
        ),
      }),
      columnHelper.accessor("updated_at", {
        header: t("settings.queue.columns.updated"),
        cell: ({ getValue }) => f.dateTime(getValue()),
      }),
      // A cancelled order is never retried or resolved here.
      ...(cancelledList
        ? []
        : [
            columnHelper.action({
              actions: ({ row }) => [
                {
                  label: t("order.retry"),
                  onClick: () => runRetry([row.original.order_id]),
                },
                ...(row.original.status === "needs_review"
                  ? [
                      {
                        label: t("order.resolve"),
                        onClick: () => setResolving(row.original),
                      },
                    ]
                  : []),
              ],
            }),
          ]),
    ],
    // runRetry closes over state setters only, which are stable.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, f, cancelledList]
  )

  const commands = useMemo(
    () => [bulkCommand(t("settings.queue.retrySelected"), "r", runRetry)],
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t]
  )

  const table = useDataTable({
    data: data?.order_syncs ?? [],
    columns,
    commands,
    rowCount: data?.count ?? 0,
    getRowId: (row) => row.order_id,
    isLoading: isPending,
    pagination,
    rowSelection,
  })

  if (error) {
    return <ErrorState error={error} onRetry={() => refetch()} />
  }
  return (
    <div data-testid={`order-syncs-${status}`}>
      <DataTable instance={table}>
        <DataTable.Table
          emptyState={{
            empty: {
              heading: t(`settings.queue.empty.${status}`, {
                defaultValue: t("settings.queue.empty.default"),
              }),
            },
          }}
        />
        <TablePagination rowCount={table.rowCount} />
        <TableCommandBar />
      </DataTable>
      {resolving ? (
        <ResolvePrompt
          orderId={resolving.order_id}
          displayId={resolving.display_id}
          open={!!resolving}
          onOpenChange={(open) => !open && setResolving(null)}
        />
      ) : null}
      {status === "needs_review" && data && data.count > 0 ? (
        <Text size="xsmall" className="text-ui-fg-subtle px-6 pb-4">
          {t("settings.queue.reviewHint")}
        </Text>
      ) : null}
    </div>
  )
}
