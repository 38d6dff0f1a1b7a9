// Runs inside `medusa exec`, driven by bench/import.js: the memory of one
// side alone (BENCH_MEMORY_SIDE: the import or the baseline) in an app of its
// own, so neither side meets a heap the other has grown. After the warm-up,
// per round (BENCH_REPEATS), a new menu without sizes of the given size:
// peak RSS over the app at rest just before it. Then once, untimed, what
// the same menu allocates, collected or not.
import { writeFileSync } from "node:fs"
import type { ExecArgs } from "@medusajs/framework/types"
import {
  allocatedBy,
  MB,
  menuOf,
  prepareImportSides,
  withPeakRss,
} from "./import-sides"

// Plain JavaScript shared by every benchmark.
const { repeated, summarize } = require("./stats") as typeof import("./stats")

export default async function importMemoryScenario({
  container,
  args,
}: ExecArgs) {
  const control = process.env.BENCH_CONTROL_URL
  const out = process.env.BENCH_OUT
  const side = process.env.BENCH_MEMORY_SIDE
  const size = Number(args[0])
  if (!control || !out || (side !== "import" && side !== "baseline")) {
    throw new Error(
      "run through bench/import.js (BENCH_CONTROL_URL, BENCH_OUT, BENCH_MEMORY_SIDE)"
    )
  }
  const { warmUp, sides } = await prepareImportSides(container, control)
  const { run, after } = sides[side]
  await warmUp()

  let base = 1_000_000
  const figures = await repeated(async () => {
    const menu = menuOf("plain", size, (base += 1_000_000))
    const { rest, peak } = await withPeakRss(() => run(menu))
    await after(menu)
    return { rss_over_rest_mb: (peak - rest) / MB }
  })
  const menu = menuOf("plain", size, (base += 1_000_000))
  const allocated = await allocatedBy(() => run(menu))
  await after(menu)
  writeFileSync(
    out,
    JSON.stringify({ ...figures, allocated_mb: summarize([allocated / MB]) })
  )
}
