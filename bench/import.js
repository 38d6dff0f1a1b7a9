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
// Then the memory of each side alone, in an app of its own, for the largest
// menu without sizes: peak RSS over the app at rest (per round), and once
// the bytes it allocates, collected or not (V8's sampling heap profiler),
// which does not depend on when the collector runs. Once with V8's heap
// limit for this machine, once with the limit V8 gives a 4 GiB machine
// (BENCH_HEAP_CAP_MB, 1024): V8 lets garbage pile up in proportion to the
// limit, so peak RSS follows the machine more than the import.
// Reports ratios, never a pass/fail. Sizes: BENCH_IMPORT_SIZES
// (default "2000,10000"); BENCH_IMPORT_PARTS picks "timed", "memory" or
// both (default "timed,memory").
const { runScenario } = require("./lib/scratch")
const { figureOf, recordResults } = require("./lib/results")
const { show, summarize } = require("./lib/stats")

const sizes = (process.env.BENCH_IMPORT_SIZES ?? "2000,10000")
  .split(",")
  .map((s) => Number(s.trim()))
  .filter((n) => Number.isInteger(n) && n > 0)

const KINDS = /** @type {const} */ (["plain", "sizes"])
const LABEL = { plain: "no sizes", sizes: "with sizes" }

const parts = (process.env.BENCH_IMPORT_PARTS ?? "timed,memory").split(",")
const heapCapMb = Number(process.env.BENCH_HEAP_CAP_MB ?? 1024)

async function main() {
  if (parts.includes("timed")) {
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
  if (parts.includes("memory") && sizes.length) {
    await memory(Math.max(...sizes))
  }
}

/** Each side's memory in an app of its own, under both heap limits. */
async function memory(/** @type {number} */ n) {
  /** @type {Record<string, import("./lib/results").Figure>} */
  const figures = {}
  const rows = []
  const limits = [
    { label: "this machine's", key: "", options: "" },
    {
      label: `${heapCapMb} MB`,
      key: `_heap_${heapCapMb}`,
      options: ` --max-old-space-size=${heapCapMb}`,
    },
  ]
  for (const limit of limits) {
    /** @type {Record<string, Record<string, ReturnType<typeof import("./lib/stats").summarize>>>} */
    const of = {}
    for (const side of ["import", "baseline"]) {
      of[side] = await runScenario({
        name: `import_memory_${side}`,
        scenario: "bench/lib/import-memory-scenario.ts",
        args: [String(n)],
        heading: `migrating a scratch database for the ${side}'s memory alone, ${n} menu items, heap limit ${limit.label}…`,
        nodeOptions: `--expose-gc${limit.options}`,
        env: { BENCH_MEMORY_SIDE: side },
      })
    }
    const name = `import_no_sizes_${n}${limit.key}`
    figures[`${name}_alone_rss_over_rest`] = figureOf(
      of.import.rss_over_rest_mb,
      `MB peak RSS over the app at rest, the import alone, heap limit ${limit.label} (goal ≤ 150)`
    )
    figures[`${name}_baseline_alone_rss_over_rest`] = figureOf(
      of.baseline.rss_over_rest_mb,
      `MB peak RSS over the app at rest, the baseline alone, heap limit ${limit.label}`
    )
    const allocated = summarize([
      of.import.allocated_mb.median / of.baseline.allocated_mb.median,
    ])
    figures[`${name}_allocated_vs_baseline`] = figureOf(
      allocated,
      `× the baseline's bytes allocated, heap limit ${limit.label} (one run each)`
    )
    rows.push({
      "heap limit": limit.label,
      "import peak RSS − rest MB": show(of.import.rss_over_rest_mb, 0),
      "baseline peak RSS − rest MB": show(of.baseline.rss_over_rest_mb, 0),
      "import allocates MB": show(of.import.allocated_mb, 0),
      "baseline allocates MB": show(of.baseline.allocated_mb, 0),
      "allocated ÷ baseline": show(allocated),
    })
  }
  console.log(
    `${n} menu items without sizes, each side in an app of its own: median (lowest–highest) of its runs; bytes allocated, one run`
  )
  console.table(rows)
  recordResults(figures)
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
