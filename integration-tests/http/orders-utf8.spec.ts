import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { runOrderDrain } from "../../src/workflows/orders/drain-order-queue"
import { useEmulator } from "../utils/emulator"
import {
  createQueuedOrders,
  emulatorOrdersFor,
  GUEST_ADDRESS,
  linkDishes,
  syncRow,
} from "../utils/orders"
import { createStoreFixture } from "../utils/store"

jest.setTimeout(300_000)

// The other encoding a server may expect, with the JSON item format.
const emulator = useEmulator({
  env: {
    ARCHIDELIVERY_ENCODING: "utf8",
    ARCHIDELIVERY_ITEM_FORMAT: "json",
    ARCHIDELIVERY_PUSH_ON_PLACE: "off",
  },
})

medusaIntegrationTestRunner({
  testSuite: ({ getContainer }) => {
    it("sends Cyrillic names, addresses and notes intact in UTF-8", async () => {
      const container = getContainer()
      const store = await createStoreFixture(container)
      await linkDishes(container, store)
      const [order] = await createQueuedOrders(container, store, 1, {
        address: {
          ...GUEST_ADDRESS,
          first_name: "Ґанна",
          last_name: "Її-Єфименко",
          address_1: "вул. Пʼятницька 7Б",
          metadata: { entrance: "3", floor: "9", intercom: "Ї7" },
        },
        metadata: {
          comment: "Подзвоніть у домофон 🔔, дякую!",
          persons: "2",
          change_from: "500",
        },
      })
      expect(await runOrderDrain(container)).toMatchObject({
        attempted: 1,
        sent: 1,
      })

      const [sent] = emulatorOrdersFor(emulator, order.display_id)
      expect(sent.params).toMatchObject({
        client: "Її-Єфименко Ґанна",
        street: "вул. Пʼятницька",
        home: "7Б",
        doorphone: "1",
        comment: `Домофон: Ї7; Подзвоніть у домофон 🔔, дякую! #${order.display_id}`,
        flatwarecount: "2",
        changefrom: "500",
        orderformattype: "1",
        order: '[{"menuId":101,"quant":1},{"menuId":301,"quant":2}]',
      })
      const request = emulator.requests.find((r) => r.method === "neworder")!
      // «Ґ» as UTF-8 bytes, not CP1251 (%A5).
      expect(request.query).toContain("client=%D0%87%D1%97-%D0%84")
      expect(request.query).toContain("%D2%90%D0%B0%D0%BD%D0%BD%D0%B0")
      expect((await syncRow(container, order.id)).status).toBe("sent")
    })
  },
})
