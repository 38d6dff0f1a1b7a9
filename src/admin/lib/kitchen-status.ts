import type { TFunction } from "i18next"

/**
 * ArchiDelivery's kitchen status in the admin's language; codes the plugin
 * does not know keep the label the server sent, else the bare code.
 */
export function kitchenStatusLabel(
  t: TFunction<"archidelivery">,
  code: number | null | undefined,
  serverLabel?: string | null
): string | null {
  if (code === null || code === undefined) {
    return null
  }
  const fallback = serverLabel || String(code)
  return t(`kitchenStatus.${code}`, { defaultValue: fallback })
}
