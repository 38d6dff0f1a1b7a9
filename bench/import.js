#!/usr/bin/env node
// @ts-check
// Menu import benchmark. On a scratch database it migrates Medusa, starts the
// ArchiDelivery emulator, and runs bench/lib/import-scenario.ts in a booted
// app (`medusa exec`): per menu size, bare createProductsWorkflow (baseline),
// the import, and re-imports with nothing changed (median of three). Reports
// ratios, not a pass/fail. Sizes: BENCH_IMPORT_SIZES (default "2000,10000").
// Four rows in ten are dishes in two sizes, imported as one product each.
const { runScenario } = require("./lib/scratch")
const { recordResults, round } = require("./lib/results")

const sizes = (process.env.BENCH_IMPORT_SIZES ?? "2000,10000")
  .split(",")
  .map((s) => Number(s.trim()))
  .filter((n) => Number.isInteger(n) && n > 0)

async function main() {
  const figures = await runScenario({
    name: "import",
    scenario: "bench/lib/import-scenario.ts",
    args: sizes.map(String),
    heading: `migrating a scratch database for ${sizes.join(" and ")} menu items…`,
  })
  report(figures)
}

/** @param {Record<string, number>} r */
function report(r) {
  /** @type {Record<string, { value: number, unit: string }>} */
  const figures = {}
  const rows = sizes.map((n) => {
    const ratio = r[`import_${n}_s`] / r[`baseline_${n}_s`]
    const again = r[`reimport_${n}_s`] / r[`import_${n}_s`]
    figures[`import_${n}_vs_create_products`] = {
      value: round(ratio),
      unit: "× baseline (goal ≤ 1.3)",
    }
    figures[`reimport_${n}_vs_import`] = {
      value: round(again),
      unit: "× first import (goal ≤ 0.15)",
    }
    figures[`import_${n}_seconds`] = {
      value: round(r[`import_${n}_s`]),
      unit: "s",
    }
    figures[`import_${n}_peak_rss`] = {
      value: Math.round(r[`import_${n}_peak_rss_mb`]),
      unit: "MB",
    }
    return {
      items: n,
      "baseline s": round(r[`baseline_${n}_s`]),
      "import s": round(r[`import_${n}_s`]),
      "import ÷ baseline": round(ratio),
      "re-import s": round(r[`reimport_${n}_s`]),
      "re-import ÷ import": round(again),
      "peak RSS MB": Math.round(r[`import_${n}_peak_rss_mb`]),
    }
  })
  console.table(rows)
  recordResults(figures)
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
