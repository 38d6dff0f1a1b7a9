import { Badge, Text } from "@medusajs/ui"
import { useFormat } from "../lib/format"
import { useT } from "../lib/i18n"
import type { OrderAttempt } from "../lib/types"
import { DetailDrawer } from "./detail-drawer"
import { ServerMessage } from "./server-message"

type Props = {
  attempts: OrderAttempt[]
  open: boolean
  onOpenChange: (open: boolean) => void
}

const outcomeColor = (outcome: string) =>
  outcome === "sent" ||
  outcome.startsWith("reconciled_found") ||
  outcome === "manual_resolve"
    ? "green"
    : outcome === "rejected" ||
        outcome === "invalid_reply" ||
        outcome === "invalid_data" ||
        outcome === "internal_error"
      ? "red"
      : outcome === "unreachable" ||
          outcome === "unknown_outcome" ||
          outcome === "needs_review" ||
          outcome === "id_reused"
        ? "orange"
        : "grey"

/** Every try at pushing the order, newest first, with what ArchiDelivery answered. */
export const AttemptsDrawer = ({ attempts, open, onOpenChange }: Props) => {
  const { t } = useT()
  const f = useFormat()
  const newestFirst = [...attempts].sort(
    (a, b) =>
      new Date(b.created_at).getTime() - new Date(a.created_at).getTime()
  )
  return (
    <DetailDrawer
      open={open}
      onOpenChange={onOpenChange}
      title={t("order.attemptsTitle")}
      description={t("order.attemptsDescription")}
      className="max-w-2xl"
      testId="attempts-drawer"
    >
      {newestFirst.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle">
          {t("order.noAttempts")}
        </Text>
      ) : null}
      {newestFirst.map((attempt) => (
        <div
          key={attempt.id}
          className="shadow-borders-base flex flex-col gap-y-2 rounded-md p-3"
        >
          <div className="flex flex-wrap items-center justify-between gap-2">
            <Badge size="2xsmall" color={outcomeColor(attempt.outcome)}>
              {t(`outcome.${attempt.outcome}`, {
                defaultValue: attempt.outcome,
              })}
            </Badge>
            <Text size="xsmall" className="text-ui-fg-subtle">
              {f.dateTime(attempt.created_at)}
              {attempt.duration_ms != null
                ? ` · ${t("units.ms", { value: f.number(attempt.duration_ms) })}`
                : ""}
              {attempt.http_status ? ` · HTTP ${attempt.http_status}` : ""}
            </Text>
          </div>
          <ServerMessage
            message={attempt.message}
            problems={attempt.problems}
            kind={attempt.outcome}
          />
          {attempt.request ? (
            <details>
              <summary className="txt-compact-small text-ui-fg-subtle cursor-pointer">
                {t("order.request")}
              </summary>
              <pre className="bg-ui-bg-subtle txt-compact-xsmall mt-1 max-h-60 overflow-auto whitespace-pre-wrap break-all rounded p-2 font-mono">
                {JSON.stringify(attempt.request, null, 2)}
              </pre>
            </details>
          ) : null}
          <details open={attempt === newestFirst[0]}>
            <summary className="txt-compact-small text-ui-fg-subtle cursor-pointer">
              {t("order.reply")}
            </summary>
            <pre
              className="bg-ui-bg-subtle txt-compact-xsmall mt-1 max-h-60 overflow-auto whitespace-pre-wrap break-all rounded p-2 font-mono"
              data-testid="raw-reply"
            >
              {attempt.reply ?? t("order.noReply")}
            </pre>
          </details>
        </div>
      ))}
    </DetailDrawer>
  )
}
