import type { ServerCheckReport } from "./types"

const MARK = { ok: "OK", warning: "WARNING", problem: "PROBLEM" } as const

const show = (v: unknown) =>
  v === null || v === undefined
    ? "-"
    : typeof v === "string"
      ? v
      : JSON.stringify(v)

/**
 * The report as plain text to paste into a message to support: every
 * finding with what to set and its evidence. Pure, so the admin and the
 * terminal print the same thing.
 */
export function serverCheckText(report: ServerCheckReport): string {
  const d = report.dialect
  const lines = [
    `ArchiDelivery server check, ${report.checked_at}`,
    "",
    ...report.findings.flatMap((f) => [
      `[${MARK[f.level]}] ${f.title}`,
      `  ${f.detail}`,
      ...Object.entries(f.evidence).map(([k, v]) => `    ${k}: ${show(v)}`),
    ]),
    "",
    "Dialect:",
    `  text Content-Type: ${show(d.text_content_type)}`,
    `  XML Content-Type: ${show(d.xml_content_type)}`,
    `  declared charset: ${show(d.declared_charset)}`,
    `  detected charset: ${show(d.detected_charset)}`,
    `  DATA shape: ${show(d.data_shape)}`,
    `Menu: ${report.menu.rows} rows; fields ${report.menu.fields.join(", ") || "-"}; mapping ${report.menu.mapping_ok ? "ok" : "not ok"}${report.menu.suggested_mapping ? `; suggested menuFields ${JSON.stringify(report.menu.suggested_mapping)}` : ""}`,
    `Points: ${report.points.map((p) => `${p.id} ${p.name ?? ""}`.trim()).join("; ") || "-"}`,
    `Lookup: ${report.lookup.proven ? "proven" : "not proven"} (${report.lookup.reason})`,
  ]
  return lines.join("\n") + "\n"
}
