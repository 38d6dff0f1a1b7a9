import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  createCustomersWorkflow,
  deleteCustomersWorkflow,
  updateCustomersWorkflow,
} from "@medusajs/medusa/core-flows"
import {
  medusaIntegrationTestRunner,
  TestEventUtils,
} from "@medusajs/test-utils"
import archiDeliveryLinkClientsJob, {
  linkPendingClients,
} from "../../src/jobs/archidelivery-link-clients"
import { ARCHIDELIVERY_MODULE } from "../../src/modules/archidelivery"
import type ArchiDeliveryModuleService from "../../src/modules/archidelivery/service"
import { createAdminHeaders } from "../utils/admin"
import { useEmulator } from "../utils/emulator"

jest.setTimeout(300_000)

const emulator = useEmulator()

const BASE = "/admin/archidelivery/customers"

type CustomerInput = {
  phone?: string | null
  first_name?: string
  last_name?: string
  has_account?: boolean
  addresses?: Record<string, unknown>[]
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let container: MedusaContainer
    let service: ArchiDeliveryModuleService
    let headers: Record<string, string>
    let seq = 0

    beforeEach(async () => {
      container = getContainer()
      service = container.resolve(ARCHIDELIVERY_MODULE)
      ;({ headers } = await createAdminHeaders(container))
    })

    /** Creates customers and waits until the plugin's subscriber is done. */
    async function createCustomers(inputs: CustomerInput[]) {
      const eventBus = container.resolve(Modules.EVENT_BUS)
      const done = TestEventUtils.waitSubscribersExecution(
        "customer.created",
        eventBus as any,
        { timeout: 60_000, triggerCount: inputs.length }
      )
      const { result } = await createCustomersWorkflow(container).run({
        input: {
          customersData: inputs.map((input) => ({
            email: `customer-${Date.now()}-${++seq}@example.com`,
            first_name: "Тарас",
            last_name: "Шевченко",
            has_account: true,
            ...input,
          })) as any,
        },
      })
      await done
      return result
    }

    const register = async (input: CustomerInput) =>
      (await createCustomers([input]))[0]

    async function updateCustomer(id: string, update: Record<string, unknown>) {
      const eventBus = container.resolve(Modules.EVENT_BUS)
      const done = TestEventUtils.waitSubscribersExecution(
        "customer.updated",
        eventBus as any,
        { timeout: 60_000 }
      )
      await updateCustomersWorkflow(container).run({
        input: { selector: { id }, update },
      })
      await done
    }

    const linkOf = async (customerId: string) =>
      (await service.listClientLinks({ customer_id: customerId }))[0] as any

    const requestsOf = (method: string) =>
      emulator.requests.filter((r: { method: string }) => r.method === method)

    const admin = {
      get: (url: string) =>
        api.get(url, { headers }).catch((e: any) => e.response),
      post: (url: string, body?: unknown) =>
        api.post(url, body, { headers }).catch((e: any) => e.response),
      delete: (url: string) =>
        api.delete(url, { headers }).catch((e: any) => e.response),
    }

    describe("linking on customer events", () => {
      it("links a registered customer to the client stored with their phone", async () => {
        const customer = await register({ phone: "+380 67 123 45 67" })
        const link = await linkOf(customer.id)
        expect(link).toMatchObject({
          status: "linked",
          archidelivery_client_id: "2101",
          phone: "+380671234567",
          linked_by: "customer",
          ambiguous: false,
          last_error: null,
        })
        expect(link.linked_at).toBeTruthy()
        expect(
          requestsOf("getclientbyphone").map((r: any) => r.params.phone)
        ).toEqual(["380671234567"])
        expect(requestsOf("newclient")).toHaveLength(0)
      })

      it("leaves guest customers alone", async () => {
        const guest = await register({
          phone: "0671234567",
          has_account: false,
        })
        expect(await linkOf(guest.id)).toBeUndefined()
        expect(emulator.requests).toHaveLength(0)
      })

      it("finds a client stored in the local 0XXXXXXXXX form", async () => {
        const customer = await register({ phone: "093 123 45 67" })
        expect(await linkOf(customer.id)).toMatchObject({
          status: "linked",
          archidelivery_client_id: "2104",
          phone: "+380931234567",
        })
        expect(
          requestsOf("getclientbyphone").map((r: any) => r.params.phone)
        ).toEqual(["380931234567", "0931234567"])
      })

      it("chooses the oldest of clients sharing a phone and flags the link", async () => {
        const customer = await register({ phone: "050 111 22 33" })
        const link = await linkOf(customer.id)
        expect(link).toMatchObject({
          status: "linked",
          archidelivery_client_id: "2102",
          ambiguous: true,
          candidates: ["2102", "2103"],
        })
        // The choice is the same on every attempt.
        const again = await admin.post(`${BASE}/${customer.id}/link`)
        expect(again.status).toBe(200)
        expect(again.data.customer_link).toMatchObject({
          archidelivery_client_id: "2102",
          ambiguous: true,
          candidates: ["2102", "2103"],
          linked_by: "admin",
        })
      })

      it("creates an unknown customer in ArchiDelivery with Cyrillic names and address fields cut to 19", async () => {
        const customer = await register({
          phone: "+380671112299",
          first_name: "Квітка-Основ'яненко Мар'яна Ігорівна",
          last_name: "",
          addresses: [
            {
              address_1: "просп. Героїв Сталінграда, 12А",
              address_2: "кв. 345",
              city: "Київ",
              country_code: "ua",
              is_default_shipping: true,
              metadata: {
                entrance: "під'їзд з боку двору біля аптеки",
                floor: "9",
              },
            },
          ],
        })
        const [sent] = requestsOf("newclient")
        expect(sent.params).toMatchObject({
          phone: "380671112299",
          login: customer.email,
          email: customer.email,
          surname: "Квітка-Основ'яненко",
          name: "Мар'яна",
          fathername: "Ігорівна",
          street: "просп. Героїв Сталі",
          house: "12А",
          flat: "345",
          storey: "9",
          entrance: "під'їзд з боку двор",
        })
        // CP1251 on the wire: "М" is %CC, not UTF-8's %D0%9C.
        expect(sent.query).toContain("name=%CC%E0%F0")
        const created = emulator.state.clients.find(
          (c: any) => c.PHONE === "380671112299"
        )
        expect(created).toMatchObject({
          SURNAME: "Квітка-Основ'яненко",
          NAME: "Мар'яна",
          FATHERNAME: "Ігорівна",
          STREET: "просп. Героїв Сталі",
        })
        expect(await linkOf(customer.id)).toMatchObject({
          status: "linked",
          archidelivery_client_id: String(created.ID),
          candidates: [String(created.ID)],
          ambiguous: false,
        })
      })

      it("re-links when the phone changes, and only then", async () => {
        const customer = await register({ phone: "0671234567" })
        expect((await linkOf(customer.id)).archidelivery_client_id).toBe("2101")

        emulator.requests.length = 0
        await updateCustomer(customer.id, { last_name: "Шевченко-Кобзар" })
        expect(emulator.requests).toHaveLength(0)

        await updateCustomer(customer.id, { phone: "+380 63 222 33 44" })
        expect(await linkOf(customer.id)).toMatchObject({
          status: "linked",
          archidelivery_client_id: "2105",
          phone: "+380632223344",
          linked_by: "customer",
        })
      })

      it("keeps the link pending while ArchiDelivery is unreachable and links it on a later run", async () => {
        await emulator.setFaults({ unreachable: true })
        const customer = await register({ phone: "0975556677" })
        const pending = await linkOf(customer.id)
        expect(pending).toMatchObject({
          status: "pending",
          phone: "+380975556677",
          archidelivery_client_id: null,
        })
        expect(pending.next_attempt_at).toBeTruthy()
        expect(pending.last_error).toMatch(/unreachable/)
        expect(emulator.requests).toHaveLength(0)

        await emulator.clearFaults()
        // Not due yet: the run leaves it for later.
        expect((await linkPendingClients(container))!.attempted).toBe(0)
        // The job itself is switched off in tests (ARCHIDELIVERY_JOBS=off).
        await archiDeliveryLinkClientsJob(container)
        expect((await linkOf(customer.id)).status).toBe("pending")

        // A minute later: the retry is due.
        await service.updateClientLinks({
          id: pending.id,
          next_attempt_at: new Date(Date.now() - 1000),
        })
        const run = await linkPendingClients(container)
        expect(run).toMatchObject({ attempted: 1, linked: 1 })
        expect(await linkOf(customer.id)).toMatchObject({
          status: "linked",
          archidelivery_client_id: "2106",
          last_error: null,
          next_attempt_at: null,
        })
      })

      it("after a newclient whose reply was lost, finds the created client instead of creating another", async () => {
        await emulator.setFaults({
          drop_after_commit: 1,
          methods: ["newclient"],
        })
        const customer = await register({ phone: "+380671112288" })
        const created = emulator.state.clients.filter(
          (c: any) => c.PHONE === "380671112288"
        )
        expect(created).toHaveLength(1)
        expect(requestsOf("newclient")).toHaveLength(1)
        expect(await linkOf(customer.id)).toMatchObject({
          status: "linked",
          archidelivery_client_id: String(created[0].ID),
        })
      })

      it("records an invalid phone as failed without asking ArchiDelivery", async () => {
        const customer = await register({ phone: "12-34" })
        const link = await linkOf(customer.id)
        expect(link).toMatchObject({
          status: "failed",
          phone: null,
          archidelivery_client_id: null,
        })
        expect(link.last_error).toContain('invalid phone "12-34"')
        expect(emulator.requests).toHaveLength(0)
      })

      it("links two customers with one phone to the same client and flags both", async () => {
        const first = await register({ phone: "0661234321" })
        expect(await linkOf(first.id)).toMatchObject({
          archidelivery_client_id: "2107",
          ambiguous: false,
        })
        const second = await register({ phone: "+380661234321" })
        for (const id of [first.id, second.id]) {
          expect(await linkOf(id)).toMatchObject({
            status: "linked",
            archidelivery_client_id: "2107",
            ambiguous: true,
          })
        }
        const shown = await admin.get(`${BASE}/${first.id}`)
        expect(shown.data.customer_link.shared_with).toEqual([second.id])

        // Unlinking one clears the flag of the other.
        expect((await admin.delete(`${BASE}/${second.id}/link`)).status).toBe(
          200
        )
        expect((await linkOf(first.id)).ambiguous).toBe(false)

        // So does deleting the customer.
        await admin.post(`${BASE}/${second.id}/link`)
        expect((await linkOf(first.id)).ambiguous).toBe(true)
        const eventBus = container.resolve(Modules.EVENT_BUS)
        const deleted = TestEventUtils.waitSubscribersExecution(
          "customer.deleted",
          eventBus as any,
          { timeout: 60_000 }
        )
        await deleteCustomersWorkflow(container).run({
          input: { ids: [second.id] },
        })
        await deleted
        expect(await linkOf(second.id)).toBeUndefined()
        expect((await linkOf(first.id)).ambiguous).toBe(false)
      })
    })

    describe("admin API", () => {
      it("refuses unauthenticated requests", async () => {
        const customer = await register({ phone: null })
        // Each refusal is caught as it is made: requests left waiting for a
        // later await reject unhandled, which fails the test at random.
        const calls = [
          () => api.get(BASE),
          () => api.get(`${BASE}/${customer.id}`),
          () => api.post(`${BASE}/${customer.id}/link`, {}),
          () => api.delete(`${BASE}/${customer.id}/link`),
          () => api.post(`${BASE}/link-all`, {}),
          () => api.get(`${BASE}/link-all`),
        ]
        for (const call of calls) {
          const res = await call().catch((e: any) => e.response)
          expect(res.status).toBe(401)
        }
        expect(await linkOf(customer.id)).toBeUndefined()
      })

      it("answers 404 for an unknown customer", async () => {
        for (const res of [
          await admin.get(`${BASE}/cus_missing`),
          await admin.post(`${BASE}/cus_missing/link`),
          await admin.post(`${BASE}/cus_missing/link`, {
            archidelivery_client_id: "2101",
          }),
          await admin.delete(`${BASE}/cus_missing/link`),
        ]) {
          expect(res.status).toBe(404)
          expect(res.data.message).toContain("cus_missing")
        }
      })

      it("shows a customer without a link as unlinked", async () => {
        const customer = await register({ phone: null })
        const res = await admin.get(`${BASE}/${customer.id}`)
        expect(res.status).toBe(200)
        expect(res.data).toEqual({
          customer_link: {
            customer_id: customer.id,
            archidelivery_client_id: null,
            phone: null,
            linked_by: null,
            linked_at: null,
            ambiguous: false,
            candidates: [],
            status: "unlinked",
            last_error: null,
            attempts: 0,
            next_attempt_at: null,
            shared_with: [],
            client: null,
            client_error: null,
          },
        })
      })

      it("shows the client as ArchiDelivery holds it, or why it cannot", async () => {
        const customer = await register({ phone: "0671234567" })
        const res = await admin.get(`${BASE}/${customer.id}`)
        expect(res.status).toBe(200)
        expect(res.data.customer_link).toMatchObject({
          customer_id: customer.id,
          archidelivery_client_id: "2101",
          phone: "+380671234567",
          linked_by: "customer",
          ambiguous: false,
          status: "linked",
          client_error: null,
          client: {
            id: "2101",
            name: "Шевченко Тарас Григорович",
            phone: "380671234567",
            address: {
              city: "Київ",
              street: "вул. Хрещатик",
              house: "22",
              flat: "5",
            },
          },
        })
        expect(res.data.customer_link.linked_at).toBeTruthy()

        await emulator.setFaults({ unreachable: true })
        const offline = await admin.get(`${BASE}/${customer.id}`)
        expect(offline.status).toBe(200)
        expect(offline.data.customer_link).toMatchObject({
          archidelivery_client_id: "2101",
          status: "linked",
          client: null,
        })
        expect(offline.data.customer_link.client_error).toMatch(
          /could not be read/
        )
      })

      it("links to a chosen client after ArchiDelivery confirms it", async () => {
        const customer = await register({ phone: "050 111 22 33" })
        const res = await admin.post(`${BASE}/${customer.id}/link`, {
          archidelivery_client_id: "2103",
        })
        expect(res.status).toBe(200)
        expect(res.data.customer_link).toMatchObject({
          archidelivery_client_id: "2103",
          linked_by: "admin",
          status: "linked",
          // The person settled the shared phone.
          ambiguous: false,
          client: { id: "2103", name: "Коваленко Ігор Васильович" },
        })
        expect(
          requestsOf("getclientdata").map((r: any) => r.params.cid)
        ).toContain("2103")
      })

      it("validates the chosen client", async () => {
        const customer = await register({ phone: "0671234567" })
        const url = `${BASE}/${customer.id}/link`
        for (const body of [
          { archidelivery_client_id: "abc" },
          { archidelivery_client_id: -5 },
          { archidelivery_client_id: "" },
          { archidelivery_client_id: true },
        ]) {
          const res = await admin.post(url, body)
          expect(res.status).toBe(400)
          expect(res.data.message).toContain("archidelivery_client_id")
        }
        const unknownField = await admin.post(url, { client: "2101" })
        expect(unknownField.status).toBe(400)
        expect(unknownField.data.message).toContain("client")

        const missing = await admin.post(url, {
          archidelivery_client_id: "99999",
        })
        expect(missing.status).toBe(400)
        expect(missing.data.message).toContain("archidelivery_client_id")
        expect(missing.data.message).toContain("99999")
        // Nothing changed.
        expect((await linkOf(customer.id)).archidelivery_client_id).toBe("2101")
      })

      it("re-links now from the admin and records failures", async () => {
        const customer = await register({ phone: null })
        const noPhone = await admin.post(`${BASE}/${customer.id}/link`)
        expect(noPhone.status).toBe(200)
        expect(noPhone.data.customer_link).toMatchObject({
          status: "failed",
          linked_by: "admin",
        })
        expect(noPhone.data.customer_link.last_error).toMatch(/no phone/)

        await updateCustomer(customer.id, { phone: "0689990011" })
        // The phone changed, so the event linked it already; the admin re-links anyway.
        const res = await admin.post(`${BASE}/${customer.id}/link`)
        expect(res.data.customer_link).toMatchObject({
          status: "linked",
          archidelivery_client_id: "2108",
          linked_by: "admin",
          client: { id: "2108" },
        })
      })

      it("unlinks", async () => {
        const customer = await register({ phone: "0671234567" })
        const res = await admin.delete(`${BASE}/${customer.id}/link`)
        expect(res.status).toBe(200)
        expect(res.data.customer_link).toMatchObject({
          customer_id: customer.id,
          status: "unlinked",
          archidelivery_client_id: null,
          client: null,
        })
        expect(await linkOf(customer.id)).toBeUndefined()
        const shown = await admin.get(`${BASE}/${customer.id}`)
        expect(shown.data.customer_link.status).toBe("unlinked")
      })

      it("lists links by status and ambiguity", async () => {
        const [shared, plain, invalid] = await createCustomers([
          { phone: "0501112233" },
          { phone: "0671234567" },
          { phone: "12" },
        ])
        const all = await admin.get(BASE)
        expect(all.status).toBe(200)
        expect(all.data).toMatchObject({ count: 3, offset: 0, limit: 20 })

        const ambiguous = await admin.get(
          `${BASE}?ambiguous=true&status=linked`
        )
        expect(ambiguous.data.count).toBe(1)
        expect(ambiguous.data.customer_links[0]).toMatchObject({
          customer_id: shared.id,
          archidelivery_client_id: "2102",
          ambiguous: true,
          customer: { id: shared.id, email: shared.email },
        })

        const failed = await admin.get(`${BASE}?status=failed`)
        expect(
          failed.data.customer_links.map((l: any) => l.customer_id)
        ).toEqual([invalid.id])
        const page = await admin.get(`${BASE}?ambiguous=false&limit=1&offset=1`)
        expect(page.data).toMatchObject({ count: 2, offset: 1, limit: 1 })
        expect(page.data.customer_links).toHaveLength(1)
        expect([plain.id, invalid.id]).toContain(
          page.data.customer_links[0].customer_id
        )

        for (const bad of [
          "status=done",
          "ambiguous=maybe",
          "limit=0",
          "offset=-1",
        ]) {
          const res = await admin.get(`${BASE}?${bad}`)
          expect(res.status).toBe(400)
          expect(res.data.message).toContain(bad.split("=")[0])
        }
      })

      it("links every customer with a phone and no link in the background", async () => {
        const already = await register({ phone: "0671234567" })
        const guests = await createCustomers([
          { phone: "0632223344", has_account: false },
          { phone: "050 111 22 33", has_account: false },
          {
            phone: "+380671112277",
            has_account: false,
            first_name: "Остап",
            last_name: "Вишня",
          },
          { phone: "000", has_account: false },
          { phone: null, has_account: false },
        ])
        expect(await linkOf(guests[0].id)).toBeUndefined()

        const start = await admin.post(`${BASE}/link-all`)
        expect(start.status).toBe(202)
        expect(start.data).toEqual({ customer_link_run: { total: 4 } })

        let progress: any
        for (let i = 0; i < 300; i++) {
          progress = (await admin.get(`${BASE}/link-all`)).data
            .customer_link_run
          if (progress.pending === 0) {
            break
          }
          await new Promise((r) => setTimeout(r, 100))
        }
        expect(progress).toEqual({
          total: 4,
          linked: 3,
          pending: 0,
          failed: 1,
          ambiguous: 1,
        })
        expect(await linkOf(guests[0].id)).toMatchObject({
          archidelivery_client_id: "2105",
          linked_by: "bulk",
        })
        expect(await linkOf(guests[4].id)).toBeUndefined()
        // The customer linked before keeps their link.
        expect(await linkOf(already.id)).toMatchObject({
          linked_by: "customer",
        })

        // Nothing left: a second run queues no one.
        const again = await admin.post(`${BASE}/link-all`)
        expect(again.data).toEqual({ customer_link_run: { total: 0 } })
      })
    })
  },
})
