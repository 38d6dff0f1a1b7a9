import { Button, Container, toast } from "@medusajs/ui"
import { useEffect, useRef } from "react"
import { useQueryClient } from "@tanstack/react-query"
import { ErrorState } from "../error-state"
import { SectionHeader } from "../section-header"
import { errorMessage } from "../../lib/errors"
import { useT } from "../../lib/i18n"
import { useLinkAll, useLinkAllProgress } from "../../lib/queries/customers"
import { queryKeys } from "../../lib/query-keys"
import { AmbiguousLinksTable } from "./ambiguous-links-table"
import { LinkAllProgress } from "./link-all-progress"

/** Bulk linking and the customers whose phone matched several clients. */
export const CustomersSection = () => {
  const { t } = useT()
  const progress = useLinkAllProgress()
  const linkAll = useLinkAll()
  const run = progress.data
  const running = !!run && run.pending > 0
  const client = useQueryClient()

  // When a bulk run ends, the list of links to review may have grown.
  const wasRunning = useRef(running)
  useEffect(() => {
    if (wasRunning.current && !running) {
      client.invalidateQueries({ queryKey: [...queryKeys.customers(), "list"] })
    }
    wasRunning.current = running
  }, [running, client])

  const onLinkAll = () =>
    linkAll.mutate(undefined, {
      onSuccess: (r) =>
        toast.info(
          t("settings.customers.startedToast", {
            count: r.customer_link_run?.total ?? 0,
          })
        ),
      onError: (e) => toast.error(errorMessage(e, t)),
    })

  return (
    <Container
      className="divide-y overflow-hidden p-0"
      data-testid="settings-customers"
    >
      <SectionHeader
        title={t("settings.customers.title")}
        subtitle={t("settings.customers.subtitle")}
        actions={
          <Button
            size="small"
            variant="secondary"
            onClick={onLinkAll}
            isLoading={linkAll.isPending}
            disabled={running}
            data-testid="link-all"
          >
            {t("settings.customers.linkAll")}
          </Button>
        }
      />
      {progress.error ? (
        <ErrorState error={progress.error} onRetry={() => progress.refetch()} />
      ) : null}
      {run && run.total > 0 ? <LinkAllProgress run={run} /> : null}
      <AmbiguousLinksTable />
    </Container>
  )
}
