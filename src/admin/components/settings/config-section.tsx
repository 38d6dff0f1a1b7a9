import { Alert, Badge, Container, Text } from "@medusajs/ui"
import { ErrorState } from "../error-state"
import { FieldRow } from "../field-row"
import { LoadingRows } from "../loading-rows"
import { SectionHeader } from "../section-header"
import { useFormat } from "../../lib/format"
import { useT } from "../../lib/i18n"
import { useConfig } from "../../lib/queries/system"

const list = (values: (string | number)[]) =>
  values.length ? values.join(", ") : null

const pairs = (record: Record<string, string>) => {
  const entries = Object.entries(record)
  return entries.length
    ? entries.map(([k, v]) => `${k} → ${v}`).join(", ")
    : null
}

/** How orders reach the kitchen, from the two switches that decide it. */
const sendingMode = (queue: { jobsEnabled: boolean; pushOnPlace: boolean }) =>
  queue.jobsEnabled
    ? queue.pushOnPlace
      ? "auto"
      : "jobsOnly"
    : queue.pushOnPlace
      ? "placeOnly"
      : "manual"

/** The options the server runs with; header values never reach the browser. */
export const ConfigSection = () => {
  const { t } = useT()
  const f = useFormat()
  const { data: c, isPending, error, refetch } = useConfig()
  const ms = (v: number) => t("units.ms", { value: f.number(v) })
  const s = (v: number) => t("units.seconds", { value: f.number(v) })
  return (
    <Container className="divide-y p-0" data-testid="settings-config">
      <SectionHeader
        title={t("settings.config.title")}
        subtitle={t("settings.config.subtitle")}
      />
      {isPending ? <LoadingRows rows={6} /> : null}
      {error ? <ErrorState error={error} onRetry={() => refetch()} /> : null}
      {c &&
      sendingMode(c.queue) !== "auto" &&
      sendingMode(c.queue) !== "jobsOnly" ? (
        <div className="px-6 py-4">
          <Alert variant="warning" data-testid="config-sending-warning">
            {t(`settings.config.sendingWarning.${sendingMode(c.queue)}`)}
          </Alert>
        </div>
      ) : null}
      {c ? (
        <div className="flex flex-col py-2">
          <FieldRow
            label={t("settings.config.sending")}
            testId="config-sending"
            value={t(`settings.config.sendingValue.${sendingMode(c.queue)}`)}
          />
          <FieldRow label={t("settings.config.url")} value={c.url} />
          <FieldRow
            label={t("settings.config.encoding")}
            value={c.encoding.toUpperCase()}
          />
          <FieldRow
            label={t("settings.config.replyCharset")}
            value={t(`settings.config.replyCharsets.${c.replyCharset}`)}
          />
          <FieldRow
            label={t("settings.config.timeouts")}
            value={t("settings.config.timeoutsValue", {
              connect: ms(c.connectTimeoutMs),
              reply: ms(c.replyTimeoutMs),
            })}
          />
          <FieldRow
            label={t("settings.config.headers")}
            testId="config-headers"
            value={
              c.headers.length ? (
                <div className="flex flex-wrap items-center gap-1">
                  {c.headers.map((h) => (
                    <Badge key={h} size="2xsmall">
                      {h}
                    </Badge>
                  ))}
                  <Text size="xsmall" className="text-ui-fg-muted">
                    {t("settings.config.headersHidden")}
                  </Text>
                </div>
              ) : null
            }
          />
          <FieldRow label={t("settings.config.pointId")} value={c.pointId} />
          <FieldRow label={t("settings.config.cityName")} value={c.cityName} />
          <FieldRow
            label={t("settings.config.currency")}
            value={c.currency.toUpperCase()}
          />
          <FieldRow
            label={t("settings.config.itemFormat")}
            value={t(`settings.config.itemFormats.${c.orderItemFormat}`, {
              defaultValue: c.orderItemFormat,
            })}
          />
          <FieldRow
            label={t("settings.config.orderTypes")}
            value={t("settings.config.orderTypesValue", c.orderTypes)}
          />
          <FieldRow
            label={t("settings.config.paymentTypes")}
            value={pairs(c.paymentTypes)}
          />
          <FieldRow
            label={t("settings.config.onlinePayments")}
            value={list(c.onlinePaymentProviders)}
          />
          <FieldRow
            label={t("settings.config.phone")}
            value={
              c.phone.template
                ? t("settings.config.phoneTemplateValue", c.phone)
                : t("settings.config.phoneValue", c.phone)
            }
          />
          <FieldRow
            label={t("settings.config.doorphone")}
            value={t(`settings.config.doorphones.${c.doorphone}`, {
              defaultValue: c.doorphone,
            })}
          />
          <FieldRow
            label={t("settings.config.menuFields")}
            value={pairs(c.menuFields)}
          />
          <FieldRow
            label={t("settings.config.queue")}
            value={t("settings.config.queueValue", {
              batch: f.number(c.queue.batchSize),
              concurrency: f.number(c.queue.concurrency),
              lease: s(c.queue.leaseSeconds),
              backoff: s(c.queue.maxBackoffSeconds),
            })}
          />
          <FieldRow
            label={t("settings.config.delivery")}
            value={
              c.delivery.freeFrom != null
                ? t("settings.config.deliveryValue", {
                    fee: f.money(c.delivery.fee, c.currency),
                    freeFrom: f.money(c.delivery.freeFrom, c.currency),
                    minimum: f.money(c.delivery.minOrderAmount, c.currency),
                  })
                : t("settings.config.deliveryValueNoFree", {
                    fee: f.money(c.delivery.fee, c.currency),
                    minimum: f.money(c.delivery.minOrderAmount, c.currency),
                  })
            }
          />
          <FieldRow
            label={t("settings.config.statusCodes")}
            value={t("settings.config.statusCodesValue", {
              shipped: list(c.status.shipped) ?? "—",
              delivered: list(c.status.delivered) ?? "—",
              final: list(c.status.final) ?? "—",
            })}
          />
        </div>
      ) : null}
    </Container>
  )
}
