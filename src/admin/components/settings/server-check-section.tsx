import {
  Alert,
  Button,
  Container,
  Input,
  StatusBadge,
  Text,
  toast,
} from "@medusajs/ui"
import { useState } from "react"
import type {
  Finding,
  ServerCheckReport,
} from "../../../lib/server-check/types"
import { serverCheckText } from "../../../lib/server-check/text"
import { errorMessage } from "../../lib/errors"
import { ErrorState } from "../error-state"
import { FieldRow } from "../field-row"
import { LoadingRows } from "../loading-rows"
import { SectionHeader } from "../section-header"
import { SectionNote } from "../section-note"
import { useFormat } from "../../lib/format"
import { useT } from "../../lib/i18n"
import { useServerCheck } from "../../lib/queries/system"

const COLORS = { ok: "green", warning: "orange", problem: "red" } as const

const FindingRow = ({ finding }: { finding: Finding }) => {
  const { t } = useT()
  return (
    <div
      className="flex flex-col gap-y-1 px-6 py-3"
      data-testid={`server-check-finding-${finding.id}`}
    >
      <div className="flex items-start gap-x-3">
        <StatusBadge color={COLORS[finding.level]} className="shrink-0">
          {t(`serverCheck.levels.${finding.level}`)}
        </StatusBadge>
        <Text size="small" weight="plus" className="min-w-0 break-words">
          {finding.title}
        </Text>
      </div>
      <Text size="small" className="text-ui-fg-subtle break-words">
        {finding.detail}
      </Text>
      <details className="txt-compact-small text-ui-fg-muted">
        <summary className="cursor-pointer">
          {t("serverCheck.evidence")}
        </summary>
        <pre className="bg-ui-bg-subtle mt-1 overflow-x-auto whitespace-pre-wrap break-words rounded p-2 font-mono text-xs">
          {JSON.stringify(finding.evidence, null, 2)}
        </pre>
      </details>
    </div>
  )
}

const Report = ({ report }: { report: ServerCheckReport }) => {
  const { t } = useT()
  const f = useFormat()
  const { dialect, menu, lookup } = report
  return (
    <>
      <div className="flex flex-col py-1">
        {report.findings.map((finding) => (
          <FindingRow key={finding.id} finding={finding} />
        ))}
      </div>
      <div className="flex flex-col py-2">
        <FieldRow
          label={t("serverCheck.textContentType")}
          value={dialect.text_content_type}
        />
        <FieldRow
          label={t("serverCheck.declaredCharset")}
          value={dialect.declared_charset}
        />
        <FieldRow
          label={t("serverCheck.detectedCharset")}
          value={dialect.detected_charset}
          testId="server-check-detected"
        />
        <FieldRow
          label={t("serverCheck.dataShape")}
          value={dialect.data_shape}
        />
        <FieldRow
          label={t("serverCheck.menuRows")}
          value={t("serverCheck.menuSummary", {
            rows: f.number(menu.rows),
            fields: menu.fields.join(", ") || "—",
          })}
        />
        <FieldRow
          label={t("serverCheck.suggestedMapping")}
          value={
            menu.suggested_mapping ? (
              <code>{JSON.stringify(menu.suggested_mapping)}</code>
            ) : menu.mapping_ok ? (
              t("serverCheck.mappingOk")
            ) : null
          }
        />
        <FieldRow
          label={t("serverCheck.points")}
          value={report.points
            .map((p) => (p.name ? `${p.id} · ${p.name}` : p.id))
            .join("; ")}
        />
        <FieldRow
          label={t("serverCheck.lookup")}
          value={`${lookup.proven ? t("serverCheck.proven") : t("serverCheck.notProven")} — ${lookup.reason}`}
        />
        <FieldRow
          label={t("serverCheck.checkedAt")}
          value={f.dateTime(report.checked_at)}
        />
      </div>
    </>
  )
}

/**
 * The read-only server check: what this ArchiDelivery sends and what to set,
 * with the whole report as text to send to support.
 */
export const ServerCheckSection = () => {
  const { t } = useT()
  const [phone, setPhone] = useState("")
  const check = useServerCheck()
  const report = check.data
  const run = () => check.mutate(phone.trim() || undefined)
  const copy = async () => {
    if (!report) {
      return
    }
    try {
      await navigator.clipboard.writeText(serverCheckText(report))
      toast.success(t("serverCheck.copiedToast"))
    } catch (e) {
      toast.error(errorMessage(e, t))
    }
  }
  return (
    <Container className="divide-y p-0" data-testid="settings-server-check">
      <SectionHeader
        title={t("serverCheck.title")}
        subtitle={t("serverCheck.subtitle")}
        actions={
          <>
            {report ? (
              <Button size="small" variant="secondary" onClick={copy}>
                {t("serverCheck.copy")}
              </Button>
            ) : null}
            <Button
              size="small"
              variant="secondary"
              onClick={run}
              isLoading={check.isPending}
              data-testid="server-check-run"
            >
              {t("serverCheck.run")}
            </Button>
          </>
        }
      />
      <div className="flex flex-col gap-y-2 px-6 py-4">
        <Text size="small" className="text-ui-fg-subtle">
          {t("serverCheck.phoneHint")}
        </Text>
        <Input
          size="small"
          type="tel"
          className="max-w-xs"
          placeholder={t("serverCheck.phonePlaceholder")}
          value={phone}
          onChange={(e) => setPhone(e.target.value)}
          onKeyDown={(e) => (e.key === "Enter" ? run() : undefined)}
        />
      </div>
      {check.isPending ? <LoadingRows rows={4} /> : null}
      {check.error ? <ErrorState error={check.error} onRetry={run} /> : null}
      {report && !check.isPending ? (
        <>
          {report.findings.some((x) => x.level === "problem") ? (
            <div className="px-6 py-3">
              <Alert variant="error">{t("serverCheck.hasProblems")}</Alert>
            </div>
          ) : null}
          <Report report={report} />
        </>
      ) : null}
      {!report && !check.isPending && !check.error ? (
        <SectionNote muted>{t("serverCheck.none")}</SectionNote>
      ) : null}
    </Container>
  )
}
