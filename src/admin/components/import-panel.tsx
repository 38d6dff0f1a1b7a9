import { ArrowDownTray } from "@medusajs/icons"
import { Alert, Button, Container, Text, toast } from "@medusajs/ui"
import { useQueryClient } from "@tanstack/react-query"
import { useEffect, useRef, useState } from "react"
import { statusOf } from "../lib/api"
import { errorMessage } from "../lib/errors"
import { useFormat } from "../lib/format"
import { useT } from "../lib/i18n"
import {
  useProductImport,
  useProductImports,
  useStartImport,
} from "../lib/queries/imports"
import { queryKeys } from "../lib/query-keys"
import { ErrorState } from "./error-state"
import { ImportReportDrawer } from "./import-report-drawer"
import { ImportStatusBadge } from "./import-status-badge"
import { ImportTotals } from "./import-totals"
import { LoadingRows } from "./loading-rows"
import { ProgressBar } from "./progress-bar"
import { SectionHeader } from "./section-header"
import { SectionNote } from "./section-note"

/** Start an import, watch it run, read what the last one did. */
export const ImportPanel = () => {
  const { t } = useT()
  const f = useFormat()
  const client = useQueryClient()
  const [reportOpen, setReportOpen] = useState(false)
  const list = useProductImports({ limit: 1, offset: 0 })
  const latestId = list.data?.product_imports[0]?.id
  const detail = useProductImport(latestId)
  const run = detail.data?.product_import ?? list.data?.product_imports[0]
  const start = useStartImport()
  const running = run?.status === "running"

  // A finished run changed products: refresh every list that shows them.
  const lastStatus = useRef(run?.status)
  useEffect(() => {
    if (lastStatus.current === "running" && run && !running) {
      client.invalidateQueries({ queryKey: queryKeys.imports() })
      client.invalidateQueries({ queryKey: queryKeys.products() })
      client.invalidateQueries({ queryKey: ["products"] })
      if (run.status === "completed") {
        toast.success(t("import.finishedToast"))
      } else {
        toast.error(run.error || t("import.failedToast"))
      }
    }
    lastStatus.current = run?.status
  }, [run, running, client, t])

  const onStart = () =>
    start.mutate(undefined, {
      onSuccess: () => toast.info(t("import.startedToast")),
      onError: (e) =>
        statusOf(e) === 409
          ? toast.warning(t("import.alreadyRunning"))
          : toast.error(errorMessage(e, t)),
    })

  return (
    <Container className="divide-y p-0" data-testid="archidelivery-import">
      <SectionHeader
        title={t("import.title")}
        subtitle={t("import.subtitle")}
        actions={
          <Button
            size="small"
            variant="secondary"
            onClick={onStart}
            isLoading={start.isPending}
            disabled={running}
            data-testid="start-import"
          >
            <ArrowDownTray />
            {t("import.start")}
          </Button>
        }
      />
      {list.isPending ? <LoadingRows rows={2} /> : null}
      {list.error ? (
        <ErrorState error={list.error} onRetry={() => list.refetch()} />
      ) : null}
      {list.data && !run ? <SectionNote>{t("import.none")}</SectionNote> : null}
      {run ? (
        <div className="flex flex-col gap-y-3 px-6 py-4">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <div className="flex items-center gap-x-2">
              <Text size="small" weight="plus">
                {running ? t("import.running") : t("import.last")}
              </Text>
              <ImportStatusBadge status={run.status} />
              <Text size="small" className="text-ui-fg-subtle">
                {f.dateTime(run.finished_at ?? run.started_at)}
              </Text>
            </div>
            {!running ? (
              <Button
                size="small"
                variant="transparent"
                onClick={() => setReportOpen(true)}
                data-testid="open-report"
              >
                {t("import.openReport")}
              </Button>
            ) : null}
          </div>
          {running ? (
            <ProgressBar
              done={run.progress?.done ?? 0}
              total={run.progress?.total ?? 0}
              label={t("import.progress", {
                done: f.number(run.progress?.done ?? 0),
                total: f.number(run.progress?.total ?? 0),
              })}
            />
          ) : null}
          {run.status === "failed" && run.error ? (
            <Alert variant="error">{run.error}</Alert>
          ) : null}
          {!running && run.totals ? <ImportTotals totals={run.totals} /> : null}
        </div>
      ) : null}
      <ImportReportDrawer
        importId={run?.id}
        open={reportOpen}
        onOpenChange={setReportOpen}
      />
    </Container>
  )
}
