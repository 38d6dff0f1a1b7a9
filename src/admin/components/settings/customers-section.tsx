import {
  Badge,
  Button,
  Container,
  DataTable,
  Text,
  createDataTableColumnHelper,
  toast,
  useDataTable,
} from "@medusajs/ui"
import { useEffect, useMemo, useRef, useState } from "react"
import { useQueryClient } from "@tanstack/react-query"
import { Link } from "react-router-dom"
import { ErrorState } from "../error-state"
import { ProgressBar } from "../progress-bar"
import { SectionHeader } from "../section-header"
import { errorMessage } from "../../lib/errors"
import { useFormat } from "../../lib/format"
import { useT } from "../../lib/i18n"
import { usePaginationTranslations } from "../../lib/pagination"
import {
  useCustomerLinks,
  useLinkAll,
  useLinkAllProgress,
  useRelinkCustomer,
} from "../../lib/queries/customers"
import { queryKeys } from "../../lib/query-keys"
import type { CustomerLink } from "../../lib/types"

const PAGE_SIZE = 10
const columnHelper = createDataTableColumnHelper<CustomerLink>()

/** Bulk linking and the customers whose phone matched several clients. */
export const CustomersSection = () => {
  const { t } = useT()
  const f = useFormat()
  const paginationWords = usePaginationTranslations()
  const [pagination, setPagination] = useState({
    pageIndex: 0,
    pageSize: PAGE_SIZE,
  })
  const links = useCustomerLinks({
    ambiguous: true,
    offset: pagination.pageIndex * PAGE_SIZE,
    limit: PAGE_SIZE,
  })
  const progress = useLinkAllProgress()
  const linkAll = useLinkAll()
  const relink = useRelinkCustomer()
  const run = progress.data
  const running = !!run && run.pending > 0
  const client = useQueryClient()

  // When a bulk run ends, the list of links to review may have grown.
  const wasRunning = useRef(running)
  useEffect(() => {
    if (wasRunning.current && !running) {
      client.invalidateQueries({ queryKey: [...queryKeys.customers(), "list"] })
    }
    wasRunning.current = running
  }, [running, client])

  const onLinkAll = () =>
    linkAll.mutate(undefined, {
      onSuccess: (r) =>
        toast.info(
          t("settings.customers.startedToast", {
            count: r.customer_link_run?.total ?? 0,
          })
        ),
      onError: (e) => toast.error(errorMessage(e, t)),
    })

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
    pagination: { state: pagination, onPaginationChange: setPagination },
  })

  return (
    <Container
      className="divide-y overflow-hidden p-0"
      data-testid="settings-customers"
    >
      <SectionHeader
        title={t("settings.customers.title")}
        subtitle={t("settings.customers.subtitle")}
        actions={
          <Button
            size="small"
            variant="secondary"
            onClick={onLinkAll}
            isLoading={linkAll.isPending}
            disabled={running}
            data-testid="link-all"
          >
            {t("settings.customers.linkAll")}
          </Button>
        }
      />
      {progress.error ? (
        <ErrorState error={progress.error} onRetry={() => progress.refetch()} />
      ) : null}
      {run && run.total > 0 ? (
        <div
          className="flex flex-col gap-y-2 px-6 py-4"
          data-testid="link-all-progress"
        >
          <ProgressBar
            done={run.total - run.pending}
            total={run.total}
            label={t("settings.customers.progress", {
              done: f.number(run.total - run.pending),
              total: f.number(run.total),
            })}
          />
          <div className="flex flex-wrap gap-2">
            <Badge size="2xsmall" color="green">
              {t("settings.customers.linkedCount", { count: run.linked })}
            </Badge>
            {run.failed ? (
              <Badge size="2xsmall" color="red">
                {t("settings.customers.failedCount", { count: run.failed })}
              </Badge>
            ) : null}
            {run.ambiguous ? (
              <Badge size="2xsmall" color="orange">
                {t("settings.customers.ambiguousCount", {
                  count: run.ambiguous,
                })}
              </Badge>
            ) : null}
          </div>
        </div>
      ) : null}
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
            {table.rowCount > 0 ? (
              <DataTable.Pagination translations={paginationWords} />
            ) : null}
          </DataTable>
        )}
      </div>
    </Container>
  )
}
