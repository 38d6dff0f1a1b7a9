import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { ArrowPath } from "@medusajs/icons"
import { Alert, Button, Container, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { AttemptsDrawer } from "../components/attempts-drawer"
import { ErrorState } from "../components/error-state"
import { FieldRow } from "../components/field-row"
import { LoadingRows } from "../components/loading-rows"
import { CancelledFlagBadge } from "../components/cancelled-flag"
import { OrderStatusBadge } from "../components/order-status-badge"
import { ResolvePrompt } from "../components/resolve-prompt"
import { SectionHeader } from "../components/section-header"
import { SectionNote } from "../components/section-note"
import { ServerMessage } from "../components/server-message"
import { errorMessage } from "../lib/errors"
import { useFormat } from "../lib/format"
import { useT } from "../lib/i18n"
import { kitchenStatusLabel } from "../lib/kitchen-status"
import { useOrderSync, useRetryOrders } from "../lib/queries/orders"

const ArchiDeliveryOrderWidget = ({
  data: order,
}: DetailWidgetProps<AdminOrder>) => {
  const { t } = useT()
  const f = useFormat()
  const { data: sync, isPending, error, refetch } = useOrderSync(order.id)
  const retry = useRetryOrders()
  const [attemptsOpen, setAttemptsOpen] = useState(false)
  const [resolveOpen, setResolveOpen] = useState(false)
  const canRetry = sync?.status === "failed" || sync?.status === "needs_review"
  const attempts = sync?.attempts_log ?? []
  // The newest attempt that sent something for a person to check.
  const warnings = attempts.find((a) => a.warnings?.length)?.warnings ?? []
  const hasActions =
    attempts.length > 0 || canRetry || sync?.status === "needs_review"

  const onRetry = () =>
    retry.mutate([order.id], {
      onSuccess: () => toast.success(t("order.retriedToast")),
      onError: (e) => toast.error(errorMessage(e, t)),
    })

  return (
    <Container className="divide-y p-0" data-testid="archidelivery-order">
      <SectionHeader
        title={t("order.title")}
        actions={
          sync ? (
            <div className="flex flex-wrap items-center justify-end gap-2">
              <CancelledFlagBadge row={sync} />
              <OrderStatusBadge status={sync.status} />
            </div>
          ) : null
        }
      />
      {isPending ? <LoadingRows rows={4} /> : null}
      {error ? <ErrorState error={error} onRetry={() => refetch()} /> : null}
      {sync === null ? <SectionNote>{t("order.notQueued")}</SectionNote> : null}
      {sync ? (
        <>
          <div className="flex flex-col py-2">
            <FieldRow
              label={t("order.archideliveryOrderId")}
              value={sync.archidelivery_order_id}
              testId="archidelivery-order-id"
            />
            <FieldRow
              label={t("order.kitchenStatus")}
              testId="kitchen-status"
              value={kitchenStatusLabel(
                t,
                sync.archidelivery_status,
                sync.archidelivery_status_label
              )}
            />
            <FieldRow label={t("zones.orderPoint")} value={sync.point_id} />
            <FieldRow
              label={t("order.attempts")}
              value={f.number(sync.attempts)}
            />
            {sync.status === "queued" && sync.next_attempt_at ? (
              <FieldRow
                label={t("order.nextAttempt")}
                value={f.dateTime(sync.next_attempt_at)}
              />
            ) : null}
          </div>
          {sync.archidelivery_id_reused ? (
            <div className="px-6 py-4">
              <Alert variant="warning" data-testid="order-id-reused">
                <Text size="small" weight="plus">
                  {t("order.idReusedTitle")}
                </Text>
                <Text size="small" className="whitespace-pre-wrap break-words">
                  {t("order.idReused", { id: sync.archidelivery_order_id })}
                </Text>
              </Alert>
            </div>
          ) : null}
          {sync.last_error && sync.status !== "sent" ? (
            <div className="px-6 py-4">
              <Alert
                variant={
                  sync.status === "queued" || sync.status === "cancelled"
                    ? "warning"
                    : "error"
                }
                data-testid="order-last-error"
              >
                <Text size="small" weight="plus">
                  {t(`order.errorTitle.${sync.status}`, {
                    defaultValue: t("order.errorTitle.default"),
                  })}
                </Text>
                <ServerMessage
                  message={sync.last_error}
                  problems={sync.last_error_problems}
                  kind={sync.last_error_kind}
                />
              </Alert>
            </div>
          ) : null}
          {warnings.length ? (
            <div className="px-6 py-4">
              <Alert variant="warning" data-testid="order-warnings">
                <Text size="small" weight="plus">
                  {t("order.warningsTitle")}
                </Text>
                {warnings.map((w, i) => (
                  <Text
                    key={i}
                    size="small"
                    className="whitespace-pre-wrap break-words"
                  >
                    {t(`order.warning.${w.code}`, {
                      value: w.value,
                      defaultValue: `${w.code}: ${w.value}`,
                    })}
                  </Text>
                ))}
              </Alert>
            </div>
          ) : null}
          <div
            className={
              hasActions
                ? "flex flex-wrap items-center justify-end gap-2 px-6 py-4"
                : "hidden"
            }
          >
            {attempts.length ? (
              <Button
                size="small"
                variant="transparent"
                onClick={() => setAttemptsOpen(true)}
                data-testid="show-raw-reply"
              >
                {t("order.showReply")}
              </Button>
            ) : null}
            {sync.status === "needs_review" ? (
              <Button
                size="small"
                variant="secondary"
                onClick={() => setResolveOpen(true)}
                data-testid="resolve-order"
              >
                {t("order.resolve")}
              </Button>
            ) : null}
            {canRetry ? (
              <Button
                size="small"
                variant="secondary"
                onClick={onRetry}
                isLoading={retry.isPending}
                data-testid="retry-order"
              >
                <ArrowPath />
                {t("order.retry")}
              </Button>
            ) : null}
          </div>
          <AttemptsDrawer
            attempts={attempts}
            open={attemptsOpen}
            onOpenChange={setAttemptsOpen}
          />
          <ResolvePrompt
            orderId={order.id}
            displayId={sync.display_id}
            open={resolveOpen}
            onOpenChange={setResolveOpen}
          />
        </>
      ) : null}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details.side",
  id: "archidelivery:order",
})

export default ArchiDeliveryOrderWidget
