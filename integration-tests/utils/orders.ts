// Order-sync fixtures: orders made with Medusa's own order workflow, linked
// dishes, queue rows, and helpers that move the queue's clock forward (rather
// than sleeping through backoffs and grace periods).
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createOrderWorkflow } from "@medusajs/medusa/core-flows"
import { ARCHIDELIVERY_MODULE } from "../../src/modules/archidelivery"
import type ArchiDeliveryModuleService from "../../src/modules/archidelivery/service"
import type { OrderSyncDTO } from "../../src/modules/archidelivery/types"
import type { StoreFixture } from "./store"

export const archi = (container: MedusaContainer) =>
  container.resolve<ArchiDeliveryModuleService>(ARCHIDELIVERY_MODULE)

/** Emulator menu ids for the fixture's dishes, in order (all active). */
export const MENU_IDS = ["101", "301", "401"]

/** Links each fixture dish (variant and product) to an emulator menu row. */
export async function linkDishes(
  container: MedusaContainer,
  store: StoreFixture,
  menuIds = MENU_IDS
) {
  await archi(container).createProductLinks(
    store.dishes.slice(0, menuIds.length).map((d, i) => ({
      archidelivery_id: menuIds[i],
      product_id: d.product_id,
      variant_id: d.variant_id,
      imported_name: d.title,
      imported_price: d.price,
      imported_at: new Date(),
      approved: true,
    }))
  )
}

export const GUEST_ADDRESS = {
  first_name: "Олена",
  last_name: "Коваленко",
  address_1: "вул. Саксаганського, 41",
  address_2: "кв. 12",
  city: "Київ",
  country_code: "ua",
  postal_code: "01033",
  phone: "+380 93 765 43 21",
  metadata: { entrance: "2", floor: "5", intercom: "12К" },
}

export interface OrderInput {
  /** Indexes of store.dishes; default the first two. */
  dishes?: number[]
  email?: string
  customer_id?: string
  address?: Record<string, unknown>
  metadata?: Record<string, unknown>
  pickup?: boolean
}

/** An order placed through Medusa's createOrderWorkflow (no event, no queue row). */
export async function createOrder(
  container: MedusaContainer,
  store: StoreFixture,
  input: OrderInput = {}
) {
  const dishes = input.dishes ?? [0, 1]
  const address = input.address ?? GUEST_ADDRESS
  const { result } = await createOrderWorkflow(container).run({
    input: {
      region_id: store.region_id,
      sales_channel_id: store.sales_channel_id,
      email: input.email ?? "olena@example.com",
      customer_id: input.customer_id,
      currency_code: "uah",
      items: dishes.map((i) => ({
        variant_id: store.dishes[i].variant_id,
        quantity: i + 1,
        title: store.dishes[i].title,
        unit_price: store.dishes[i].price,
      })),
      shipping_address: address,
      billing_address: address,
      shipping_methods: [
        {
          name: input.pickup ? "Самовивіз" : "Кур'єр",
          amount: input.pickup ? 0 : 60,
          shipping_option_id: input.pickup
            ? store.pickup_option_id
            : store.delivery_option_id,
        },
      ],
      metadata: input.metadata ?? {
        comment: "Без цибулі, будь ласка",
        persons: 2,
      },
    } as any,
  })
  return result as unknown as { id: string; display_id: number }
}

/** Queues orders the way order.placed would, without the event (no push-on-place). */
export async function queueOrders(
  container: MedusaContainer,
  orders: { id: string; display_id: number }[]
) {
  return archi(container).enqueueOrderSyncs(
    orders.map((o) => ({ order_id: o.id, display_id: o.display_id }))
  )
}

