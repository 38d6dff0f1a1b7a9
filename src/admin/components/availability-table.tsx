import {
  Container,
  DataTable,
  Heading,
  Input,
  Label,
  Prompt,
  Text,
  createDataTableColumnHelper,
  toast,
  useDataTable,
} from "@medusajs/ui"
import { useMemo, useState } from "react"
import { errorMessage } from "../lib/errors"
import { useT } from "../lib/i18n"
import { useDashboardT } from "../lib/pagination"
import {
  useSwitchAvailability,
  type SwitchOffUntil,
} from "../lib/queries/availability"
import { useProductLinks } from "../lib/queries/products"
import type { ProductLink } from "../lib/types"
import { usePagedTable, useRowSelection } from "../lib/use-paged-table"
import { AvailabilityBadge } from "./availability-badge"
import { TableCommandBar, TableRows, bulkCommand } from "./data-table-parts"

const columnHelper = createDataTableColumnHelper<ProductLink>()

/** Every imported dish with its availability; switch dishes off (until a time) and back on. */
export const AvailabilityTable = () => {
  const { t } = useT()
  const { t: td } = useDashboardT()
  const { page, pagination } = usePagedTable()
  const { rowSelection, clear } = useRowSelection()
  const { data, isPending, error, refetch } = useProductLinks(page)
  const switchAvailability = useSwitchAvailability()
  // The dishes waiting for "until what time" in the prompt.
  const [untilFor, setUntilFor] = useState<string[] | null>(null)
  const [time, setTime] = useState("18:00")

  const run = async (ids: string[], until?: SwitchOffUntil) => {
    try {
      await switchAvailability.mutateAsync({ archideliveryIds: ids, until })
      clear()
      toast.success(
        t(until ? "availability.offToast" : "availability.onToast", {
          count: ids.length,
        })
      )
      return true
    } catch (e) {
      toast.error(errorMessage(e, t))
      return false
    }
  }

  const columns = useMemo(
    () => [
      columnHelper.select(),
      columnHelper.accessor("name", {
        header: t("approval.columns.name"),
        cell: ({ getValue }) => getValue() || "—",
      }),
      columnHelper.accessor("archidelivery_id", {
        header: t("approval.columns.archideliveryId"),
      }),
      columnHelper.display({
        id: "availability",
        header: t("availability.column"),
        cell: ({ row }) => <AvailabilityBadge link={row.original} />,
      }),
    ],
    [t]
  )

  const commands = useMemo(
    () => [
      bulkCommand(t("availability.offUntilTime"), "u", (ids) =>
        setUntilFor(ids)
      ),
      bulkCommand(t("availability.offUntilTomorrow"), "t", async (ids) => {
        await run(ids, { mode: "tomorrow" })
      }),
      bulkCommand(t("availability.offIndefinitely"), "i", async (ids) => {
        await run(ids, { mode: "indefinitely" })
      }),
      bulkCommand(t("availability.switchOn"), "o", async (ids) => {
        await run(ids)
      }),
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, switchAvailability]
  )

  const table = useDataTable({
    data: data?.products ?? [],
    columns,
    commands,
    rowCount: data?.count ?? 0,
    getRowId: (row) => row.archidelivery_id,
    isLoading: isPending,
    pagination,
    rowSelection,
  })

  const validTime = /^([01]?\d|2[0-3]):[0-5]\d$/.test(time)

  return (
    <Container
      className="overflow-hidden p-0"
      data-testid="archidelivery-availability"
    >
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex items-center justify-between px-6 py-4">
          <div>
            <Heading level="h2">{t("availability.title")}</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              {t("availability.subtitle")}
            </Text>
          </div>
        </DataTable.Toolbar>
        <TableRows
          error={error}
          onRetry={() => refetch()}
          rowCount={table.rowCount}
          empty={{
            heading: t("availability.emptyHeading"),
            description: t("availability.emptyDescription"),
          }}
        />
        <TableCommandBar />
      </DataTable>
      <Prompt
        open={untilFor !== null}
        onOpenChange={(open) => !open && setUntilFor(null)}
        variant="confirmation"
      >
        <Prompt.Content>
          <Prompt.Header>
            <Prompt.Title>{t("availability.untilTitle")}</Prompt.Title>
            <Prompt.Description>
              {t("availability.untilDescription")}
            </Prompt.Description>
          </Prompt.Header>
          <div className="flex flex-col gap-y-2 px-6 pb-4">
            <Label htmlFor="archidelivery-until-time" size="small">
              {t("availability.untilLabel")}
            </Label>
            <Input
              id="archidelivery-until-time"
              type="time"
              value={time}
              onChange={(e) => setTime(e.target.value)}
              data-testid="availability-until-time"
            />
          </div>
          <Prompt.Footer>
            <Prompt.Cancel>{td("actions.cancel")}</Prompt.Cancel>
            <Prompt.Action
              disabled={!validTime || switchAvailability.isPending}
              data-testid="availability-until-confirm"
              onClick={async (e) => {
                e.preventDefault()
                if (untilFor && (await run(untilFor, { mode: "time", time }))) {
                  setUntilFor(null)
                }
              }}
            >
              {t("availability.switchOff")}
            </Prompt.Action>
          </Prompt.Footer>
        </Prompt.Content>
      </Prompt>
    </Container>
  )
}
