import http from "node:http"
import type { AddressInfo } from "node:net"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createCustomersWorkflow } from "@medusajs/medusa/core-flows"
import {
  medusaIntegrationTestRunner,
  TestEventUtils,
} from "@medusajs/test-utils"
import { linkPendingClients } from "../../src/jobs/archidelivery-link-clients"
import { ARCHIDELIVERY_MODULE } from "../../src/modules/archidelivery"
import type ArchiDeliveryModuleService from "../../src/modules/archidelivery/service"
import { createAdminHeaders } from "../utils/admin"
import { useEmulator } from "../utils/emulator"

jest.setTimeout(300_000)

const emulator = useEmulator()

/**
 * A forwarding front for the emulator that, when told to, stretches
 * newclient's street past 19 characters, so the emulator itself refuses the
 * call with its own RESULT=ERROR message (the plugin always cuts to 19).
 */
const front = { server: null as http.Server | null, rejectNewClient: false }

beforeAll(async () => {
  front.server = http.createServer((req, res) => {
    let url = req.url ?? "/"
    if (front.rejectNewClient && /^\/newclient\b/i.test(url)) {
      url += `&street=${"x".repeat(25)}`
    }
    http
      .get(`${emulator.url}${url}`, (upstream) => {
        res.writeHead(upstream.statusCode ?? 502, upstream.headers)
        upstream.pipe(res)
      })
      .on("error", () => res.destroy())
  })
  await new Promise<void>((resolve) =>
    front.server!.listen(0, "127.0.0.1", resolve)
  )
  const { port } = front.server.address() as AddressInfo
  // Runs after useEmulator's beforeAll and before the app boots.
  process.env.ARCHIDELIVERY_URL = `http://127.0.0.1:${port}`
})

afterAll(async () => {
  front.server?.closeAllConnections()
  await new Promise((resolve) => front.server?.close(resolve))
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let container: MedusaContainer
    let service: ArchiDeliveryModuleService
    let headers: Record<string, string>

    beforeEach(async () => {
      container = getContainer()
      service = container.resolve(ARCHIDELIVERY_MODULE)
      ;({ headers } = await createAdminHeaders(container))
      front.rejectNewClient = false
    })

    it("fails a refused newclient with ArchiDelivery's message and does not retry it", async () => {
      front.rejectNewClient = true
      const eventBus = container.resolve(Modules.EVENT_BUS)
      const done = TestEventUtils.waitSubscribersExecution(
        "customer.created",
        eventBus as any,
        { timeout: 60_000 }
      )
      const {
        result: [customer],
      } = await createCustomersWorkflow(container).run({
        input: {
          customersData: [
            {
              email: "ostap@example.com",
              first_name: "Остап",
              last_name: "Вишня",
              phone: "+380671112266",
              has_account: true,
            },
          ],
        },
      })
      await done

      const [link] = (await service.listClientLinks({
        customer_id: customer.id,
      })) as any[]
      expect(link).toMatchObject({
        status: "failed",
        phone: "+380671112266",
        archidelivery_client_id: null,
        last_error: "Поле street длиннее 19 символов",
      })
      expect(
        emulator.state.clients.filter((c: any) => c.PHONE === "380671112266")
      ).toHaveLength(0)

      // A refusal is final: the queue does not try it again.
      emulator.requests.length = 0
      expect((await linkPendingClients(container))!.attempted).toBe(0)
      expect(emulator.requests).toHaveLength(0)

      // Once the cause is gone, the admin links again.
      front.rejectNewClient = false
      const res = await api.post(
        `/admin/archidelivery/customers/${customer.id}/link`,
        {},
        { headers }
      )
      expect(res.data.customer_link).toMatchObject({
        status: "linked",
        linked_by: "admin",
        last_error: null,
        client: { name: "Вишня Остап", phone: "380671112266" },
      })
    })
  },
})
