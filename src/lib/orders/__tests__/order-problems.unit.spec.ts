import { parseOptions } from "../../shared/options"
import {
  buildOrderPayload,
  OrderPayloadError,
  PayloadOrder,
} from "../order-payload"
import { ORDER_PROBLEM_CODES, readOrderProblems } from "../order-problems"

const options = parseOptions({
  url: "http://127.0.0.1:5858",
  cityName: "Київ",
})

const messageOf = (order: PayloadOrder, clientId?: string) => {
  try {
    buildOrderPayload({
      order,
      productLinks: [
        { archidelivery_id: "101", product_id: "prod_1", variant_id: "var_1" },
      ],
      options,
      clientId,
    })
  } catch (e) {
    if (e instanceof OrderPayloadError) {
      return e.message
    }
    throw e
  }
  throw new Error("the order was accepted")
}

describe("readOrderProblems", () => {
  it("reads back every problem the order payload words, as codes with parameters", () => {
    const message = messageOf({
      id: "order_1",
      display_id: null,
      email: null,
      metadata: { delivery_time: "tomorrow" },
      items: [
        {
          id: "i1",
          title: 'Піца "Ґазда"; 40 см',
          variant_id: "var_x",
          product_id: "prod_x",
          quantity: 1,
        },
        { id: "i2", title: "Борщ", variant_id: "var_1", quantity: 0.5 },
      ],
      // An unreadable phone is sent as typed and flagged, not a problem.
      shipping_address: { phone: "12" },
    })
    expect(readOrderProblems(message)).toEqual([
      {
        code: "not_on_menu",
        params: { item: 'Піца "Ґазда"; 40 см', variant_id: "var_x" },
      },
      { code: "bad_quantity", params: { item: "Борщ", quantity: "0.5" } },
      { code: "no_display_id", params: {} },
      {
        code: "bad_delivery_time",
        params: { field: "delivery_time", value: "tomorrow" },
      },
      { code: "no_client_name", params: {} },
    ])
  })

  it("reads an order without items or phone, and one that is gone", () => {
    const message = messageOf({
      id: "order_1",
      display_id: 7,
      email: "a@example.com",
      metadata: {},
      items: [],
      shipping_address: {},
    })
    expect(readOrderProblems(message)?.map((p) => p.code)).toEqual([
      "no_items",
      "no_phone",
    ])
    expect(readOrderProblems("order order_9 no longer exists")).toEqual([
      { code: "order_gone", params: { order_id: "order_9" } },
    ])
  })

  it("gives up on any text it does not know, so the admin shows it as it is", () => {
    expect(readOrderProblems(null)).toBeNull()
    expect(readOrderProblems("no OrderId in the reply: Ошибка")).toBeNull()
    expect(
      readOrderProblems("phone: the order has no phone number; and more")
    ).toBeNull()
    expect(ORDER_PROBLEM_CODES).toContain("not_on_menu")
  })
})
