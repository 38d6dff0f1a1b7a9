// The demo store, seeded by `npm run demo` through `medusa exec`. Every piece
// is looked up before it is created, so a second run (or a run after one that
// died half-way) changes nothing that is already there.
import type { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createLocationFulfillmentSetWorkflow,
  createRegionsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createUsersWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateProductsWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { startProductImport } from "../src/workflows/menu/run-product-import"
import { ARCHIDELIVERY_MODULE } from "../src/modules/archidelivery"
import type ArchiDeliveryModuleService from "../src/modules/archidelivery/service"
import { approveProductsWorkflow } from "../src/workflows/menu/approve-products"

export const PROVIDER_ID = "archidelivery_archidelivery"
export const DEMO_KEY_TITLE = "ArchiDelivery demo storefront"
const LOCATION_NAME = "Кухня ArchiDelivery"
const FULFILLMENT_SET_NAME = "Доставка ArchiDelivery"
const DISHES_TO_PUBLISH = 12

type Seed = {
  container: MedusaContainer
  query: any
  link: any
  say: (line: string) => void
  changed: string[]
}

export default async function seedDemo({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const seed: Seed = {
    container,
    query: container.resolve(ContainerRegistrationKeys.QUERY),
    link: container.resolve(ContainerRegistrationKeys.LINK),
    say: (line) => logger.info(`demo seed: ${line}`),
    changed: [],
  }
  const store = await ensureStoreCurrency(seed)
  const salesChannelId: string = store.default_sales_channel_id
  await ensureRegion(seed)
  await ensurePublishableKey(seed, salesChannelId)
  const locationId = await ensureStockLocation(seed, salesChannelId)
  const zoneId = await ensureServiceZone(seed, locationId)
  await ensureShippingOptions(seed, zoneId)
  const adminId = await ensureAdmin(seed)
  await ensureMenu(seed)
  await ensurePublishedDishes(seed, adminId)
  seed.say(
    seed.changed.length
      ? `done (${seed.changed.join(", ")})`
      : "already seeded, nothing changed"
  )
}

async function ensureStoreCurrency(seed: Seed) {
  const {
    data: [store],
  } = await seed.query.graph({
    entity: "store",
    fields: ["id", "default_sales_channel_id", "supported_currencies.*"],
  })
  const currencies: { currency_code: string; is_default: boolean }[] =
    store.supported_currencies ?? []
  const uahDefault = currencies.some(
    (c) => c.currency_code === "uah" && c.is_default
  )
  if (!uahDefault) {
    await updateStoresWorkflow(seed.container).run({
      input: {
        selector: { id: store.id },
        update: {
          name: "ArchiDelivery demo",
          supported_currencies: [{ currency_code: "uah", is_default: true }],
        },
      },
    })
    seed.changed.push("store currency UAH")
  }
  return store
}

async function ensureRegion(seed: Seed) {
  // A country belongs to one region at most: any region holding UA will do.
  const { data: regions } = await seed.query.graph({
    entity: "region",
    fields: ["id", "name", "countries.iso_2"],
  })
  const existing = regions.find((r: any) =>
    (r.countries ?? []).some((c: any) => c.iso_2 === "ua")
  )
  if (existing) return existing.id
  const {
    result: [region],
  } = await createRegionsWorkflow(seed.container).run({
    input: {
      regions: [
        {
          name: "Україна",
          currency_code: "uah",
          countries: ["ua"],
          payment_providers: ["pp_system_default"],
        },
      ],
    },
  })
  seed.changed.push("region Україна")
  return region.id
}

async function ensurePublishableKey(seed: Seed, salesChannelId: string) {
  const { data: keys } = await seed.query.graph({
    entity: "api_key",
    fields: ["id", "token", "revoked_at"],
    filters: { title: DEMO_KEY_TITLE, type: "publishable" },
  })
  const live = keys.find((k: any) => !k.revoked_at)
  if (live) return live.token
  const {
    result: [key],
  } = await createApiKeysWorkflow(seed.container).run({
    input: {
      api_keys: [
        { title: DEMO_KEY_TITLE, type: "publishable", created_by: "" },
      ],
    },
  })
  await linkSalesChannelsToApiKeyWorkflow(seed.container).run({
    input: { id: key.id, add: [salesChannelId] },
  })
  seed.changed.push("publishable key")
  return key.token
}

async function ensureStockLocation(seed: Seed, salesChannelId: string) {
  const { data: found } = await seed.query.graph({
    entity: "stock_location",
    fields: ["id"],
    filters: { name: LOCATION_NAME },
  })
  if (found.length) return found[0].id as string
  const {
    result: [location],
  } = await createStockLocationsWorkflow(seed.container).run({
    input: {
      locations: [
        {
          name: LOCATION_NAME,
          address: {
            address_1: "вул. Верхній Вал, 24",
            city: "Київ",
            country_code: "UA",
          },
        },
      ],
    },
  })
  await linkSalesChannelsToStockLocationWorkflow(seed.container).run({
    input: { id: location.id, add: [salesChannelId] },
  })
  // The admin's "Fulfillment providers" of the location: ours and Medusa's manual one.
  for (const provider of [PROVIDER_ID, "manual_manual"]) {
    await seed.link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
      [Modules.FULFILLMENT]: { fulfillment_provider_id: provider },
    })
  }
  seed.changed.push("stock location")
  return location.id as string
}

