import { Badge, Button, Container, Tabs, toast } from "@medusajs/ui"
import { useState } from "react"
import { ErrorState } from "../error-state"
import { LoadingRows } from "../loading-rows"
import { SectionHeader } from "../section-header"
import { StatGrid } from "../stat-grid"
import { errorMessage } from "../../lib/errors"
import { useFormat } from "../../lib/format"
import { useT } from "../../lib/i18n"
import { useOrderCounts, useSyncNow } from "../../lib/queries/orders"
import type { OrderSyncStatus } from "../../lib/types"
import { OrderSyncTable } from "./order-sync-table"

const STATUSES: OrderSyncStatus[] = [
  "queued",
  "sending",
  "sent",
  "failed",
  "needs_review",
  "cancelled",
]
const TONES = {
  queued: "default",
  sending: "default",
  sent: "success",
  failed: "error",
  needs_review: "warning",
  cancelled: "default",
} as const

/** How many orders wait, went out or need a person, and the ones that do. */
export const QueueSection = () => {
  const { t } = useT()
  const f = useFormat()
  const counts = useOrderCounts()
  const sync = useSyncNow()
  const [tab, setTab] = useState<"failed" | "needs_review" | "cancelled">(
    "failed"
  )

  const onSync = () =>
    sync.mutate(undefined, {
      onSuccess: (r) => toast.success(t("settings.queue.syncedToast", r)),
      onError: (e) => toast.error(errorMessage(e, t)),
    })

  return (
    <Container className="divide-y p-0" data-testid="settings-queue">
      <SectionHeader
        title={t("settings.queue.title")}
        subtitle={t("settings.queue.subtitle")}
        actions={
          <Button
            size="small"
            variant="secondary"
            onClick={onSync}
            isLoading={sync.isPending}
          >
            {t("settings.queue.syncNow")}
          </Button>
        }
      />
      <div className="px-6 py-4">
        {counts.isPending ? <LoadingRows rows={1} /> : null}
        {counts.error ? (
          <ErrorState
            error={counts.error}
            onRetry={() => counts.refetch()}
            className=""
          />
        ) : null}
        {counts.data ? (
          <StatGrid
            testId="queue-counts"
            stats={STATUSES.map((s) => ({
              key: s,
              label: t(`orderStatus.${s}`),
              value: f.number(counts.data[s] ?? 0),
              tone: (counts.data[s] ?? 0) > 0 ? TONES[s] : "default",
            }))}
          />
        ) : null}
      </div>
      <Tabs value={tab} onValueChange={(v) => setTab(v as typeof tab)}>
        <div className="px-6 py-3">
          <Tabs.List>
            {(["failed", "needs_review", "cancelled"] as const).map((s) => (
              <Tabs.Trigger key={s} value={s} data-testid={`tab-${s}`}>
                <span className="flex items-center gap-x-2">
                  {t(`orderStatus.${s}`)}
                  {counts.data ? (
                    <Badge size="2xsmall">
                      {f.number(counts.data[s] ?? 0)}
                    </Badge>
                  ) : null}
                </span>
              </Tabs.Trigger>
            ))}
          </Tabs.List>
        </div>
        <Tabs.Content value="failed">
          <OrderSyncTable status="failed" />
        </Tabs.Content>
        <Tabs.Content value="needs_review">
          <OrderSyncTable status="needs_review" />
        </Tabs.Content>
        <Tabs.Content value="cancelled">
          <OrderSyncTable status="cancelled" />
        </Tabs.Content>
      </Tabs>
    </Container>
  )
}
