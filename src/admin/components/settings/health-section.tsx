import { Alert, Button, Container, StatusBadge } from "@medusajs/ui"
import { ErrorState } from "../error-state"
import { FieldRow } from "../field-row"
import { LoadingRows } from "../loading-rows"
import { SectionHeader } from "../section-header"
import { useFormat } from "../../lib/format"
import { useT } from "../../lib/i18n"
import { useHealth } from "../../lib/queries/system"

/** Is ArchiDelivery answering, how fast, and which version. */
export const HealthSection = () => {
  const { t } = useT()
  const f = useFormat()
  const { data: health, isPending, isFetching, error, refetch } = useHealth()
  return (
    <Container className="divide-y p-0" data-testid="settings-health">
      <SectionHeader
        title={t("settings.health.title")}
        subtitle={t("settings.health.subtitle")}
        actions={
          <>
            {health ? (
              <StatusBadge
                color={health.reachable ? "green" : "red"}
                data-testid="health-status"
              >
                {health.reachable
                  ? t("settings.health.reachable")
                  : t("settings.health.unreachable")}
              </StatusBadge>
            ) : null}
            <Button
              size="small"
              variant="secondary"
              onClick={() => refetch()}
              isLoading={isFetching}
            >
              {t("settings.health.check")}
            </Button>
          </>
        }
      />
      {isPending ? <LoadingRows rows={3} /> : null}
      {error ? <ErrorState error={error} onRetry={() => refetch()} /> : null}
      {health ? (
        <div className="flex flex-col py-2">
          {!health.reachable && health.error ? (
            <div className="px-6 py-2">
              <Alert variant="error">{health.error}</Alert>
            </div>
          ) : null}
          {health.locking && !health.locking.ok ? (
            <div className="px-6 py-2">
              <Alert variant="error" data-testid="health-locking">
                {t("settings.health.lockingFailed", {
                  error: health.locking.error,
                })}
              </Alert>
            </div>
          ) : null}
          <FieldRow
            label={t("settings.health.version")}
            value={health.version}
          />
          <FieldRow
            label={t("settings.health.latency")}
            value={
              health.latency_ms != null
                ? t("units.ms", { value: f.number(health.latency_ms) })
                : null
            }
          />
          <FieldRow
            label={t("settings.health.checkedAt")}
            value={f.dateTime(health.checked_at)}
          />
          {health.last_success_at !== undefined ? (
            <FieldRow
              label={t("settings.health.lastSuccess")}
              value={f.dateTime(health.last_success_at)}
            />
          ) : null}
          {health.lookup ? (
            <>
              <FieldRow
                label={t("settings.health.lookup")}
                value={
                  <StatusBadge
                    color={health.lookup.proven ? "green" : "orange"}
                    data-testid="health-lookup"
                  >
                    {health.lookup.proven
                      ? t("settings.health.lookupProven")
                      : t("settings.health.lookupUnproven")}
                  </StatusBadge>
                }
              />
              <FieldRow
                label={t("settings.health.lookupProvenAt")}
                value={f.dateTime(health.lookup.proven_at)}
              />
              <div className="text-ui-fg-subtle txt-small px-6 py-2">
                {health.lookup.reason ? (
                  <p data-testid="health-lookup-reason">
                    {health.lookup.reason}
                  </p>
                ) : null}
                <p>{t("settings.health.lookupHelp")}</p>
              </div>
            </>
          ) : null}
        </div>
      ) : null}
    </Container>
  )
}
