import { formatOrderItems } from "../../archidelivery"
import { LINE_MODIFIERS_KEY } from "../../modifiers/choice"
import { parseOptions } from "../../shared/options"
import { buildOrderPayload, type PayloadOrder } from "../order-payload"
import { pushBatch } from "../push-data"

const options = parseOptions({ url: "http://127.0.0.1:5858", cityName: "Київ" })
const links = [
  { archidelivery_id: "101", product_id: "prod_pizza", variant_id: "v_pizza" },
  { archidelivery_id: "401", product_id: "prod_cola", variant_id: "v_cola" },
]
const cheese = {
  group_id: "g1",
  group: "Додатки",
  option_id: "o1",
  name: "Сир",
  quantity: 2,
  price: 25,
  modificatorId: 12,
  kind: 1 as const,
  kind1: 1 as const,
  ref: 555,
}

const queried = (metadata: Record<string, unknown> | null) => ({
  id: "order_1",
  display_id: 7,
  email: "olena@example.com",
  items: [
    {
      id: "i1",
      title: "Маргарита",
      variant_id: "v_pizza",
      product_id: "prod_pizza",
      quantity: 1,
      metadata,
    },
    {
      id: "i2",
      title: "Кола",
      variant_id: "v_cola",
      product_id: "prod_cola",
      quantity: 3,
      metadata: null,
    },
  ],
  shipping_address: { phone: "+380671234567", first_name: "Олена" },
})

const payload = (order: PayloadOrder) =>
  buildOrderPayload({ order, productLinks: links, options }).params

describe("modifiers in the order push", () => {
  it("sends a modified line's mods and the whole order in the JSON format", () => {
    const [order] = pushBatch([
      queried({ [LINE_MODIFIERS_KEY]: [cheese], other: "kept out" }),
    ]).orders
    const params = payload(order)
    expect(options.orderItemFormat).toBe("legacy")
    expect(params.itemFormat).toBe("json")
    expect(formatOrderItems(params.items, params.itemFormat)).toBe(
      '[{"menuId":101,"quant":1,"mods":[{"modificatorId":12,"kind":1,"kind1":1,"ref":555,"quant":2}]},{"menuId":401,"quant":3}]'
    )
  })

  it("sends an order without modifiers exactly as before", () => {
    const [order] = pushBatch([queried({ note: "plain" })]).orders
    expect(order.items?.[0]).not.toHaveProperty("modifiers")
    const params = payload(order)
    expect(params.itemFormat).toBe("legacy")
    expect(formatOrderItems(params.items, params.itemFormat)).toBe(
      "101#1,401#3"
    )
  })
})
