import type { MedusaContainer } from "@medusajs/framework/types"
import { createQueueWake, type QueueWake } from "../../lib/orders/queue-wake"
import { ARCHIDELIVERY_MODULE } from "../../modules/archidelivery"

const wakes = new WeakMap<object, QueueWake>()

/** The queue wake of this app (one per module instance, so per process). */
export function orderQueueWake(container: MedusaContainer): QueueWake {
  const key = container.resolve<object>(ARCHIDELIVERY_MODULE)
  let wake = wakes.get(key)
  if (!wake) {
    wake = createQueueWake()
    wakes.set(key, wake)
  }
  return wake
}
