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
        const [claim] = await service.claimDueOrderSyncs({
          limit: 1,
          leaseSeconds: 60,
          owner: "w",
        })
        const sentAt = new Date()

        const done = await service.completeOrderSyncClaim(
          row.id,
          claim.claim_token!,
          {
            status: "sent",
            archidelivery_order_id: "5001",
            sent_at: sentAt,
            last_error: null,
          }
        )

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
        const [old] = await service.claimDueOrderSyncs({
          limit: 1,
          leaseSeconds: 60,
          owner: "old",
        })
        await service.updateOrderSyncs({
          id: row.id,
          lease_until: new Date(Date.now() - 1000),
        })
        const [claim] = await service.claimDueOrderSyncs({
          limit: 1,
          leaseSeconds: 60,
          owner: "new",
        })

        const stale = await service.completeOrderSyncClaim(
          row.id,
          old.claim_token!,
          {
            status: "failed",
            last_error: "late",
          }
        )
        expect(stale).toBeNull()
        expect(await service.retrieveOrderSync(row.id)).toMatchObject({
          status: "sending",
          lease_owner: "new",
          last_error: null,
        })

        const done = await service.completeOrderSyncClaim(
          row.id,
          claim.claim_token!,
          {
            status: "queued",
            reconcile: false,
            next_attempt_at: new Date(Date.now() + HOUR),
          }
        )
        expect(done).toMatchObject({ status: "queued", reconcile: false })
      })

      it("refuses a row that is not being sent", async () => {
        const [row] = await queue(1)

        expect(
          await service.completeOrderSyncClaim(row.id, "no-such-claim", {
            status: "sent",
          })
        ).toBeNull()
        expect((await service.retrieveOrderSync(row.id)).status).toBe("queued")
      })

      it("does not let a claim end in `sending`", async () => {
        const [row] = await queue(1)
        const [claim] = await service.claimDueOrderSyncs({
          limit: 1,
          leaseSeconds: 60,
          owner: "w",
        })

        await expect(
          service.completeOrderSyncClaim(row.id, claim.claim_token!, {
            status: "sending" as "sent",
          })
        ).rejects.toThrow(/status/)
      })
    })

    describe("fencing tokens", () => {
      const claimOne = async (owner: string) => {
        const [row] = await service.claimDueOrderSyncs({
          limit: 1,
          leaseSeconds: 60,
          owner,
        })
        return row
      }
      const expire = (id: string) =>
        service.updateOrderSyncs({
          id,
          lease_until: new Date(Date.now() - 1000),
        })

      it("gives every claim its own token", async () => {
        await queue(3)
        const rows = await service.claimDueOrderSyncs({
          limit: 3,
          leaseSeconds: 60,
          owner: "one-drain",
        })

        const tokens = rows.map((r) => r.claim_token)
        expect(
          tokens.every((t) => typeof t === "string" && t.length >= 16)
        ).toBe(true)
        expect(new Set(tokens).size).toBe(3)
      })

      it("refuses the first worker of a row the same drain claimed again", async () => {
        const [row] = await queue(1)
        const first = await claimOne("one-drain")
        await expire(row.id)
        const second = await claimOne("one-drain")
        expect(second.claim_token).not.toBe(first.claim_token)

        const late = await service.completeOrderSyncClaim(
          row.id,
          first.claim_token!,
          { status: "queued", reconcile: false, last_error: "late" }
        )
        expect(late).toBeNull()
        expect(
          await service.releaseOrderSyncClaim(row.id, first.claim_token!)
        ).toBeNull()
        expect(await service.retrieveOrderSync(row.id)).toMatchObject({
          status: "sending",
          reconcile: true,
          claim_token: second.claim_token,
          last_error: null,
        })

        const done = await service.completeOrderSyncClaim(
          row.id,
          second.claim_token!,
          { status: "sent", archidelivery_order_id: "5001" }
        )
        expect(done).toMatchObject({
          status: "sent",
          claim_token: null,
          lease_owner: null,
        })
      })

      it("refuses a completion after the lease ran out", async () => {
        const [row] = await queue(1)
        const claim = await claimOne("w")
        await expire(row.id)

        expect(
          await service.completeOrderSyncClaim(row.id, claim.claim_token!, {
            status: "sent",
            archidelivery_order_id: "5001",
          })
        ).toBeNull()
        expect(await service.retrieveOrderSync(row.id)).toMatchObject({
          status: "sending",
          archidelivery_order_id: null,
        })
      })

      it("keeps the attempts of a completion it refuses", async () => {
        const [row] = await queue(1)
        const claim = await claimOne("w")
        await expire(row.id)

        const { order_sync } = await service.recordOrderSyncOutcome(
          row.id,
          claim.claim_token!,
          { status: "sent", archidelivery_order_id: "5001" },
          [{ outcome: "sent", reply: "<OrderId>5001</OrderId>" }]
        )

        expect(order_sync).toBeNull()
        const attempts = await service.listOrderAttempts({
          order_sync_id: row.id,
        })
        expect(attempts.map((a) => a.outcome)).toEqual(["sent"])
      })

      it("flags every holder of an ArchiDelivery id handed out again", async () => {
        await queue(2)
        // Claim order among rows queued together is not fixed: use what each claim got.
        const a = await claimOne("w")
        await service.recordOrderSyncOutcome(
          a.id,
          a.claim_token!,
          { status: "sent", archidelivery_order_id: "1001" },
          [{ outcome: "sent" }]
        )
        const b = await claimOne("w")

        const { order_sync } = await service.recordOrderSyncOutcome(
          b.id,
          b.claim_token!,
          { status: "sent", archidelivery_order_id: "1001" },
          [{ outcome: "sent" }]
        )

        expect(order_sync).toMatchObject({
          status: "sent",
          archidelivery_order_id: "1001",
          archidelivery_id_reused: true,
          status_final: false,
        })
        expect(await service.retrieveOrderSync(a.id)).toMatchObject({
          status: "sent",
          archidelivery_id_reused: true,
          status_final: true,
        })
        for (const id of [a.id, b.id]) {
          const outcomes = (
            await service.listOrderAttempts({ order_sync_id: id })
          ).map((x) => x.outcome)
          expect(outcomes.sort()).toEqual(["id_reused", "sent"])
        }
      })
    })

    describe("releaseOrderSyncClaim", () => {
      it("puts an untried row back without counting the attempt", async () => {
        const [row] = await queue(1)
        const [claim] = await service.claimDueOrderSyncs({
          limit: 1,
          leaseSeconds: 60,
          owner: "w",
        })

        expect(await service.releaseOrderSyncClaim(row.id, "other")).toBeNull()
        const released = await service.releaseOrderSyncClaim(
          row.id,
          claim.claim_token!
        )

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

    describe("releaseOrderSyncClaims", () => {
      it("gives back only rows still held by the given claims", async () => {
        const rows = await queue(3)
        const claims = await service.claimDueOrderSyncs({
          limit: 3,
          leaseSeconds: 60,
          owner: "w",
        })
        // The third one's lease ran out and another worker took it.
        await service.updateOrderSyncs({
          id: rows[2].id,
          lease_until: new Date(Date.now() - 1000),
        })
        const [taken] = await service.claimDueOrderSyncs({
          limit: 1,
          leaseSeconds: 60,
          owner: "x",
        })

        const released = await service.releaseOrderSyncClaims(claims)

        expect(released.map((r) => r.id).sort()).toEqual(
          [rows[0].id, rows[1].id].sort()
        )
        for (const row of released) {
          expect(row).toMatchObject({
            status: "queued",
            attempts: 0,
            reconcile: false,
            claim_token: null,
            lease_until: null,
          })
        }
        expect(await service.retrieveOrderSync(rows[2].id)).toMatchObject({
          status: "sending",
          claim_token: taken.claim_token,
        })
        expect(await service.releaseOrderSyncClaims([])).toEqual([])
      })
    })

    describe("extendOrderSyncClaims", () => {
      it("renews only leases still held by their claim", async () => {
        await queue(3)
        const claims = await service.claimDueOrderSyncs({
          limit: 3,
          leaseSeconds: 5,
          owner: "w",
        })
        const rows = claims
        await service.updateOrderSyncs({
          id: rows[2].id,
          lease_until: new Date(Date.now() - 1000),
        })

        const extended = await service.extendOrderSyncClaims(
          [claims[0], { ...claims[1], claim_token: "stale" }, claims[2]],
          300
        )

        expect(extended).toEqual([rows[0].id])
        const [renewed, other, expired] = await Promise.all(
          rows.map((r) => service.retrieveOrderSync(r.id))
        )
        expect(renewed.lease_until!.getTime()).toBeGreaterThan(
          Date.now() + 200_000
        )
        expect(other.lease_until!.getTime()).toBeLessThan(Date.now() + 10_000)
        expect(expired.lease_until!.getTime()).toBeLessThan(Date.now())
        // A renewed claim still completes with its own token.
        expect(
          await service.completeOrderSyncClaim(
            rows[0].id,
            claims[0].claim_token!,
            {
              status: "sent",
            }
          )
        ).toMatchObject({ status: "sent" })
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
