import { useTranslation } from "react-i18next"

/** The plugin's own namespace in the dashboard's i18next instance. */
export const NS = "archidelivery"

export const useT = () => useTranslation(NS)

/**
 * The dashboard names some languages without a hyphen ("ptBR", "enGB");
 * Intl needs BCP 47 tags.
 */
export function toLocale(language: string | undefined): string {
  const tag = (language || "en").replace(/^([a-z]{2})([A-Z]{2})$/, "$1-$2")
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? "en"
  } catch {
    return "en"
  }
}
