// A storefront ready to check out with the ArchiDelivery provider: a UAH
// region, a sales channel with a publishable key, a stock location served by
// the provider, calculated courier and pickup shipping options, dishes, and
// customers who can sign in. Create it in beforeEach: the test runner restores
// the database before every test.
import jwt from "jsonwebtoken"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"
import { JWT_SECRET } from "./admin"

export const ARCHIDELIVERY_PROVIDER_ID = "archidelivery_archidelivery"

export interface Dish {
  product_id: string
  variant_id: string
  title: string
  price: number
  /** The ArchiDelivery menu id it is linked to, when linked. */
  archidelivery_id?: string
}

export interface StoreFixture {
  region_id: string
  sales_channel_id: string
  publishable_key: string
  stock_location_id: string
  shipping_profile_id: string
  service_zone_id: string
  /** Calculated shipping options on the ArchiDelivery provider. */
  delivery_option_id: string
  pickup_option_id: string
  /** The pickup option's ArchiDelivery point. */
  pickup_point_id: string
  dishes: Dish[]
  /** Headers every store request needs (the publishable key). */
  headers: Record<string, string>
}

export interface StoreFixtureOptions {
  /** Dish prices in UAH (major units); one product per price. */
  prices?: number[]
  /** Which ArchiDelivery point the pickup option serves; default: the first offered. */
  pickupPointId?: string
  /**
   * ArchiDelivery menu ids to link the dishes to, in order (the emulator's
   * menu has 101 Маргарита, 201 нігірі, 401 Coca-Cola, …), so the order push
   * can send them; default: not linked.
   */
  archideliveryIds?: string[]
}

let seq = 0
const unique = (name: string) =>
  `${name} ${Date.now().toString(36)}${(seq++).toString(36)}`

export async function createStoreFixture(
  container: MedusaContainer,
  opts: StoreFixtureOptions = {}
): Promise<StoreFixture> {
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const fulfillment = container.resolve(Modules.FULFILLMENT)

  const {
    result: [salesChannel],
  } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [{ name: unique("Сайт") }] },
  })

  const {
    result: [region],
  } = await createRegionsWorkflow(container).run({
    input: {
      regions: [
        {
          name: unique("Україна"),
          currency_code: "uah",
          countries: ["ua"],
          payment_providers: ["pp_system_default"],
        },
      ],
    },
  })

  const {
    result: [apiKey],
  } = await createApiKeysWorkflow(container).run({
    input: {
      api_keys: [
        { title: unique("Storefront"), type: "publishable", created_by: "" },
      ],
    },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({
    input: { id: apiKey.id, add: [salesChannel.id] },
  })

  const {
    result: [location],
  } = await createStockLocationsWorkflow(container).run({
    input: {
      locations: [
        {
          name: unique("Кухня"),
          address: {
            address_1: "вул. Верхній Вал, 24",
            city: "Київ",
            country_code: "UA",
          },
        },
      ],
    },
  })
  await linkSalesChannelsToStockLocationWorkflow(container).run({
    input: { id: location.id, add: [salesChannel.id] },
  })
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
    [Modules.FULFILLMENT]: {
      fulfillment_provider_id: ARCHIDELIVERY_PROVIDER_ID,
    },
  })

  const {
    result: [profile],
  } = await createShippingProfilesWorkflow(container).run({
    input: { data: [{ name: unique("Їжа"), type: "default" }] },
  })

  const fulfillmentSet = await fulfillment.createFulfillmentSets({
    name: unique("Доставка Київ"),
    type: "shipping",
    service_zones: [
      { name: "Київ", geo_zones: [{ country_code: "ua", type: "country" }] },
    ],
  })
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
    [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id },
  })
  const serviceZoneId = fulfillmentSet.service_zones[0].id

  // The option objects the admin would pick from the provider's list.
  const offered = (await fulfillment.retrieveFulfillmentOptions(
    ARCHIDELIVERY_PROVIDER_ID
  )) as {
    id: string
    type: string
    point_id?: string
    name?: string
  }[]
  const deliveryData = offered.find((o) => o.type === "delivery")
  const pickupData = opts.pickupPointId
    ? offered.find(
        (o) => o.type === "pickup" && o.point_id === opts.pickupPointId
      )
    : offered.find((o) => o.type === "pickup")
  if (!deliveryData || !pickupData) {
    throw new Error(
      `the provider offered no delivery or pickup option: ${JSON.stringify(offered)}`
    )
  }
  const rules = [
    { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
    { attribute: "is_return", value: "false", operator: "eq" as const },
  ]
  const option = (
    name: string,
    code: string,
    data: Record<string, unknown>
  ) => ({
    name,
    price_type: "calculated" as const,
    provider_id: ARCHIDELIVERY_PROVIDER_ID,
    service_zone_id: serviceZoneId,
    shipping_profile_id: profile.id,
    type: { label: name, description: name, code },
    data,
    rules,
  })
  const { result: shippingOptions } = await createShippingOptionsWorkflow(
    container
  ).run({
    input: [
      option("Кур'єр", "archidelivery-delivery", deliveryData),
      option("Самовивіз", "archidelivery-pickup", pickupData),
    ],
  })

  const prices = opts.prices ?? [185, 320, 49]
  const { result: products } = await createProductsWorkflow(container).run({
    input: {
      products: prices.map((price, i) => ({
        title: `Страва ${i + 1}`,
        status: "published" as const,
        shipping_profile_id: profile.id,
        options: [{ title: "Порція", values: ["Стандарт"] }],
        variants: [
          {
            title: "Стандарт",
            options: { Порція: "Стандарт" },
            manage_inventory: false,
            prices: [{ amount: price, currency_code: "uah" }],
          },
        ],
        sales_channels: [{ id: salesChannel.id }],
      })),
    },
  })

  const linkedIds = opts.archideliveryIds ?? []
  if (linkedIds.length) {
    const archidelivery = container.resolve("archidelivery") as {
      createProductLinks: (data: Record<string, unknown>[]) => Promise<unknown>
    }
    await archidelivery.createProductLinks(
      products.slice(0, linkedIds.length).map((p, i) => ({
        archidelivery_id: linkedIds[i],
        product_id: p.id,
        variant_id: p.variants[0].id,
        approved: true,
        approved_at: new Date(),
        imported_name: p.title,
        imported_price: prices[i],
        imported_at: new Date(),
      }))
    )
  }

  return {
    region_id: region.id,
    sales_channel_id: salesChannel.id,
    publishable_key: apiKey.token,
    stock_location_id: location.id,
    shipping_profile_id: profile.id,
    service_zone_id: serviceZoneId,
    delivery_option_id: shippingOptions[0].id,
    pickup_option_id: shippingOptions[1].id,
    pickup_point_id: String(pickupData.point_id),
    dishes: products.map((p, i) => ({
      product_id: p.id,
      variant_id: p.variants[0].id,
      title: p.title,
      price: prices[i],
      ...(linkedIds[i] ? { archidelivery_id: linkedIds[i] } : {}),
    })),
    headers: { "x-publishable-api-key": apiKey.token },
  }
}

