import type { MedusaContainer } from "@medusajs/framework/types"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { runOrderDrain } from "../../src/workflows/orders/drain-order-queue"
import { createAdminHeaders } from "../utils/admin"
import { useEmulator } from "../utils/emulator"
import {
  createQueuedOrders,
  emulatorOrdersFor,
  linkDishes,
  syncRow,
} from "../utils/orders"
import { importedProducts, importMenu } from "../utils/products"
import { createStoreFixture } from "../utils/store"

jest.setTimeout(300_000)

// The plugin's defaults (CP1251 queries, replies read by their bytes) against
// a server that answers as the evidence shows, and the variants it may send.
const emulator = useEmulator({
  env: {
    ARCHIDELIVERY_PUSH_ON_PLACE: "off",
    ARCHIDELIVERY_SIZE_GROUPING: "off",
  },
})

const WARN = "Не получены данные с генераторов по заказу"
const COMMENT = "Без цибулі, під'їзд №2 «зліва», код Ґ"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let container: MedusaContainer

    beforeEach(() => {
      container = getContainer()
    })

    describe.each(["evidence", "cp1251", "escaped"])(
      "ArchiDelivery replying in charset mode %s",
      (mode) => {
        beforeEach(() => emulator.setFaults({ charset: mode }))

        it("imports every dish name intact", async () => {
          const { headers } = await createAdminHeaders(container)
          const run = await importMenu(api, { headers })
          expect(run.status).toBe("completed")
          const active = emulator.state.menu.filter((r: any) => r.ACTIVE !== 0)
          const products = await importedProducts(container)
          expect(products.size).toBe(active.length)
          for (const row of active) {
            expect(products.get(String(row.ID))?.title).toBe(row.NAME)
          }
          expect(
            [...products.values()].map((p: any) => p.title).join(" ")
          ).toMatch(/[іїєґ№«»']/)
        })

        it("sends an order intact and keeps ArchiDelivery's Warn readable", async () => {
          const store = await createStoreFixture(container)
          await linkDishes(container, store)
          const [sent] = await createQueuedOrders(container, store, 1, {
            metadata: { comment: COMMENT },
          })
          expect(await runOrderDrain(container)).toMatchObject({ sent: 1 })
          const [inKitchen] = emulatorOrdersFor(emulator, sent.display_id)
          // The fixture's address has an intercom code, which leads the comment.
          expect(inKitchen.params.comment).toBe(
            `Домофон: 12К; ${COMMENT} #${sent.display_id}`
          )

          await emulator.setFaults({ warn_no_order_id: 1 })
          const [warned] = await createQueuedOrders(container, store, 1)
          expect(await runOrderDrain(container)).toMatchObject({ failed: 1 })
          const row = await syncRow(container, warned.id)
          expect(row.status).toBe("failed")
          expect(row.last_error).toContain(WARN)
          expect(row.last_error).not.toMatch(/Р[ќµ]/)
        })
      }
    )
  },
})
