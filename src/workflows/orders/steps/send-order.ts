import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  buildOrderPayload,
  OrderPayloadError,
  warningMessage,
  type PayloadOrder,
  type PayloadProductLink,
} from "../../../lib/orders/order-payload"
import {
  classifyPushError,
  nextAttemptAt,
  RECONCILE_FIRST_CHECK_MS,
} from "../../../lib/orders/queue-policy"
import { archiDeliveryService } from "../../../modules/archidelivery"
import { attemptFrom } from "../../../lib/orders/attempts"
import {
  leaseOutlivesRequest,
  type ClaimedOrderSync,
} from "../../../lib/orders/claim"
import type { ClaimOutcome } from "../../../lib/orders/outcomes"
import type { ResolvedOrderClient } from "./resolve-order-client"

export type SendOrderInput = {
  order_sync: ClaimedOrderSync
  /** null: the order no longer exists */
  order: PayloadOrder | null
  /** The shop cancelled the order: it is not sent. */
  cancelled?: boolean
  product_links: PayloadProductLink[]
  client: ResolvedOrderClient
  /** When the claim was taken (ms since epoch, our clock) and for how long. */
  claimed_at: number
}

export const sendOrderStepId = "archidelivery-send-order"

/**
 * Sends one claimed order with `neworder` and decides what the row becomes
 * (the README's outcome table; see classifyPushError). Writes nothing: the
 * next step records the decision. There is no compensation: ArchiDelivery
 * cannot cancel an order, which is why a doubtful send is reconciled and
 * never repeated blindly.
 */
export const sendOrderStep = createStep(
  sendOrderStepId,
  async (input: SendOrderInput, { container }) => {
    const service = archiDeliveryService(container)
    const options = service.getOptions()
    const sync = input.order_sync
    const now = new Date()
    const backoff = () =>
      nextAttemptAt(
        sync.attempts,
        { maxBackoffSeconds: options.queue.maxBackoffSeconds },
        now
      ).toISOString()

    if (input.cancelled) {
      const message = "cancelled in the shop before it was sent: never sent"
      return new StepResponse<ClaimOutcome>({
        patch: {
          status: "cancelled",
          next_attempt_at: null,
          cancelled_at: now.toISOString(),
          last_error: message,
          last_error_kind: "cancelled",
        },
        attempts: [attemptFrom("cancelled", message)],
      })
    }
    if (input.client.wait) {
      const wait = input.client.wait
      return new StepResponse<ClaimOutcome>({
        patch: {
          status: "queued",
          next_attempt_at: backoff(),
          last_error: `client look-up: ${wait.message}`,
          last_error_kind: "unreachable",
        },
        attempts: [
          {
            ...wait,
            outcome: "unreachable",
            message: `client look-up: ${wait.message}`,
          },
        ],
      })
    }
    if (!input.order) {
      const message = `order ${sync.order_id} no longer exists`
      return new StepResponse<ClaimOutcome>({
        patch: {
          status: "failed",
          last_error: message,
          last_error_kind: "invalid_data",
          next_attempt_at: null,
        },
        attempts: [attemptFrom("invalid_data", message)],
      })
    }

    let payload
    try {
      payload = buildOrderPayload({
        order: input.order,
        productLinks: input.product_links,
        options,
        clientId: input.client.client_id,
      })
    } catch (e) {
      if (!(e instanceof OrderPayloadError)) {
        throw e
      }
      return new StepResponse<ClaimOutcome>({
        patch: {
          status: "failed",
          last_error: e.message,
          last_error_kind: "invalid_data",
          next_attempt_at: null,
        },
        attempts: [attemptFrom("invalid_data", e.message)],
      })
    }

    if (
      !leaseOutlivesRequest(
        input.claimed_at,
        { ...options, leaseSeconds: options.queue.leaseSeconds },
        Date.now()
      )
    ) {
      return new StepResponse<ClaimOutcome>({
        release: true,
        patch: { status: "queued" },
        attempts: [],
      })
    }

    const flagged = payload.warnings.length
      ? { warnings: payload.warnings }
      : {}
    const note = [input.client.note, ...payload.warnings.map(warningMessage)]
      .filter(Boolean)
      .join("; ")
    try {
      const { orderId, exchange, warnings } = await service
        .getClient()
        .newOrder(payload.params)
      const message = [
        note,
        warnings?.length ? `warnings: ${warnings.join("; ")}` : null,
      ]
        .filter(Boolean)
        .join("; ")
      return new StepResponse<ClaimOutcome>({
        patch: {
          status: "sent",
          archidelivery_order_id: orderId,
          sent_at: new Date().toISOString(),
          reconcile: false,
          next_attempt_at: null,
          last_error: null,
          last_error_kind: null,
        },
        attempts: [
          { ...attemptFrom("sent", message || null, exchange), ...flagged },
        ],
      })
    } catch (e) {
      const judged = classifyPushError(e)
      const exchange = (e as { exchange?: never }).exchange
      const message = note ? `${judged.message} (${note})` : judged.message
      const attempts = [
        { ...attemptFrom(judged.kind, message, exchange), ...flagged },
      ]
      if (judged.decision === "retry") {
        return new StepResponse<ClaimOutcome>({
          patch: {
            status: "queued",
            next_attempt_at: backoff(),
            last_error: message,
            last_error_kind: judged.kind,
          },
          attempts,
        })
      }
      if (judged.decision === "reconcile") {
        return new StepResponse<ClaimOutcome>({
          patch: {
            status: "queued",
            reconcile: true,
            next_attempt_at: new Date(
              now.getTime() + RECONCILE_FIRST_CHECK_MS
            ).toISOString(),
            last_error: message,
            last_error_kind: "unknown_outcome",
          },
          attempts,
        })
      }
      return new StepResponse<ClaimOutcome>({
        patch: {
          status: "failed",
          next_attempt_at: null,
          last_error: message,
          last_error_kind: judged.kind,
        },
        attempts,
      })
    }
  }
)
