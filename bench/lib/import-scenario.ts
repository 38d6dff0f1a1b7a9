// Runs inside `medusa exec` (a booted app on a scratch database), driven by
// bench/import.js. Per round (BENCH_REPEATS, three by default) and menu size,
// for a menu without sizes and one with them: the bare createProductsWorkflow
// baseline (the same products, one workflow run per chunk of the import's
// chunk size, as the import batches them), the ArchiDelivery import with its
// peak memory over the same app at rest, and for the menu with sizes a
// re-import with nothing changed. Writes each figure's median and spread.
import { writeFileSync } from "node:fs"
import { performance } from "node:perf_hooks"
import { setTimeout as sleep } from "node:timers/promises"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  createProductCategoriesWorkflow,
  createProductsWorkflow,
} from "@medusajs/medusa/core-flows"
import {
  categoryHandleOf,
  chunk,
  chunkByGroup,
  planMenuChunk,
  PRODUCT_IMPORT_CHUNK_SIZE,
  productInput,
  withSizes,
  type MenuItem,
} from "../../src/lib/menu"
import { startProductImport } from "../../src/workflows/menu/run-product-import"
import { ARCHIDELIVERY_MODULE } from "../../src/modules/archidelivery"
import type ArchiDeliveryModuleService from "../../src/modules/archidelivery/service"
import { approveProductsWorkflow } from "../../src/workflows/menu/approve-products"

// Plain JavaScript shared by every benchmark.
const { repeated, summarize } = require("./stats") as typeof import("./stats")

const GROUPS = ["Піца", "Суші", "Роли", "Напої", "Десерти"]

/** The two menus measured: every row its own dish, and four rows in ten sizes. */
const MENU_KINDS = ["plain", "sizes"] as const
type MenuKind = (typeof MENU_KINDS)[number]

// With sizes, of every ten rows four are two pizzas in two sizes (one
// product with two variants each); the rest are dishes of their own.
const sized = (kind: MenuKind, i: number) => kind === "sizes" && i % 10 < 4

/** A menu of `size` rows; `base` keeps the ids of each menu apart. */
const menuOf = (kind: MenuKind, size: number, base: number): MenuItem[] =>
  Array.from({ length: size }, (_, i) => ({
    archidelivery_id: String(base + i),
    name: sized(kind, i)
      ? `Піца «${base + i - (i % 2)}» ${i % 2 ? "40 см" : "30 см"}`
      : kind === "sizes"
        ? `Страва «${base + i}» ${i % 2 ? "30 см" : "0,5 л"}`
        : `Страва «${base + i}»`,
    price: 49 + (i % 400) + (i % 2 ? 0.5 : 0),
    weight: 100 + (i % 900),
    group: sized(kind, i) ? "Піца" : GROUPS[i % GROUPS.length],
  }))

const toRow = (m: MenuItem) => ({
  ID: Number(m.archidelivery_id),
  NAME: m.name,
  MGNAME: m.group,
  PRICE: m.price,
  WEIGHT: m.weight,
  ACTIVE: 1,
})

const MB = 1024 * 1024

/**
 * This process's memory with nothing running: after a full collection when
 * the process has `--expose-gc`, else after a pause.
 */
async function restingRss(): Promise<number> {
  const gc = (globalThis as { gc?: () => void }).gc
  if (gc) {
    gc()
    gc()
  }
  await sleep(gc ? 200 : 2000)
  return process.memoryUsage().rss
}

/**
 * Peak resident memory of this process while `fn` runs, with its memory at
 * rest just before and the seconds `fn` took.
 */
async function withPeakRss<T>(
  fn: () => Promise<T>
): Promise<{ result: T; seconds: number; rest: number; peak: number }> {
  const rest = await restingRss()
  let peak = process.memoryUsage().rss
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss)
  }, 50)
  try {
    const started = performance.now()
    const result = await fn()
    const seconds = (performance.now() - started) / 1000
    return {
      result,
      seconds,
      rest,
      peak: Math.max(peak, process.memoryUsage().rss),
    }
  } finally {
    clearInterval(timer)
  }
}

/**
 * The most `fn` keeps alive: the heap after a full collection, taken every
 * second while it runs, at its highest. Peak RSS also counts garbage the
 * collector has not reached yet, which depends on its timing more than on
 * what is held; this does not. Needs `--expose-gc`, and slows `fn`, so it
 * runs apart from the timed runs.
 */
async function withLiveHeap(fn: () => Promise<unknown>): Promise<number> {
  const gc = (globalThis as { gc?: () => void }).gc!
  let live = 0
  const sample = () => {
    gc()
    live = Math.max(live, process.memoryUsage().heapUsed)
  }
  const timer = setInterval(sample, 1000)
  try {
    await fn()
    sample()
    return live
  } finally {
    clearInterval(timer)
  }
}

async function timed<T>(fn: () => Promise<T>) {
  const started = performance.now()
  const result = await fn()
  return { result, seconds: (performance.now() - started) / 1000 }
}

