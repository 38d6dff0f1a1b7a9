import type { DetectedCharset } from "../archidelivery"
import type { MenuFields } from "../menu/menu-row"

export type FindingLevel = "ok" | "warning" | "problem"

export type FindingId =
  "reachable" | "dialect" | "menu" | "points" | "client" | "lookup"

/** One thing the check found, with what to set and what it saw. */
export interface Finding {
  id: FindingId
  level: FindingLevel
  title: string
  /** one sentence of what to set (or why nothing needs setting) */
  detail: string
  evidence: Record<string, unknown>
}

/** How DATA came: keyed "1","2",…, a list, one record, empty, or not JSON. */
export type DataShape = "keyed" | "list" | "record" | "empty" | "unreadable"

export interface DialectReport {
  text_content_type: string | null
  /** only neworder answers in XML, and the check never places an order */
  xml_content_type: string | null
  declared_charset: string | null
  detected_charset: DetectedCharset | null
  data_shape: DataShape | null
}

export interface MenuReport {
  rows: number
  fields: string[]
  mapping_ok: boolean
  /** the whole `menuFields` to set; null when the configured one works */
  suggested_mapping: MenuFields | null
}

export interface PointReport {
  id: string
  name: string | null
}

export interface LookupReport {
  proven: boolean
  reason: string
}

export interface ServerCheckReport {
  checked_at: string
  findings: Finding[]
  dialect: DialectReport
  menu: MenuReport
  points: PointReport[]
  lookup: LookupReport
}