async function ensureServiceZone(seed: Seed, locationId: string) {
  const { data: sets } = await seed.query.graph({
    entity: "fulfillment_set",
    fields: ["id", "service_zones.id"],
    filters: { name: FULFILLMENT_SET_NAME },
  })
  if (sets[0]?.service_zones?.[0]) return sets[0].service_zones[0].id as string
  await createLocationFulfillmentSetWorkflow(seed.container).run({
    input: {
      location_id: locationId,
      fulfillment_set_data: { name: FULFILLMENT_SET_NAME, type: "shipping" },
    },
  })
  const fulfillment = seed.container.resolve(Modules.FULFILLMENT)
  const [set] = await fulfillment.listFulfillmentSets({
    name: FULFILLMENT_SET_NAME,
  })
  const zone = await fulfillment.createServiceZones({
    name: "Україна",
    fulfillment_set_id: set.id,
    geo_zones: [{ country_code: "ua", type: "country" }],
  })
  seed.changed.push("fulfillment set")
  return zone.id
}

async function defaultShippingProfileId(seed: Seed) {
  const { data: profiles } = await seed.query.graph({
    entity: "shipping_profile",
    fields: ["id", "type"],
  })
  const found = profiles.find((p: any) => p.type === "default") ?? profiles[0]
  if (found) return found.id as string
  const {
    result: [profile],
  } = await createShippingProfilesWorkflow(seed.container).run({
    input: { data: [{ name: "Default Shipping Profile", type: "default" }] },
  })
  seed.changed.push("shipping profile")
  return profile.id as string
}

type Offered = { id: string; type: string; point_id?: string; name?: string }

const sameOption = (a: Record<string, any>, b: Offered) =>
  a?.type === b.type &&
  (b.type !== "pickup" || String(a.point_id) === String(b.point_id))

