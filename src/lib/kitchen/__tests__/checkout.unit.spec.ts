import { kitchenCheckoutProblem, type KitchenCheckout } from "../checkout"
import { kitchenOptionsSchema, scheduleSchema } from "../options"
import { instantOf, parseNaive } from "../zoned"

const hours = scheduleSchema.parse({
  weekly: Object.fromEntries(
    ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((d) => [
      d,
      [{ open: "10:00", close: "22:00" }],
    ])
  ),
})
const now = instantOf(parseNaive("2026-12-02 12:00")!, "Europe/Kyiv")

function kitchen(seats: number, capacity = 2) {
  const taken: string[] = []
  const k: KitchenCheckout = {
    pointId: "5",
    facts: async () => ({
      schedule: hours,
      options: kitchenOptionsSchema.parse({ slotCapacity: capacity }),
      now,
      taken: new Map(),
    }),
    takeSeat: async (pointId, slot) => {
      if (taken.length >= seats) return false
      taken.push(`${pointId} ${slot}`)
      return true
    },
  }
  return { k, taken }
}

describe("the kitchen at checkout", () => {
  it("takes a seat of the chosen slot at the cart's point", async () => {
    const { k, taken } = kitchen(1)
    const cart = { metadata: { delivery_time: "2026-12-02 13:00:00" } }
    expect(await kitchenCheckoutProblem(cart, k)).toBeNull()
    expect(taken).toEqual(["5 2026-12-02 13:00:00"])
  })

  it("refuses when the seat cannot be taken, in the cart's language", async () => {
    const { k } = kitchen(0)
    const cart = {
      locale: "ru",
      metadata: { delivery_time: "2026-12-02 13:00:00" },
    }
    expect(await kitchenCheckoutProblem(cart, k)).toBe(
      "На выбранное время доставки (metadata.delivery_time) больше нет мест: выберите другое"
    )
  })

  it("takes no seat for ASAP and leaves a completed cart alone", async () => {
    const { k, taken } = kitchen(1)
    expect(await kitchenCheckoutProblem({}, k)).toBeNull()
    expect(
      await kitchenCheckoutProblem(
        {
          completed_at: new Date(),
          metadata: { delivery_time: "2020-01-01 10:00:00" },
        },
        k
      )
    ).toBeNull()
    expect(taken).toEqual([])
  })
})
