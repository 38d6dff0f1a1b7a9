import {
  ArchiDeliveryError,
  toRows,
  toRecord,
  type ArchiDeliveryClient,
  type InspectedCall,
  type QueryParams,
  type ReplyCharset,
} from "../archidelivery"
import type { MenuFields } from "../menu/menu-row"
import { KNOWN_ORDER_STATUSES } from "../orders/order-status"
import { checkClientLookup } from "./client"
import { readDialect } from "./dialect"
import { callEvidence, dataOf, failureOf } from "./evidence"
import { judgeLookup, type LookupObservation, type SentOrder } from "./lookup"
import { checkMenu } from "./menu"
import { checkPoints } from "./points"
import { reachableFinding, type PingResult } from "./reachable"
import type { Finding, ServerCheckReport } from "./types"

/** The only methods the check may call: it reads, it never writes to the kitchen. */
export const READ_ONLY_METHODS = [
  "ping",
  "getallmenu",
  "getallpoint",
  "getclientbyphone",
  "getorderbypoint",
  "getorderdata",
] as const

export interface ServerCheckInput {
  menuFields: MenuFields
  pointId?: string
  replyCharset: ReplyCharset
  /** options.phone.defaultCountry, to compare phones */
  defaultCountry?: string
  /** a phone to look clients up with; none, no client lookup */
  phone?: string
  /** orders the plugin sent, to test the lookup with (a few recent ones) */
  sentOrders: SentOrder[]
  /** what to do when there are no sent orders, where the default advice does not fit */
  sentOrdersNote?: string
}

function reader(client: ArchiDeliveryClient) {
  return (
    method: (typeof READ_ONLY_METHODS)[number],
    params?: QueryParams
  ): Promise<InspectedCall> => {
    if (!READ_ONLY_METHODS.includes(method)) {
      throw new TypeError(`the server check never calls ${method}`)
    }
    return client.inspect(method, params)
  }
}

async function ping(client: ArchiDeliveryClient): Promise<PingResult> {
  try {
    return await client.ping()
  } catch (e) {
    if (e instanceof ArchiDeliveryError) {
      return { error: { kind: e.kind, message: e.message } }
    }
    throw e
  }
}

async function observeLookup(
  read: ReturnType<typeof reader>,
  input: ServerCheckInput
): Promise<LookupObservation> {
  const obs: LookupObservation = {
    pointId: input.pointId,
    defaultCountry: input.defaultCountry,
    orders: input.sentOrders,
    listed: [],
    data: {},
    noOrdersNote: input.sentOrdersNote,
  }
  if (!input.pointId || !input.sentOrders.length) {
    return obs
  }
  for (const status of KNOWN_ORDER_STATUSES) {
    const call = await read("getorderbypoint", {
      pointid: input.pointId,
      statusid: status,
    })
    const rows = toRows(dataOf(call) ?? null)
    const ids = (Array.isArray(rows) ? rows : [])
      .map((r) =>
        r && typeof r === "object" ? (r as { ID?: unknown }).ID : null
      )
      .filter((id) => id !== null && id !== undefined)
      .map((id) => String(id).trim())
    obs.listed.push({ status, ids, failure: failureOf(call) })
  }
  for (const o of input.sentOrders) {
    const id = String(o.archidelivery_order_id)
    const call = await read("getorderdata", { OrderId: id })
    const record = toRecord(dataOf(call) ?? null)
    obs.data[id] = {
      row:
        record && typeof record === "object" && !Array.isArray(record)
          ? (record as Record<string, unknown>)
          : null,
      failure: failureOf(call),
    }
  }
  return obs
}

/** The call behind a finding, as evidence: query, status, Content-Type, the reply's start. */
const withCall = (finding: Finding, call: InspectedCall | undefined) =>
  call
    ? {
        ...finding,
        evidence: { ...finding.evidence, call: callEvidence(call) },
      }
    : finding

/**
 * Asks a live ArchiDelivery what the plugin needs to know about it, through
 * read-only methods only, and judges each answer. Calls run one after
 * another so a small back-office PC is not flooded.
 */
export async function runServerCheck(
  client: ArchiDeliveryClient,
  input: ServerCheckInput
): Promise<ServerCheckReport> {
  const checked_at = new Date().toISOString()
  const read = reader(client)
  const pinged = await ping(client)
  const findings: Finding[] = [reachableFinding(pinged)]
  const down = "error" in pinged && pinged.error.kind === "unreachable"
  const skip = down ? "the server did not answer ping" : undefined

  const menuCall = skip ? undefined : await read("getallmenu")
  const pointCall = skip ? undefined : await read("getallpoint")
  const clientCall =
    skip || !input.phone
      ? undefined
      : await read("getclientbyphone", { phone: input.phone })

  const textCalls = [menuCall, pointCall, clientCall].filter(
    (c): c is InspectedCall => !!c
  )
  const { dialect, finding: dialectFinding } = readDialect(
    textCalls,
    menuCall,
    input.replyCharset
  )
  findings.push(dialectFinding)

  const menuFailure = skip ?? failureOf(menuCall)
  const { menu, finding: menuFinding } = checkMenu(
    toRows(dataOf(menuCall) ?? null),
    input.menuFields,
    menuFailure
  )
  findings.push(withCall(menuFinding, menuCall))

  const { points, finding: pointsFinding } = checkPoints(
    toRows(dataOf(pointCall) ?? null),
    input.pointId,
    skip ?? failureOf(pointCall)
  )
  findings.push(withCall(pointsFinding, pointCall))

  if (input.phone) {
    findings.push(
      withCall(
        checkClientLookup(
          input.phone,
          toRows(dataOf(clientCall) ?? null),
          skip ?? failureOf(clientCall)
        ),
        clientCall
      )
    )
  }

  const obs = skip
    ? {
        pointId: input.pointId,
        orders: input.sentOrders,
        listed: [],
        data: {},
        skipped: skip,
      }
    : await observeLookup(read, input)
  const { lookup, finding: lookupFinding } = judgeLookup(obs)
  findings.push(lookupFinding)

  return { checked_at, findings, dialect, menu, points, lookup }
}

/** The worst level among the findings: what a terminal's exit code reports. */
export const worstLevel = (report: ServerCheckReport) =>
  report.findings.some((f) => f.level === "problem")
    ? "problem"
    : report.findings.some((f) => f.level === "warning")
      ? "warning"
      : "ok"
