import {
  DataTable,
  Text,
  createDataTableColumnHelper,
  toast,
  useDataTable,
} from "@medusajs/ui"
import { useMemo } from "react"
import { Link } from "react-router-dom"
import { ErrorState } from "../error-state"
import { TablePagination } from "../data-table-parts"
import { errorMessage } from "../../lib/errors"
import { useFormat } from "../../lib/format"
import { useT } from "../../lib/i18n"
import {
  useCustomerLinks,
  useRelinkCustomer,
} from "../../lib/queries/customers"
import type { CustomerLink } from "../../lib/types"
import { usePagedTable } from "../../lib/use-paged-table"

const columnHelper = createDataTableColumnHelper<CustomerLink>()

/** The customers whose phone matched several clients, to link again by hand. */
export const AmbiguousLinksTable = () => {
  const { t } = useT()
  const f = useFormat()
  const { page, pagination } = usePagedTable()
  const links = useCustomerLinks({ ambiguous: true, ...page })
  const relink = useRelinkCustomer()

  const columns = useMemo(
    () => [
      columnHelper.accessor("customer_id", {
        header: t("settings.customers.columns.customer"),
        cell: ({ row }) => {
          const c = row.original.customer
          const name = [c?.first_name, c?.last_name].filter(Boolean).join(" ")
          return (
            <Link
              to={`/customers/${row.original.customer_id}`}
              className="text-ui-fg-interactive hover:underline"
            >
              {name || c?.email || row.original.customer_id}
            </Link>
          )
        },
      }),
      columnHelper.accessor("phone", {
        header: t("customer.phone"),
        cell: ({ getValue }) => getValue() || "—",
      }),
      columnHelper.accessor("archidelivery_client_id", {
        header: t("customer.clientId"),
        cell: ({ getValue }) => getValue() || "—",
      }),
      columnHelper.display({
        id: "candidates",
        header: t("settings.customers.columns.candidates"),
        cell: ({ row }) => {
          const c = row.original.candidates
          return Array.isArray(c) ? f.number(c.length) : "—"
        },
      }),
      columnHelper.accessor("linked_at", {
        header: t("settings.customers.columns.linkedAt"),
        cell: ({ getValue }) => f.dateTime(getValue()),
      }),
      columnHelper.action({
        actions: ({ row }) => [
          {
            label: t("customer.relink"),
            onClick: () =>
              relink.mutate(row.original.customer_id, {
                onSuccess: () => toast.success(t("customer.relinkedToast")),
                onError: (e) => toast.error(errorMessage(e, t)),
              }),
          },
        ],
      }),
    ],
    [t, f, relink]
  )

  const table = useDataTable({
    data: links.data?.customer_links ?? [],
    columns,
    rowCount: links.data?.count ?? 0,
    getRowId: (row) => row.customer_id,
    isLoading: links.isPending,
    pagination,
  })

  return (
    <div>
      <div className="px-6 pb-2 pt-4">
        <Text size="small" weight="plus">
          {t("settings.customers.reviewTitle")}
        </Text>
        <Text size="small" className="text-ui-fg-subtle">
          {t("settings.customers.reviewSubtitle")}
        </Text>
      </div>
      {links.error ? (
        <ErrorState error={links.error} onRetry={() => links.refetch()} />
      ) : (
        <DataTable instance={table}>
          <DataTable.Table
            emptyState={{ empty: { heading: t("settings.customers.empty") } }}
          />
          <TablePagination rowCount={table.rowCount} />
        </DataTable>
      )}
    </div>
  )
}
