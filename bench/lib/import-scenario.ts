// Runs inside `medusa exec` (a booted app on a scratch database), driven by
// bench/import.js. Per round (BENCH_REPEATS, three by default) and menu size,
// for a menu without sizes and one with them: the bare createProductsWorkflow
// baseline (the same products, one workflow run per chunk of the import's
// chunk size, as the import batches them), the ArchiDelivery import with its
// peak memory over the same app at rest, and for the menu with sizes a
// re-import with nothing changed. Writes each figure's median and spread.
import { writeFileSync } from "node:fs"
import type { ExecArgs } from "@medusajs/framework/types"
import {
  MB,
  MENU_KINDS,
  menuOf,
  prepareImportSides,
  restingRss,
  timed,
  withLiveHeap,
  withPeakRss,
} from "./import-sides"

// Plain JavaScript shared by every benchmark.
const { repeated, summarize } = require("./stats") as typeof import("./stats")

export default async function importScenario({ container, args }: ExecArgs) {
  const control = process.env.BENCH_CONTROL_URL
  const out = process.env.BENCH_OUT
  if (!control || !out) {
    throw new Error(
      "run through bench/import.js (BENCH_CONTROL_URL and BENCH_OUT)"
    )
  }
  const sizes = args.map(Number).filter((n) => n > 0)
  const { createDirectly, runImport, approveAll, forgetLinks, warmUp, sides } =
    await prepareImportSides(container, control)
  await warmUp()

  let base = 1_000_000
  const figures = await repeated(async (round) => {
    const results: Record<string, number> = {}
    for (const size of sizes) {
      for (const kind of MENU_KINDS) {
        const menu = menuOf(kind, size, (base += 1_000_000))
        const key = `${kind}_${size}`
        // Which side goes first alternates by round, so neither always
        // meets the fuller database.
        const measureImport = async () => {
          const first = await withPeakRss(() => runImport(menu))
          if (first.result.created !== size) {
            throw new Error(
              `first import created ${first.result.created} of ${size}`
            )
          }
          results[`${key}_import_s`] = first.seconds
          results[`${key}_rest_rss_mb`] = first.rest / MB
          results[`${key}_peak_rss_mb`] = first.peak / MB
          results[`${key}_rss_over_rest_mb`] = (first.peak - first.rest) / MB
        }
        const measureBaseline = async () => {
          const direct = await withPeakRss(() => createDirectly(menu))
          results[`${key}_baseline_s`] = direct.seconds
          results[`${key}_baseline_rss_over_rest_mb`] =
            (direct.peak - direct.rest) / MB
        }
        if (round % 2) {
          await measureImport()
          await measureBaseline()
        } else {
          await measureBaseline()
          await measureImport()
        }
        results[`${key}_vs_baseline`] =
          results[`${key}_import_s`] / results[`${key}_baseline_s`]
        if (kind === "sizes") {
          await approveAll(menu)
          const again = await timed(() => runImport(menu))
          if (again.result.unchanged !== size) {
            throw new Error(
              `re-import left ${again.result.unchanged} of ${size} unchanged`
            )
          }
          results[`${key}_reimport_s`] = again.seconds
          results[`${key}_reimport_vs_import`] =
            again.seconds / results[`${key}_import_s`]
        }
        await forgetLinks(menu)
      }
    }
    return results
  })

  // Once, untimed, for the menu without sizes: what the import and the
  // baseline keep alive at most, over the heap at rest.
  const live: Record<string, ReturnType<typeof summarize>> = {}
  if ((globalThis as { gc?: () => void }).gc) {
    for (const size of sizes) {
      for (const [side, { run, after }] of Object.entries(sides)) {
        const menu = menuOf("plain", size, (base += 1_000_000))
        await restingRss()
        const rest = process.memoryUsage().heapUsed
        const peak = await withLiveHeap(() => run(menu))
        await after(menu)
        live[`plain_${size}_${side}_live_heap_mb`] = summarize([
          (peak - rest) / MB,
        ])
      }
    }
  }
  writeFileSync(out, JSON.stringify({ ...figures, ...live }))
}
