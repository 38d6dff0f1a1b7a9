import { useTranslation } from "react-i18next"

/**
 * DataTable's pagination words from the dashboard's own translations, so the
 * plugin's tables read like every other table of the admin.
 */
export const usePaginationTranslations = () => {
  const { t: td } = useDashboardT()
  return {
    of: td("general.of"),
    results: td("general.results"),
    pages: td("general.pages"),
    prev: td("general.prev"),
    next: td("general.next"),
  }
}

/** The dashboard's own namespace, for its common words (Cancel, Close, …). */
export const useDashboardT = () => useTranslation("translation")