export async function createQueuedOrders(
  container: MedusaContainer,
  store: StoreFixture,
  count: number,
  input: OrderInput = {},
  parallel = 4
) {
  const orders: { id: string; display_id: number }[] = []
  for (let i = 0; i < count; i += parallel) {
    // Distinct e-mails: guests with one e-mail race to create the same customer.
    const batch = await Promise.all(
      Array.from({ length: Math.min(parallel, count - i) }, (_, j) =>
        createOrder(container, store, {
          email: `guest-${Date.now().toString(36)}-${i + j}@example.com`,
          ...input,
        })
      )
    )
    orders.push(...batch)
  }
  await queueOrders(container, orders)
  return orders
}

export async function syncRow(
  container: MedusaContainer,
  orderId: string
): Promise<OrderSyncDTO> {
  const [row] = await archi(container).listOrderSyncs({ order_id: orderId })
  return row as unknown as OrderSyncDTO
}

export async function syncRows(
  container: MedusaContainer
): Promise<OrderSyncDTO[]> {
  return (await archi(container).listOrderSyncs(
    {},
    { take: 10_000 }
  )) as unknown as OrderSyncDTO[]
}

const knex = (container: MedusaContainer) =>
  container.resolve(ContainerRegistrationKeys.PG_CONNECTION)

/**
 * Moves the queue's clock forward: every waiting row is due now and every
 * attempt is an hour older, so backoffs and reconciliation grace periods are
 * over without the test sleeping through them.
 */
export async function fastForward(container: MedusaContainer) {
  const db = knex(container)
  await db.raw(
    `UPDATE archidelivery_order_attempt SET created_at = created_at - interval '1 hour' WHERE deleted_at IS NULL`
  )
  await db.raw(
    `UPDATE archidelivery_order_sync SET next_attempt_at = now() - interval '1 second'
     WHERE status = 'queued' AND next_attempt_at IS NOT NULL AND deleted_at IS NULL`
  )
}

/** Emulator orders whose comment ends with this order's marker. */
export const emulatorOrdersFor = (
  emulator: {
    state: { orders: { id: number; params: Record<string, string> }[] }
  },
  displayId: number
) =>
  emulator.state.orders.filter((o) =>
    new RegExp(`(^|\\s)#${displayId}$`).test(o.params.comment ?? "")
  )

export async function waitFor<T>(
  what: string,
  fn: () => Promise<T | undefined | false> | T | undefined | false,
  ms = 30_000
) {
  const end = Date.now() + ms
  for (;;) {
    const value = await fn()
    if (value) {
      return value as T
    }
    if (Date.now() > end) {
      throw new Error(`timed out waiting for ${what}`)
    }
    await new Promise((r) => setTimeout(r, 100))
  }
}

/** Makes every waiting row due now, leaving attempt times (grace periods) alone. */
export async function dueNow(container: MedusaContainer) {
  await knex(container).raw(
    `UPDATE archidelivery_order_sync SET next_attempt_at = now() - interval '1 second'
     WHERE status = 'queued' AND next_attempt_at IS NOT NULL AND deleted_at IS NULL`
  )
}

/** A small seeded PRNG (mulberry32): the same faults fire for the same seed. */
export function seededRandom(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * Like useEmulator, with the emulator's fault dice seeded: call at the top of
 * a spec, before medusaIntegrationTestRunner.
 */
export function useSeededEmulator(
  seed: number,
  env: Record<string, string> = {}
) {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { createEmulator } = require("../../emulator")
  const emulator = createEmulator({
    port: 0,
    controlPort: 0,
    host: "127.0.0.1",
    random: seededRandom(seed),
  })
  Object.assign(process.env, { ARCHIDELIVERY_JOBS: "off", ...env })
  beforeAll(async () => {
    await emulator.start()
    process.env.ARCHIDELIVERY_URL = emulator.url
  })
  beforeEach(() => emulator.reset())
  afterAll(async () => {
    await emulator.stop()
  })
  return emulator as {
    url: string
    state: { orders: { id: number; params: Record<string, string> }[] }
    requests: {
      method: string
      params: Record<string, string>
      query: string
    }[]
    setFaults: (f: Record<string, unknown>) => Promise<unknown>
    clearFaults: () => Promise<unknown>
  }
}
