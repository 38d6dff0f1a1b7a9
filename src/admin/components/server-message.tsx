import { Text } from "@medusajs/ui"
import { useT } from "../lib/i18n"
import { problemsText } from "../lib/server-codes"
import type { OrderProblem } from "../lib/types"

type Props = {
  message: string | null | undefined
  problems?: OrderProblem[] | null
  /** What the outcome or kind was: the plugin's own notes are not labelled as ArchiDelivery's. */
  kind?: string | null
}

// Notes the plugin writes itself (who retried, why a send was interrupted).
const OWN_NOTES = new Set([
  "manual_retry",
  "manual_resolve",
  "lease_expired",
  "internal_error",
  "invalid_data",
])

/**
 * Why an order is stuck: the plugin's own problems in the admin's language,
 * else the message as recorded, labelled, because it quotes ArchiDelivery's
 * reply in whatever language ArchiDelivery speaks.
 */
export const ServerMessage = ({ message, problems, kind }: Props) => {
  const { t } = useT()
  const texts = problemsText(t, problems)
  if (texts) {
    return (
      <div className="flex flex-col gap-y-1" data-testid="order-problems">
        <Text size="small">{t("orderProblems.title")}</Text>
        <ul className="list-disc pl-5">
          {texts.map((text, i) => (
            <li key={i}>
              <Text size="small" className="break-words">
                {text}
              </Text>
            </li>
          ))}
        </ul>
      </div>
    )
  }
  if (!message) {
    return null
  }
  return (
    <div className="flex flex-col gap-y-0.5">
      {kind && OWN_NOTES.has(kind) ? null : (
        <Text size="xsmall" className="text-ui-fg-muted">
          {t("archideliveryWords")}
        </Text>
      )}
      <Text size="small" className="whitespace-pre-wrap break-words" lang="">
        {message}
      </Text>
    </div>
  )
}
