// Runs inside `medusa exec` (a booted app on a scratch database), driven by
// bench/import.js: for each menu size, the bare createProductsWorkflow
// baseline, the ArchiDelivery import, and a re-import of the same menu.
import { writeFileSync } from "node:fs"
import { performance } from "node:perf_hooks"
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

const GROUPS = ["Піца", "Суші", "Роли", "Напої", "Десерти"]

// Of every ten rows, four are two pizzas in two sizes (one product with two
// variants each); the rest are dishes of their own.
const sized = (i: number) => i % 10 < 4

/** A menu of `size` rows; `base` keeps the ids of each size apart. */
const menuOf = (size: number, base: number): MenuItem[] =>
  Array.from({ length: size }, (_, i) => ({
    archidelivery_id: String(base + i),
    name: sized(i)
      ? `Піца «${base + i - (i % 2)}» ${i % 2 ? "40 см" : "30 см"}`
      : `Страва «${base + i}» ${i % 2 ? "30 см" : "0,5 л"}`,
    price: 49 + (i % 400) + (i % 2 ? 0.5 : 0),
    weight: 100 + (i % 900),
    group: sized(i) ? "Піца" : GROUPS[i % GROUPS.length],
  }))

const toRow = (m: MenuItem) => ({
  ID: Number(m.archidelivery_id),
  NAME: m.name,
  MGNAME: m.group,
  PRICE: m.price,
  WEIGHT: m.weight,
  ACTIVE: 1,
})

/** Peak resident memory of this process while `fn` runs. */
async function withPeakRss<T>(
  fn: () => Promise<T>
): Promise<{ result: T; peak: number }> {
  let peak = process.memoryUsage().rss
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss)
  }, 50)
  try {
    const result = await fn()
    return { result, peak: Math.max(peak, process.memoryUsage().rss) }
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

  // The same products the import makes (a dish's sizes as one), grouped as it groups.
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

  // Warm-up, not timed: the first workflow runs pay for loading and compiling.
  const warm = menuOf(PRODUCT_IMPORT_CHUNK_SIZE, 100_000)
  await createDirectly(warm)
  await runImport(warm)

  const results: Record<string, number> = {}
  for (const [k, size] of sizes.entries()) {
    const menu = menuOf(size, (k + 1) * 1_000_000)
    // Baseline: the same products, straight through createProductsWorkflow, same chunk size.
    const baseline = await timed(() => createDirectly(menu))
    const first = await withPeakRss(() => timed(() => runImport(menu)))
    if (first.result.result.created !== size) {
      throw new Error(
        `first import created ${first.result.result.created} of ${size}`
      )
    }

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
    // Nothing changed, so every re-import does the same work: the median of
    // three keeps one noisy moment on a shared machine out of the figure.
    const agains: number[] = []
    for (let i = 0; i < 3; i++) {
      const again = await timed(() => runImport(menu))
      if (again.result.unchanged !== size) {
        throw new Error(
          `re-import left ${again.result.unchanged} of ${size} unchanged`
        )
      }
      agains.push(again.seconds)
    }
    agains.sort((a, b) => a - b)

    results[`baseline_${size}_s`] = baseline.seconds
    results[`import_${size}_s`] = first.result.seconds
    results[`reimport_${size}_s`] = agains[1]
    results[`import_${size}_peak_rss_mb`] = first.peak / 1024 / 1024
  }
  writeFileSync(out, JSON.stringify(results))
}
