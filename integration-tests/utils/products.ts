import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AxiosInstance } from "axios"
import { archiDeliveryService } from "../../src/modules/archidelivery"

export const IMPORTS = "/admin/archidelivery/product-imports"
export const PRODUCTS = "/admin/archidelivery/products"

type Headers = { headers: Record<string, string> }

/** A menu row in the protocol's own field names (the default menuFields). */
export const menuRow = (
  ID: number | string,
  NAME: string,
  PRICE: unknown,
  extra: Record<string, unknown> = {}
) => ({ ID, NAME, PRICE, WEIGHT: 300, MGNAME: "Тест", ...extra })

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** Polls a run until it is no longer `running`, as the admin page does. */
export async function waitForImport(
  api: AxiosInstance,
  id: string,
  opts: Headers,
  maxPolls = 1200
) {
  for (let i = 0; i < maxPolls; i++) {
    const { data } = await api.get(`${IMPORTS}/${id}`, opts)
    if (data.product_import.status !== "running") {
      return data.product_import
    }
    await sleep(250)
  }
  throw new Error(`import ${id} still running after ${maxPolls} polls`)
}

/** Starts an import over the admin API and waits for its report. */
export async function importMenu(api: AxiosInstance, opts: Headers) {
  const started = await api.post(IMPORTS, {}, opts)
  expect(started.status).toBe(202)
  return waitForImport(api, started.data.product_import.id, opts)
}

export const PRODUCT_FIELDS = [
  "id",
  "title",
  "handle",
  "status",
  "external_id",
  "weight",
  "updated_at",
  "categories.name",
  "sales_channels.id",
  "shipping_profile.id",
  "variants.id",
  "variants.weight",
  "variants.manage_inventory",
  "variants.updated_at",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.prices.updated_at",
]

/** The products the import made (found by external_id), keyed by ArchiDelivery id. */
export async function importedProducts(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: PRODUCT_FIELDS,
    filters: { external_id: { $like: "archidelivery:%" } },
  })
  return new Map(
    data.map((p: any) => [
      String(p.external_id).slice("archidelivery:".length),
      p,
    ])
  )
}

/** The plain price of a product's first variant in a currency. */
export const priceOf = (product: any, currency = "uah") =>
  product.variants[0].prices.find((p: any) => p.currency_code === currency)
    ?.amount

/** The product link of one ArchiDelivery menu row. */
export async function productLinkOf(
  container: MedusaContainer,
  archideliveryId: string
) {
  const [link] = await archiDeliveryService(container).listProductLinks({
    archidelivery_id: archideliveryId,
  })
  return link
}

/** One product with the fields a spec reads. */
export async function productById(
  container: MedusaContainer,
  id: string,
  fields: string[]
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields,
    filters: { id },
  })
  return data[0] as any
}
