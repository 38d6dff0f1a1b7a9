import type { ArchiExchange, NewOrderParams } from "../archidelivery"
import { attemptFrom, type AttemptRecord } from "./attempts"
import { CANCELLED_MESSAGES } from "./cancellation"
import type { PushClient } from "./order-client"
import {
  buildOrderPayload,
  OrderPayloadError,
  warningMessage,
  type PayloadOptions,
  type PayloadOrder,
  type PayloadProductLink,
  type PayloadWarning,
} from "./order-payload"
import {
  cancelledOutcome,
  doubtfulOutcome,
  failedOutcome,
  retryOutcome,
  sentOutcome,
  type ClaimOutcome,
} from "./outcomes"
import { classifyPushError, RECONCILE_FIRST_CHECK_MS } from "./queue-policy"

/*
 * The pure half of a push (the README's outcome table; see
 * classifyPushError): what a claimed order needs before `neworder` is sent,
 * and what its row becomes after.
 */

/** A request ready to send, and what its attempt log adds to the reply. */
export type PushRequest = {
  params: NewOrderParams
  /** The client's note and the payload's warnings, said in the attempt log. */
  note: string
  warnings: PayloadWarning[]
}

export type PushPlanInput = {
  order_sync: { order_id: string }
  /** null: the order no longer exists */
  order: PayloadOrder | null
  /** The shop cancelled the order: it is not sent. */
  cancelled?: boolean
  product_links: PayloadProductLink[]
  client: PushClient
  options: PayloadOptions
  now: Date
  /** When a push that reached nobody is tried again (the row's backoff). */
  retryAt: string
}

/**
 * Decides whether a claimed order is sent: the row's outcome when it is not
 * (cancelled, a client look-up to wait for, an order gone or unmappable),
 * else the request. Errors other than the payload's are rethrown.
 */
export function planPush(
  input: PushPlanInput
): { outcome: ClaimOutcome } | { request: PushRequest } {
  if (input.cancelled) {
    const message = CANCELLED_MESSAGES.cancelled
    return {
      outcome: cancelledOutcome(message, input.now.toISOString(), [
        attemptFrom("cancelled", message),
      ]),
    }
  }
  const wait = input.client.wait
  if (wait) {
    const message = `client look-up: ${wait.message}`
    return {
      outcome: retryOutcome("unreachable", message, input.retryAt, [
        { ...wait, outcome: "unreachable", message },
      ]),
    }
  }
  if (!input.order) {
    const message = `order ${input.order_sync.order_id} no longer exists`
    return {
      outcome: failedOutcome("invalid_data", message, [
        attemptFrom("invalid_data", message),
      ]),
    }
  }
  let payload
  try {
    payload = buildOrderPayload({
      order: input.order,
      productLinks: input.product_links,
      options: input.options,
      clientId: input.client.client_id,
    })
  } catch (e) {
    if (!(e instanceof OrderPayloadError)) {
      throw e
    }
    return {
      outcome: failedOutcome("invalid_data", e.message, [
        attemptFrom("invalid_data", e.message),
      ]),
    }
  }
  const note = [input.client.note, ...payload.warnings.map(warningMessage)]
    .filter(Boolean)
    .join("; ")
  return {
    request: { params: payload.params, note, warnings: payload.warnings },
  }
}

/** The attempt of a request: its exchange, flagged with the payload's warnings. */
function pushAttempt(
  request: PushRequest,
  outcome: string,
  message: string | null,
  exchange?: ArchiExchange
): AttemptRecord {
  const flagged = request.warnings.length ? { warnings: request.warnings } : {}
  return { ...attemptFrom(outcome, message, exchange), ...flagged }
}

/** ArchiDelivery answered with an OrderId: the kitchen has it. */
export function pushSentOutcome(
  request: PushRequest,
  reply: { orderId: string; exchange: ArchiExchange; warnings?: string[] },
  sentAt: string
): ClaimOutcome {
  const message = [
    request.note,
    reply.warnings?.length ? `warnings: ${reply.warnings.join("; ")}` : null,
  ]
    .filter(Boolean)
    .join("; ")
  return sentOutcome(reply.orderId, sentAt, [
    pushAttempt(request, "sent", message || null, reply.exchange),
  ])
}

/**
 * A send that threw: retried when it reached nobody, looked up when it may
 * have created the order, failed when refused. Errors of our own are rethrown.
 */
export function pushFailedOutcome(
  request: PushRequest,
  error: unknown,
  clock: { now: Date; retryAt: string }
): ClaimOutcome {
  const judged = classifyPushError(error)
  const exchange = (error as { exchange?: ArchiExchange }).exchange
  const message = request.note
    ? `${judged.message} (${request.note})`
    : judged.message
  const attempts = [pushAttempt(request, judged.kind, message, exchange)]
  switch (judged.decision) {
    case "retry":
      return retryOutcome(judged.kind, message, clock.retryAt, attempts)
    case "reconcile":
      return doubtfulOutcome(
        "unknown_outcome",
        message,
        new Date(clock.now.getTime() + RECONCILE_FIRST_CHECK_MS).toISOString(),
        attempts
      )
    default:
      return failedOutcome(judged.kind, message, attempts)
  }
}
