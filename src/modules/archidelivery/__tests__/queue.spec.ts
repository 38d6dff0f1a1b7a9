import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { ARCHIDELIVERY_MODULE } from "../index"
import type ArchiDeliveryModuleService from "../service"
import { MIGRATIONS, MODULE_OPTIONS, RESOLVE, runDatabase } from "./helpers"

jest.setTimeout(120_000)

const HOUR = 3_600_000

moduleIntegrationTestRunner<ArchiDeliveryModuleService>({
  moduleName: ARCHIDELIVERY_MODULE,
  resolve: RESOLVE,
  pathToMigrations: MIGRATIONS,
  dbName: runDatabase("queue"),
  moduleOptions: MODULE_OPTIONS,
  testSuite: ({ service, MikroOrmWrapper }) => {
    const queue = async (n: number, prefix = "order") =>
      service.enqueueOrderSyncs(
        Array.from({ length: n }, (_, i) => ({
          order_id: `${prefix}_${i}`,
          display_id: 1000 + i,
        }))
      )

    describe("enqueueOrderSyncs", () => {
      it("queues an order once however often it is called", async () => {
        const [first] = await service.enqueueOrderSyncs([
          { order_id: "order_1", display_id: 7 },
        ])
        const again = await service.enqueueOrderSyncs([
          { order_id: "order_1", display_id: 8 },
          { order_id: "order_1" },
        ])

        expect(first).toMatchObject({
          order_id: "order_1",
          display_id: 7,
          status: "queued",
          attempts: 0,
          reconcile: false,
        })
        expect(first.id).toMatch(/^adsync_/)
        expect(again).toHaveLength(1)
        expect(again[0].id).toBe(first.id)
        expect(again[0].display_id).toBe(7)
        expect(await service.listOrderSyncs({})).toHaveLength(1)
      })

      it("returns the rows in the order they were asked for", async () => {
        await service.enqueueOrderSyncs([{ order_id: "b" }])
        const rows = await service.enqueueOrderSyncs([
          { order_id: "a" },
          { order_id: "b" },
          { order_id: "c" },
        ])

        expect(rows.map((r) => r.order_id)).toEqual(["a", "b", "c"])
      })

      it("joins a transaction it is given", async () => {
        const em = MikroOrmWrapper.forkManager()
        await expect(
          em.transactional(async (transactionManager) => {
            await service.enqueueOrderSyncs([{ order_id: "order_tx" }], {
              transactionManager,
            })
            throw new Error("roll back")
          })
        ).rejects.toThrow("roll back")

        expect(await service.listOrderSyncs({ order_id: "order_tx" })).toEqual(
          []
        )
      })
    })

    describe("claimDueOrderSyncs", () => {
      it("never gives the same row to two claimers at the same moment", async () => {
        await queue(50)

        const claims = await Promise.all(
          Array.from({ length: 5 }, (_, i) =>
            service.claimDueOrderSyncs({
              limit: 20,
              leaseSeconds: 300,
              owner: `worker_${i}`,
            })
          )
        )

        const ids = claims.flat().map((r) => r.id)
        expect(ids).toHaveLength(50)
        expect(new Set(ids).size).toBe(50)
        for (const [i, rows] of claims.entries()) {
          for (const row of rows) {
            expect(row).toMatchObject({
              status: "sending",
              lease_owner: `worker_${i}`,
              attempts: 1,
              reconcile: false,
            })
          }
        }
        const counts = await service.countOrderSyncsByStatus()
        expect(counts).toEqual({
          queued: 0,
          sending: 50,
          sent: 0,
          failed: 0,
          needs_review: 0,
          cancelled: 0,
        })
      })

      it("takes the oldest rows first, up to the limit", async () => {
        const [a, , c] = await queue(3)
        // The last one written becomes the oldest.
        const backdate = (id: string, ms: number) =>
          MikroOrmWrapper.forkManager().execute(
            "UPDATE archidelivery_order_sync SET created_at = ? WHERE id = ?",
            [new Date(Date.now() - ms), id]
          )
        await backdate(c.id, HOUR)
        await backdate(a.id, HOUR / 2)

        const rows = await service.claimDueOrderSyncs({
          limit: 2,
          leaseSeconds: 60,
          owner: "w",
        })

        expect(rows.map((r) => r.id)).toEqual([c.id, a.id])
      })

      it("takes only rows whose next attempt is due", async () => {
        const [later, due, unset] = await queue(3)
        await service.updateOrderSyncs([
          { id: later.id, next_attempt_at: new Date(Date.now() + HOUR) },
          { id: due.id, next_attempt_at: new Date(Date.now() - HOUR) },
        ])

        const rows = await service.claimDueOrderSyncs({
          limit: 10,
          leaseSeconds: 60,
          owner: "w",
        })

        expect(rows.map((r) => r.id).sort()).toEqual([due.id, unset.id].sort())
      })

      it("leaves rows that are not queued alone", async () => {
        const rows = await queue(3)
        await service.updateOrderSyncs([
          { id: rows[0].id, status: "sent" },
          { id: rows[1].id, status: "failed" },
          { id: rows[2].id, status: "needs_review" },
        ])

        expect(
          await service.claimDueOrderSyncs({
            limit: 10,
            leaseSeconds: 60,
            owner: "w",
          })
        ).toEqual([])
      })

      it("takes only the orders asked for", async () => {
        await queue(3)
        const rows = await service.claimDueOrderSyncs({
          limit: 10,
          leaseSeconds: 60,
          owner: "w",
          orderIds: ["order_2", "order_missing"],
        })

        expect(rows.map((r) => r.order_id)).toEqual(["order_2"])
      })

      it("reclaims a row whose lease expired and flags it for reconciling", async () => {
        const [row] = await queue(1)
        await service.claimDueOrderSyncs({
          limit: 1,
          leaseSeconds: 300,
          owner: "first",
        })

        // A live lease keeps the row with its worker.
        expect(
          await service.claimDueOrderSyncs({
            limit: 1,
            leaseSeconds: 300,
            owner: "second",
          })
        ).toEqual([])

        await service.updateOrderSyncs({
          id: row.id,
          lease_until: new Date(Date.now() - 1000),
        })
        const [again] = await service.claimDueOrderSyncs({
          limit: 1,
          leaseSeconds: 300,
          owner: "second",
        })

        expect(again).toMatchObject({
          id: row.id,
          status: "sending",
          lease_owner: "second",
          attempts: 2,
          reconcile: true,
        })
        expect(again.lease_until!.getTime()).toBeGreaterThan(Date.now())
      })

      it("rejects a claim without an owner or a positive limit", async () => {
        await expect(
          service.claimDueOrderSyncs({ limit: 0, leaseSeconds: 60, owner: "" })
        ).rejects.toThrow(/limit.*owner/)
      })
    })

    describe("completeOrderSyncClaim", () => {
      it("records the outcome and ends the lease", async () => {
        const [row] = await queue(1)
        await service.claimDueOrderSyncs({
          limit: 1,
          leaseSeconds: 60,
          owner: "w",
        })
        const sentAt = new Date()

        const done = await service.completeOrderSyncClaim(row.id, "w", {
          status: "sent",
          archidelivery_order_id: "5001",
          sent_at: sentAt,
          last_error: null,
        })

        expect(done).toMatchObject({
          id: row.id,
          status: "sent",
          archidelivery_order_id: "5001",
          lease_owner: null,
          lease_until: null,
          attempts: 1,
        })
        expect(done!.sent_at!.getTime()).toBe(sentAt.getTime())
      })

      it("refuses a worker whose claim was taken over", async () => {
        const [row] = await queue(1)
        await service.claimDueOrderSyncs({
          limit: 1,
          leaseSeconds: 60,
          owner: "old",
        })
        await service.updateOrderSyncs({
          id: row.id,
          lease_until: new Date(Date.now() - 1000),
        })
        await service.claimDueOrderSyncs({
          limit: 1,
          leaseSeconds: 60,
          owner: "new",
        })

        const stale = await service.completeOrderSyncClaim(row.id, "old", {
          status: "failed",
          last_error: "late",
        })
        expect(stale).toBeNull()
        expect(await service.retrieveOrderSync(row.id)).toMatchObject({
          status: "sending",
          lease_owner: "new",
          last_error: null,
        })

        const done = await service.completeOrderSyncClaim(row.id, "new", {
          status: "queued",
          reconcile: false,
          next_attempt_at: new Date(Date.now() + HOUR),
        })
        expect(done).toMatchObject({ status: "queued", reconcile: false })
      })

      it("refuses a row that is not being sent", async () => {
        const [row] = await queue(1)

        expect(
          await service.completeOrderSyncClaim(row.id, "w", { status: "sent" })
        ).toBeNull()
        expect((await service.retrieveOrderSync(row.id)).status).toBe("queued")
      })

      it("does not let a claim end in `sending`", async () => {
        const [row] = await queue(1)
        await service.claimDueOrderSyncs({
          limit: 1,
          leaseSeconds: 60,
          owner: "w",
        })

        await expect(
          service.completeOrderSyncClaim(row.id, "w", {
            status: "sending" as "sent",
          })
        ).rejects.toThrow(/status/)
      })
    })

    describe("releaseOrderSyncClaim", () => {
      it("puts an untried row back without counting the attempt", async () => {
        const [row] = await queue(1)
        await service.claimDueOrderSyncs({
          limit: 1,
          leaseSeconds: 60,
          owner: "w",
        })

        expect(await service.releaseOrderSyncClaim(row.id, "other")).toBeNull()
        const released = await service.releaseOrderSyncClaim(row.id, "w")

        expect(released).toMatchObject({
          status: "queued",
          attempts: 0,
          lease_owner: null,
          lease_until: null,
        })
        expect(
          await service.claimDueOrderSyncs({
            limit: 1,
            leaseSeconds: 60,
            owner: "x",
          })
        ).toHaveLength(1)
      })
    })

    describe("attempts log", () => {
      it("keeps the attempts of an order", async () => {
        const [row] = await queue(1)
        await service.createOrderAttempts([
          {
            order_sync_id: row.id,
            outcome: "unreachable",
            message: "connect ECONNREFUSED",
            request: { method: "neworder", params: { phone: "380671234567" } },
          },
          {
            order_sync_id: row.id,
            outcome: "sent",
            reply: "<OrderId>5001</OrderId>",
          },
        ])

        const sync = await service.retrieveOrderSync(row.id, {
          relations: ["attempts_log"],
        })
        expect(sync.attempts_log.map((a) => a.outcome).sort()).toEqual([
          "sent",
          "unreachable",
        ])
        expect(sync.attempts_log[0].id).toMatch(/^adatt_/)
      })
    })

    describe("client link claims", () => {
      const links = (n: number) =>
        service.createClientLinks(
          Array.from({ length: n }, (_, i) => ({ customer_id: `cus_${i}` }))
        )

      it("hands each due pending link to one claimer only", async () => {
        await links(30)

        const claims = await Promise.all(
          Array.from({ length: 4 }, (_, i) =>
            service.claimDueClientLinks({ limit: 10, owner: `w${i}` })
          )
        )

        const ids = claims.flat().map((r) => r.id)
        expect(ids).toHaveLength(30)
        expect(new Set(ids).size).toBe(30)
        expect(claims.flat().every((r) => r.status === "pending")).toBe(true)
        expect(claims.flat().every((r) => r.attempts === 1)).toBe(true)
      })

      it("skips linked, not yet due and leased links", async () => {
        const [linked, later, leased, due] = await links(4)
        await service.updateClientLinks([
          { id: linked.id, status: "linked" },
          { id: later.id, next_attempt_at: new Date(Date.now() + HOUR) },
        ])
        await service.claimDueClientLinks({ limit: 10, owner: "first" })
        await service.updateClientLinks([
          { id: due.id, lease_until: new Date(Date.now() - 1000) },
        ])

        const rows = await service.claimDueClientLinks({
          limit: 10,
          owner: "second",
        })

        expect(rows.map((r) => r.id)).toEqual([due.id])
        expect(await service.retrieveClientLink(leased.id)).toMatchObject({
          lease_owner: "first",
          attempts: 1,
        })
      })

      it("completes a link only for the worker holding it", async () => {
        const [link] = await links(1)
        await service.claimDueClientLinks({ limit: 1, owner: "w" })

        expect(
          await service.completeClientLinkClaim(link.id, "x", {
            status: "linked",
          })
        ).toBeNull()
        const done = await service.completeClientLinkClaim(link.id, "w", {
          status: "linked",
          archidelivery_client_id: "77",
          linked_by: "order",
          linked_at: new Date(),
          ambiguous: true,
          candidates: [{ id: "77" }, { id: "78" }],
        })

        expect(done).toMatchObject({
          status: "linked",
          archidelivery_client_id: "77",
          ambiguous: true,
          candidates: [{ id: "77" }, { id: "78" }],
          lease_owner: null,
        })
      })
    })
  },
})
