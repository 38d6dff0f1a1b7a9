import type { TFunction } from "i18next"

/** Codes ArchiDelivery names (its comments and charts); 3 appears unnamed. */
const NAMED = new Set([2, 4, 5, 6, 7, 9, 12])

/**
 * ArchiDelivery's kitchen status in the admin's language, with its code for
 * anyone comparing with ArchiDelivery's screen. A code the plugin does not
 * know keeps the label the server sent, else it is shown as a bare code.
 */
export function kitchenStatusLabel(
  t: TFunction<"archidelivery">,
  code: number | null | undefined,
  serverLabel?: string | null
): string | null {
  if (code === null || code === undefined) {
    return null
  }
  if (NAMED.has(code)) {
    return `${t(`kitchenStatus.${code}`)} (${code})`
  }
  if (code === 3) {
    return t("kitchenStatus.3")
  }
  return serverLabel
    ? `${serverLabel} (${code})`
    : t("kitchenStatus.unknown", { code })
}
