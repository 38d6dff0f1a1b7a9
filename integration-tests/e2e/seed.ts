// Seeds what the browser test needs, run by `medusa exec` against the e2e
// database: a UAH storefront checking out through the ArchiDelivery provider
// (integration-tests/utils/store.ts) and a registered customer whose phone
// ArchiDelivery knows. Products come from the import the test starts in the
// admin, so none are made here. Writes the ids the test needs to
// E2E_FIXTURE_FILE as JSON.
import fs from "node:fs"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createCustomersWorkflow,
  createShippingOptionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"
import { createStoreFixture } from "../utils/store"

export const E2E_CUSTOMER = {
  email: "maria.bondar@example.com",
  first_name: "Марія",
  last_name: "Бондар",
  // Client 2108 in the emulator's seed.
  phone: "+380689990011",
}

export default async function seedE2e({ container }: ExecArgs) {
  const out = process.env.E2E_FIXTURE_FILE
  if (!out) {
    throw new Error("E2E_FIXTURE_FILE: where to write the fixture is not set")
  }
  const fixture = await createStoreFixture(container, { prices: [] })

  // Imports put dishes in the store's default sales channel; the storefront
  // key and the kitchen must serve that channel too.
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [store],
  } = await query.graph({
    entity: "store",
    fields: ["id", "default_sales_channel_id"],
  })
  const channelId = store?.default_sales_channel_id
  if (!channelId) {
    throw new Error("the store has no default sales channel")
  }
  const apiKeys = container.resolve(Modules.API_KEY)
  const [key] = await apiKeys.listApiKeys({ token: fixture.publishable_key })
  await linkSalesChannelsToApiKeyWorkflow(container).run({
    input: { id: key.id, add: [channelId] },
  })
  await linkSalesChannelsToStockLocationWorkflow(container).run({
    input: { id: fixture.stock_location_id, add: [channelId] },
  })

  // Imports give dishes "the" default shipping profile, and Medusa makes one
  // of its own: offer the same courier delivery on every default profile.
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const template = await fulfillment.retrieveShippingOption(
    fixture.delivery_option_id,
    { relations: ["type"] }
  )
  const deliveryOptions: Record<string, string> = {
    [fixture.shipping_profile_id]: fixture.delivery_option_id,
  }
  const profiles = await fulfillment.listShippingProfiles({ type: "default" })
  for (const profile of profiles) {
    if (deliveryOptions[profile.id]) {
      continue
    }
    const {
      result: [option],
    } = await createShippingOptionsWorkflow(container).run({
      input: [
        {
          name: template.name,
          price_type: "calculated",
          provider_id: template.provider_id!,
          service_zone_id: fixture.service_zone_id,
          shipping_profile_id: profile.id,
          type: {
            label: template.type.label,
            description: template.type.description ?? "",
            code: template.type.code,
          },
          data: template.data ?? {},
          rules: [
            { attribute: "enabled_in_store", value: "true", operator: "eq" },
            { attribute: "is_return", value: "false", operator: "eq" },
          ],
        },
      ],
    })
    deliveryOptions[profile.id] = option.id
  }

  const {
    result: [customer],
  } = await createCustomersWorkflow(container).run({
    input: { customersData: [{ ...E2E_CUSTOMER, has_account: true }] },
  })

  fs.writeFileSync(
    out,
    JSON.stringify(
      {
        region_id: fixture.region_id,
        sales_channel_id: channelId,
        publishable_key: fixture.publishable_key,
        delivery_options: deliveryOptions,
        customer_id: customer.id,
      },
      null,
      2
    )
  )
}