/** A registered customer and the store headers of their signed-in session. */
export async function createCustomerHeaders(
  container: MedusaContainer,
  fixture: StoreFixture,
  data: {
    email?: string
    phone?: string
    first_name?: string
    last_name?: string
  } = {}
) {
  const customerModule = container.resolve(Modules.CUSTOMER)
  const authModule = container.resolve(Modules.AUTH)
  const customer = await customerModule.createCustomers({
    email: data.email ?? `${unique("buyer").replace(/\s+/g, "-")}@example.com`,
    first_name: data.first_name ?? "Тарас",
    last_name: data.last_name ?? "Шевченко",
    phone: data.phone,
    has_account: true,
  })
  const identity = await authModule.createAuthIdentities({
    provider_identities: [
      {
        provider: "emailpass",
        entity_id: customer.email!,
        provider_metadata: { password: "supersecret" },
      },
    ],
    app_metadata: { customer_id: customer.id },
  })
  const token = jwt.sign(
    {
      actor_id: customer.id,
      actor_type: "customer",
      auth_identity_id: identity.id,
    },
    JWT_SECRET,
    { expiresIn: "1d" }
  )
  return {
    customer,
    headers: { ...fixture.headers, authorization: `Bearer ${token}` },
  }
}

export const KYIV_ADDRESS = {
  first_name: "Тарас",
  last_name: "Шевченко",
  address_1: "вул. Хрещатик, 22",
  address_2: "кв. 5",
  city: "Київ",
  country_code: "ua",
  postal_code: "01001",
  phone: "+380671234567",
}

type Api = {
  post: (
    url: string,
    body?: unknown,
    config?: unknown
  ) => Promise<{ status: number; data: any }>
  get: (url: string, config?: unknown) => Promise<{ status: number; data: any }>
}

export interface CartInput {
  items: { variant_id: string; quantity: number }[]
  email?: string
  shipping_address?: Record<string, unknown> | null
  /** Store headers; default the fixture's (a guest). */
  headers?: Record<string, string>
}

/** A cart in the fixture's region, as a storefront creates it. */
export async function createCart(
  api: Api,
  fixture: StoreFixture,
  input: CartInput
) {
  const headers = input.headers ?? fixture.headers
  const address =
    input.shipping_address === undefined ? KYIV_ADDRESS : input.shipping_address
  const { data } = await api.post(
    "/store/carts",
    {
      region_id: fixture.region_id,
      email: input.email ?? "guest@example.com",
      items: input.items,
      ...(address
        ? { shipping_address: address, billing_address: address }
        : {}),
    },
    { headers }
  )
  return data.cart
}

/** Chooses a shipping option, pays with the system provider and completes the cart. */
export async function checkout(
  api: Api,
  fixture: StoreFixture,
  cartId: string,
  optionId: string,
  opts: {
    headers?: Record<string, string>
    data?: Record<string, unknown>
  } = {}
) {
  const headers = opts.headers ?? fixture.headers
  await api.post(
    `/store/carts/${cartId}/shipping-methods`,
    { option_id: optionId, ...(opts.data ? { data: opts.data } : {}) },
    { headers }
  )
  return payAndComplete(api, fixture, cartId, { headers })
}

/** Opens the cart's payment with the system provider, ready to complete. */
export async function pay(
  api: Api,
  fixture: StoreFixture,
  cartId: string,
  opts: { headers?: Record<string, string> } = {}
) {
  const headers = opts.headers ?? fixture.headers
  const {
    data: { payment_collection },
  } = await api.post(
    "/store/payment-collections",
    { cart_id: cartId },
    { headers }
  )
  await api.post(
    `/store/payment-collections/${payment_collection.id}/payment-sessions`,
    { provider_id: "pp_system_default" },
    { headers }
  )
}

export async function payAndComplete(
  api: Api,
  fixture: StoreFixture,
  cartId: string,
  opts: { headers?: Record<string, string> } = {}
) {
  const headers = opts.headers ?? fixture.headers
  await pay(api, fixture, cartId, { headers })
  const { data } = await api.post(
    `/store/carts/${cartId}/complete`,
    {},
    { headers }
  )
  if (data.type !== "order") {
    throw new Error(
      `the cart was not completed: ${JSON.stringify(data.error ?? data)}`
    )
  }
  return data.order
}