export default async function importScenario({ container, args }: ExecArgs) {
  const control = process.env.BENCH_CONTROL_URL
  const out = process.env.BENCH_OUT
  if (!control || !out) {
    throw new Error(
      "run through bench/import.js (BENCH_CONTROL_URL and BENCH_OUT)"
    )
  }
  const sizes = args.map(Number).filter((n) => n > 0)
  const service =
    container.resolve<ArchiDeliveryModuleService>(ARCHIDELIVERY_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const currency = service.getOptions().currency

  const { data: stores } = await query.graph({
    entity: "store",
    fields: ["default_sales_channel_id"],
  })
  const { data: profiles } = await query.graph({
    entity: "shipping_profile",
    fields: ["id", "type"],
  })
  // Both sides use the same categories, made once and not timed.
  const { result: categories } = await createProductCategoriesWorkflow(
    container
  ).run({
    input: {
      product_categories: GROUPS.map((name) => ({
        name,
        handle: categoryHandleOf(name),
        is_active: true,
      })),
    },
  })
  const ctx = {
    currency_code: currency,
    sales_channel_id: stores[0]?.default_sales_channel_id ?? null,
    shipping_profile_id:
      profiles.find((p: any) => p.type === "default")?.id ??
      profiles[0]?.id ??
      null,
  }

  // The baseline: the same products the import makes (a dish's sizes as
  // one), one createProductsWorkflow run per chunk, chunked as it chunks.
  const { sizes: sizeOptions } = service.getOptions()
  const createDirectly = async (menu: MenuItem[]) => {
    const rows = withSizes(menu, sizeOptions)
    for (const part of chunkByGroup(rows, PRODUCT_IMPORT_CHUNK_SIZE)) {
      const { create } = planMenuChunk(
        part,
        { links: [], products: [] },
        currency,
        sizeOptions.optionTitle
      )
      const products = create.map((m) => {
        const { external_id, ...p } = productInput(
          { ...m, handle: `bench-${m.archidelivery_id}`, external_id: "" },
          {
            ...ctx,
            category_id: categories.find((c) => c.name === m.group)!.id,
          }
        )
        return p
      })
      await createProductsWorkflow(container).run({ input: { products } })
    }
  }
  const runImport = async (menu: MenuItem[]) => {
    const put = await fetch(`${control}/menu`, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(menu.map(toRow)),
    })
    if (!put.ok) {
      throw new Error(`emulator PUT /menu: ${put.status}`)
    }
    const { product_import, finished } = await startProductImport(container, {
      started_by: "bench",
    })
    await finished
    const run = await service.retrieveProductImport(product_import.id)
    if (run.status !== "completed") {
      throw new Error(`import ${run.id} ${run.status}: ${run.error}`)
    }
    return run.totals as Record<string, number>
  }
  const approveAll = async (menu: MenuItem[]) => {
    const links = await service.listProductLinks(
      { archidelivery_id: menu.map((m) => m.archidelivery_id) },
      { select: ["product_id"], take: null }
    )
    for (const part of chunk(links, 1000)) {
      await approveProductsWorkflow(container).run({
        input: {
          product_ids: part.map((l) => l.product_id!),
          actor_id: "bench",
        },
      })
    }
  }

  // Each menu is new, so the next import would find every link of this one
  // gone from the menu, and flag and report each: a shop with thousands of
  // departed dishes, not the import measured. Its links go once it is done
  // (its products stay, as the baseline's do).
  const forgetLinks = async (menu: MenuItem[]) => {
    for (const part of chunk(menu, 1000)) {
      const links = await service.listProductLinks(
        { archidelivery_id: part.map((m) => m.archidelivery_id) },
        { select: ["id"], take: null }
      )
      if (links.length) {
        await service.deleteProductLinks(links.map((l) => l.id))
      }
    }
  }

  // Warm-up, not timed: the first workflow runs pay for loading and compiling.
  for (const [k, kind] of MENU_KINDS.entries()) {
    const warm = menuOf(kind, PRODUCT_IMPORT_CHUNK_SIZE, (k + 1) * 100_000)
    await createDirectly(warm)
    await runImport(warm)
    await forgetLinks(warm)
  }

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
      const sides = {
        import: (menu: MenuItem[]) => runImport(menu),
        baseline: (menu: MenuItem[]) => createDirectly(menu),
      }
      for (const [side, run] of Object.entries(sides)) {
        const menu = menuOf("plain", size, (base += 1_000_000))
        await restingRss()
        const rest = process.memoryUsage().heapUsed
        const peak = await withLiveHeap(() => run(menu))
        if (side === "import") {
          await forgetLinks(menu)
        }
        live[`plain_${size}_${side}_live_heap_mb`] = summarize([
          (peak - rest) / MB,
        ])
      }
    }
  }
  writeFileSync(out, JSON.stringify({ ...figures, ...live }))
}
