import { useT } from "./i18n"

/** DataTable's pagination words in the admin's language. */
export const usePaginationTranslations = () => {
  const { t } = useT()
  return {
    of: t("pagination.of"),
    results: t("pagination.results"),
    pages: t("pagination.pages"),
    prev: t("pagination.prev"),
    next: t("pagination.next"),
  }
}
