// What both import scenarios measure, in a booted app (`medusa exec`): the
// menus, the two sides (the ArchiDelivery import and the bare
// createProductsWorkflow baseline) and how memory is read.
import { Session } from "node:inspector/promises"
import { performance } from "node:perf_hooks"
import { setTimeout as sleep } from "node:timers/promises"
import type { MedusaContainer } from "@medusajs/framework/types"
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

/** The two menus measured: every row its own dish, and four rows in ten sizes. */
export const MENU_KINDS = ["plain", "sizes"] as const
export type MenuKind = (typeof MENU_KINDS)[number]

// With sizes, of every ten rows four are two pizzas in two sizes (one
// product with two variants each); the rest are dishes of their own.
const sized = (kind: MenuKind, i: number) => kind === "sizes" && i % 10 < 4

/** A menu of `size` rows; `base` keeps the ids of each menu apart. */
export const menuOf = (
  kind: MenuKind,
  size: number,
  base: number
): MenuItem[] =>
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
    active: true,
  }))

const toRow = (m: MenuItem) => ({
  ID: Number(m.archidelivery_id),
  NAME: m.name,
  MGNAME: m.group,
  PRICE: m.price,
  WEIGHT: m.weight,
  ACTIVE: 1,
})

export const MB = 1024 * 1024

const gcOf = () => (globalThis as { gc?: () => void }).gc

/**
 * This process's memory with nothing running: after a full collection when
 * the process has `--expose-gc`, else after a pause.
 */
export async function restingRss(): Promise<number> {
  const gc = gcOf()
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
export async function withPeakRss<T>(
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
export async function withLiveHeap(
  fn: () => Promise<unknown>
): Promise<number> {
  const gc = gcOf()!
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

/**
 * The bytes `fn` allocates, collected or not, as V8's sampling heap profiler
 * estimates them (a sample every 32 KiB). Unlike peak RSS it does not
 * depend on when the collector runs, so two sides compare by it alone.
 */
export async function allocatedBy(fn: () => Promise<unknown>) {
  const session = new Session()
  session.connect()
  try {
    await session.post("HeapProfiler.startSampling", {
      samplingInterval: 32 * 1024,
      includeObjectsCollectedByMajorGC: true,
      includeObjectsCollectedByMinorGC: true,
    })
    await fn()
    const { profile } = await session.post("HeapProfiler.stopSampling")
    type Node = { selfSize: number; children: Node[] }
    const total = (n: Node): number =>
      n.children.reduce((sum, c) => sum + total(c), n.selfSize)
    return total(profile.head as Node)
  } finally {
    session.disconnect()
  }
}

export async function timed<T>(fn: () => Promise<T>) {
  const started = performance.now()
  const result = await fn()
  return { result, seconds: (performance.now() - started) / 1000 }
}

/**
 * Both sides in this app, with what they share made once and not timed:
 * the categories, the sales channel and the shipping profile.
 */
export async function prepareImportSides(
  container: MedusaContainer,
  control: string
) {
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
  const warmUp = async () => {
    for (const [k, kind] of MENU_KINDS.entries()) {
      const warm = menuOf(kind, PRODUCT_IMPORT_CHUNK_SIZE, (k + 1) * 100_000)
      await createDirectly(warm)
      await runImport(warm)
      await forgetLinks(warm)
    }
  }

  // Each side with what must follow it, outside what is measured.
  type Side = {
    run: (menu: MenuItem[]) => Promise<unknown>
    after: (menu: MenuItem[]) => Promise<void>
  }
  const sides: Record<"import" | "baseline", Side> = {
    import: { run: runImport, after: forgetLinks },
    baseline: { run: createDirectly, after: async () => {} },
  }

  return { createDirectly, runImport, approveAll, forgetLinks, warmUp, sides }
}
