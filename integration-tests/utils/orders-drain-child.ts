// Run with `medusa exec` by the crash test: one drain in its own process,
// which the test kills with SIGKILL while orders are in flight.
import type { ExecArgs } from "@medusajs/framework/types"
import { runOrderDrain } from "../../src/workflows/orders/drain-order-queue"

export default async function drainChild({ container }: ExecArgs) {
  console.log("drain-child: draining")
  const result = await runOrderDrain(container, { maxRounds: 100 })
  console.log(`drain-child: done ${JSON.stringify(result)}`)
}
