import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createCoalescingRunner } from "../../lib/shared/coalescing-runner"
import {
  ARCHIDELIVERY_MODULE,
  archiDeliveryService,
} from "../../modules/archidelivery"
import { errorMessage } from "../../lib/shared/error-message"
import { LockBusyError, LockFailedError } from "../../lib/shared/locks"
import { drainOrderQueue } from "./drain-order-queue"

/** How long a background drain waits for a running one (which may take the order anyway). */
const LOCK_WAIT_SECONDS = 5

const runners = new WeakMap<object, ReturnType<typeof createCoalescingRunner>>()

/** The push-on-place runner of this app (one per module instance, so per process). */
export function orderDrainRunner(container: MedusaContainer) {
  const key = container.resolve<object>(ARCHIDELIVERY_MODULE)
  let runner = runners.get(key)
  if (!runner) {
    runner = createCoalescingRunner(async () => {
      try {
        await drainOrderQueue(container, {
          lockTimeoutSeconds: LOCK_WAIT_SECONDS,
        })
      } catch (e) {
        // Busy: the running drain or the next minute job sends it. A lock
        // failure was logged where it happened.
        if (!(e instanceof LockBusyError || e instanceof LockFailedError)) {
          container
            .resolve(ContainerRegistrationKeys.LOGGER)
            .error(
              `archidelivery: push-on-place drain failed: ${errorMessage(e)}`
            )
        }
      }
    })
    runners.set(key, runner)
  }
  return runner
}

/**
 * Starts a drain outside the caller (an event handler returns at once, so
 * one busy drain never holds up the event bus); coalesced as above. A drain
 * running in this process hears of the order first and takes it at once.
 */
export function kickOrderDrain(container: MedusaContainer): void {
  archiDeliveryService(container).announceQueued()
  void orderDrainRunner(container).kick()
}
