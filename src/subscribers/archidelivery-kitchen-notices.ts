import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import {
  KITCHEN_OFFLINE_EVENT,
  KITCHEN_ONLINE_EVENT,
  ORDER_SYNC_PROBLEM_EVENT,
  type KitchenOfflineEvent,
  type KitchenOnlineEvent,
  type OrderSyncProblemEvent,
} from "../lib/shared/events"
import { notifyStaffWorkflow } from "../workflows/kitchen/notify-staff"

type Payload = KitchenOfflineEvent | KitchenOnlineEvent | OrderSyncProblemEvent

/**
 * Staff hear about what needs them: the kitchen offline and back, an order
 * that failed or waits for a person. Each notice links to what to open.
 */
export default async function archideliveryKitchenNotices({
  event: { name, data },
  container,
}: SubscriberArgs<Payload>) {
  if (name === ORDER_SYNC_PROBLEM_EVENT) {
    const problem = data as OrderSyncProblemEvent
    await notifyStaffWorkflow(container).run({
      input: {
        kind:
          problem.status === "failed" ? "order_failed" : "order_needs_review",
        order_id: problem.order_id,
        error: problem.error,
        key: `${problem.status}:${problem.order_id}:${problem.error ?? ""}`,
      },
    })
    return
  }
  const outage = data as KitchenOfflineEvent & Partial<KitchenOnlineEvent>
  const offline = name === KITCHEN_OFFLINE_EVENT
  await notifyStaffWorkflow(container).run({
    input: {
      kind: offline ? "kitchen_offline" : "kitchen_online",
      started_at: outage.started_at,
      ended_at: outage.ended_at ?? null,
      error: outage.last_error ?? null,
      key: `${offline ? "offline" : "online"}:${outage.outage_id}`,
    },
  })
}

export const config: SubscriberConfig = {
  event: [
    KITCHEN_OFFLINE_EVENT,
    KITCHEN_ONLINE_EVENT,
    ORDER_SYNC_PROBLEM_EVENT,
  ],
  context: { subscriberId: "archidelivery-kitchen-notices" },
}