/** Courier delivery, and pickup at every point ArchiDelivery offers. */
async function ensureShippingOptions(seed: Seed, zoneId: string) {
  const fulfillment = seed.container.resolve(Modules.FULFILLMENT)
  const offered = (await fulfillment.retrieveFulfillmentOptions(
    PROVIDER_ID
  )) as Offered[]
  const { data: existing } = await seed.query.graph({
    entity: "shipping_option",
    fields: ["id", "data"],
    filters: { service_zone_id: zoneId, provider_id: PROVIDER_ID },
  })
  const missing = offered.filter(
    (o) => !existing.some((e: any) => sameOption(e.data, o))
  )
  if (!missing.length) return
  const profileId = await defaultShippingProfileId(seed)
  const rules = [
    { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
    { attribute: "is_return", value: "false", operator: "eq" as const },
  ]
  await createShippingOptionsWorkflow(seed.container).run({
    input: missing.map((o) => {
      const pickup = o.type === "pickup"
      const name = o.name ?? (pickup ? `Самовивіз ${o.point_id}` : "Кур'єр")
      return {
        name,
        price_type: "calculated" as const,
        provider_id: PROVIDER_ID,
        service_zone_id: zoneId,
        shipping_profile_id: profileId,
        type: {
          label: name,
          description: name,
          code: pickup
            ? `archidelivery-pickup-${o.point_id}`
            : "archidelivery-delivery",
        },
        data: o as unknown as Record<string, unknown>,
        rules,
      }
    }),
  })
  seed.changed.push(`${missing.length} shipping option(s)`)
}

async function ensureAdmin(seed: Seed) {
  const email = process.env.DEMO_ADMIN_EMAIL || "admin@example.com"
  const password = process.env.DEMO_ADMIN_PASSWORD || "supersecret"
  const users = seed.container.resolve(Modules.USER)
  const [existing] = await users.listUsers({ email })
  if (existing) return existing.id
  // What `medusa user` does: the user, then a hashed email/password identity.
  const {
    result: [user],
  } = await createUsersWorkflow(seed.container).run({
    input: { users: [{ email }] },
  })
  const auth = seed.container.resolve(Modules.AUTH)
  const { authIdentity, error } = await auth.register("emailpass", {
    body: { email, password },
  } as any)
  if (error || !authIdentity) {
    throw new Error(`could not create the admin login ${email}: ${error}`)
  }
  await auth.updateAuthIdentities({
    id: authIdentity.id,
    app_metadata: { user_id: user.id },
  })
  seed.changed.push(`admin ${email}`)
  return user.id
}

const archidelivery = (seed: Seed) =>
  seed.container.resolve<ArchiDeliveryModuleService>(ARCHIDELIVERY_MODULE)

/** The menu import an admin would start, run once while no product is linked. */
async function ensureMenu(seed: Seed) {
  const [anyLink] = await archidelivery(seed).listProductLinks({}, { take: 1 })
  if (anyLink) return
  seed.say("importing the ArchiDelivery menu…")
  const { product_import, finished } = await startProductImport(seed.container)
  await finished
  const [run] = await archidelivery(seed).listProductImports({
    id: product_import.id,
  })
  if (run?.status !== "completed") {
    throw new Error(
      `the menu import ${product_import.id} ended ${run?.status}: ${run?.error}`
    )
  }
  const totals = (run.totals ?? {}) as Record<string, number>
  seed.say(
    `menu imported: ${totals.created ?? 0} draft products from ${totals.fetched ?? 0} rows`
  )
  seed.changed.push("menu import")
}

/**
 * Approves and publishes a dozen dishes from several groups, as an admin
 * would after adding photos, so `npm run demo:order` has something to buy.
 */
async function ensurePublishedDishes(seed: Seed, adminId: string) {
  const links = await archidelivery(seed).listProductLinks(
    { missing: false },
    { take: null, order: { archidelivery_id: "ASC" } }
  )
  if (links.some((l) => l.approved) || !links.length) return
  const byGroup = new Map<string, string[]>()
  for (const l of links) {
    const group = l.imported_group ?? ""
    const ids = byGroup.get(group) ?? []
    // The sizes of one dish share its product: count it once.
    if (!l.product_id || ids.includes(l.product_id)) continue
    byGroup.set(group, [...ids, l.product_id])
  }
  // Round-robin over the menu groups: a few pizzas, rolls, drinks…
  const picked: string[] = []
  for (let i = 0; picked.length < DISHES_TO_PUBLISH; i++) {
    const round = [...byGroup.values()].map((ids) => ids[i]).filter(Boolean)
    if (!round.length) break
    picked.push(...round.slice(0, DISHES_TO_PUBLISH - picked.length))
  }
  await approveProductsWorkflow(seed.container).run({
    input: { product_ids: picked, actor_id: adminId },
  })
  await updateProductsWorkflow(seed.container).run({
    input: {
      products: picked.map((id) => ({ id, status: "published" as const })),
    },
  })
  seed.changed.push(`${picked.length} dishes approved and published`)
}
