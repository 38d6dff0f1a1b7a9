#!/usr/bin/env node
// @ts-check
// Menu import benchmark. On a scratch database it migrates Medusa, starts the
// ArchiDelivery emulator, and runs bench/lib/import-scenario.ts in a booted
// app (`medusa exec`). Per menu size, and for a menu without sizes and one
// with them (four rows in ten being two sizes of one dish, imported as one
// product), it times:
// - the baseline: bare createProductsWorkflow making the same products, one
//   run per chunk of 250 rows, the import's own chunk size, one chunk after
//   another (the import batches the same way and runs two chunks at once);
// - the import itself, and its peak resident memory minus the same booted
//   app at rest just before it (after a full collection), and the same
//   for the baseline, since peak RSS counts garbage not yet collected and
//   so needs the baseline beside it;
// - for the menu with sizes, a re-import with nothing changed.
// Each figure is the median of BENCH_REPEATS runs (three) with its spread.
// Then once, untimed, for the menu without sizes: the most the import and
// the baseline keep alive (the heap after a full collection every second,
// over the heap at rest).
// Reports ratios, never a pass/fail. Sizes: BENCH_IMPORT_SIZES
// (default "2000,10000").
const { runScenario } = require("./lib/scratch")
const { figureOf, recordResults } = require("./lib/results")
const { show } = require("./lib/stats")

const sizes = (process.env.BENCH_IMPORT_SIZES ?? "2000,10000")
  .split(",")
  .map((s) => Number(s.trim()))
  .filter((n) => Number.isInteger(n) && n > 0)

const KINDS = /** @type {const} */ (["plain", "sizes"])
const LABEL = { plain: "no sizes", sizes: "with sizes" }

async function main() {
  const figures = await runScenario({
    name: "import",
    scenario: "bench/lib/import-scenario.ts",
    args: sizes.map(String),
    heading: `migrating a scratch database for ${sizes.join(" and ")} menu items…`,
    // The scenario measures memory at rest after a full collection.
    nodeOptions: "--expose-gc",
  })
  report(figures)
}

/** @param {Record<string, ReturnType<typeof import("./lib/stats").summarize>>} r */
function report(r) {
  /** @type {Record<string, import("./lib/results").Figure>} */
  const figures = {}
  const rows = []
  for (const n of sizes) {
    for (const kind of KINDS) {
      const k = `${kind}_${n}`
      const name = `import_${kind === "sizes" ? "" : "no_sizes_"}${n}`
      figures[`${name}_vs_create_products_per_chunk`] = figureOf(
        r[`${k}_vs_baseline`],
        "× createProductsWorkflow per chunk of 250 (goal ≤ 1.0)"
      )
      figures[`${name}_seconds`] = figureOf(r[`${k}_import_s`], "s")
      figures[`${name}_baseline_seconds`] = figureOf(r[`${k}_baseline_s`], "s")
      figures[`${name}_rss_over_rest`] = figureOf(
        r[`${k}_rss_over_rest_mb`],
        "MB peak RSS over the app at rest (goal ≤ 150)"
      )
      figures[`${name}_baseline_rss_over_rest`] = figureOf(
        r[`${k}_baseline_rss_over_rest_mb`],
        "MB peak RSS of the baseline over the app at rest"
      )
      figures[`${name}_peak_rss`] = figureOf(
        r[`${k}_peak_rss_mb`],
        "MB peak RSS, whole process"
      )
      if (r[`${k}_reimport_vs_import`]) {
        figures[`re${name}_vs_import`] = figureOf(
          r[`${k}_reimport_vs_import`],
          "× first import (goal ≤ 0.1)"
        )
      }
      rows.push({
        items: n,
        menu: LABEL[kind],
        "baseline s (createProducts per chunk of 250)": show(
          r[`${k}_baseline_s`]
        ),
        "import s": show(r[`${k}_import_s`]),
        "import ÷ baseline": show(r[`${k}_vs_baseline`]),
        "re-import ÷ import": r[`${k}_reimport_vs_import`]
          ? show(r[`${k}_reimport_vs_import`])
          : "",
        "peak RSS − rest MB": show(r[`${k}_rss_over_rest_mb`], 0),
        "baseline peak RSS − rest MB": show(
          r[`${k}_baseline_rss_over_rest_mb`],
          0
        ),
        "rest RSS MB": show(r[`${k}_rest_rss_mb`], 0),
      })
    }
  }
  console.log("median (lowest–highest) of each figure's runs")
  console.table(rows)
  const live = sizes
    .filter((n) => r[`plain_${n}_import_live_heap_mb`])
    .map((n) => {
      const of = (/** @type {string} */ side) =>
        r[`plain_${n}_${side}_live_heap_mb`]
      figures[`import_no_sizes_${n}_live_heap`] = figureOf(
        of("import"),
        "MB most kept alive over the heap at rest (one run)"
      )
      figures[`import_no_sizes_${n}_baseline_live_heap`] = figureOf(
        of("baseline"),
        "MB most the baseline kept alive over the heap at rest (one run)"
      )
      return {
        items: n,
        "import keeps alive MB": show(of("import"), 0),
        "baseline keeps alive MB": show(of("baseline"), 0),
      }
    })
  if (live.length) {
    console.log(
      "most kept alive (heap after a full collection, every second) over the heap at rest, one untimed run"
    )
    console.table(live)
  }
  recordResults(figures)
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
