import { ArchiDeliveryError, type Row } from "../../archidelivery"
import { KNOWN_ORDER_STATUSES } from "../order-status"
import { lookupFailure, searchPoint } from "../point-search"

const opts = {
  pointId: "1",
  createdAt: "2026-11-28T18:00:00.000Z",
  maxCandidates: 10,
}

function fakeClient(
  listed: Record<string, Row[]>,
  data: Record<string, Row | null>,
  fail: { list?: number; read?: string; error?: Error } = {}
) {
  const calls: string[] = []
  const error =
    fail.error ?? new ArchiDeliveryError("unreachable", "x", "refused")
  return {
    calls,
    client: {
      async getOrderByPoint(pointId: string, status: string | number) {
        calls.push(`getorderbypoint ${pointId}/${status}`)
        if (fail.list === status) {
          throw error
        }
        return listed[status] ?? []
      },
      async getOrderData(id: string) {
        calls.push(`getorderdata ${id}`)
        if (fail.read === id) {
          throw error
        }
        return data[id] ?? null
      },
    },
  }
}

describe("searchPoint", () => {
  it("lists every known status, then reads each candidate newest first", async () => {
    const { client, calls } = fakeClient(
      {
        12: [{ ID: 7, FormatORDERDATETIME: "28.11.2026 18:05" }],
        4: [
          { ID: 8, FormatORDERDATETIME: "28.11.2026 19:00" },
          // Clearly older than the order: never read.
          { ID: 3, FormatORDERDATETIME: "20.11.2026 18:00" },
        ],
      },
      { 7: { COMMENT: "#42" }, 8: { COMMENT: "#1" } }
    )
    expect(await searchPoint(client, opts)).toEqual({
      pick: { ids: ["8", "7"], total: 2, older: 1 },
      read: [{ COMMENT: "#1" }, { COMMENT: "#42" }],
    })
    expect(calls).toEqual([
      ...KNOWN_ORDER_STATUSES.map((s) => `getorderbypoint 1/${s}`),
      "getorderdata 8",
      "getorderdata 7",
    ])
  })

  it("stops at the first listing without an answer", async () => {
    const { client, calls } = fakeClient({}, {}, { list: 3 })
    expect(await searchPoint(client, opts)).toEqual({
      failed: {
        decision: "wait",
        answered: false,
        detail: "getorderbypoint 1/3: refused",
        exchange: undefined,
      },
    })
    expect(calls.at(-1)).toBe("getorderbypoint 1/3")
  })

  it("stops at the first candidate read that was refused", async () => {
    const { client } = fakeClient(
      { 12: [{ ID: 7 }, { ID: 8 }] },
      {},
      {
        read: "7",
        error: new ArchiDeliveryError("rejected", "getorderdata", "no"),
      }
    )
    expect(await searchPoint(client, opts)).toMatchObject({
      failed: {
        decision: "undecidable",
        answered: true,
        detail: "getorderdata 7: no",
      },
    })
  })

  it("rethrows an error of our own", async () => {
    const { client } = fakeClient({}, {}, { list: 12, error: new Error("bug") })
    await expect(searchPoint(client, opts)).rejects.toThrow("bug")
  })
})

describe("lookupFailure", () => {
  it("takes a useless answer as answered and keeps its exchange", () => {
    const error = Object.assign(
      new ArchiDeliveryError("unknown_outcome", "getorderdata", "HTTP 502"),
      { exchange: { method: "getorderdata" } }
    )
    expect(lookupFailure("getorderdata 7", error)).toEqual({
      decision: "wait",
      answered: true,
      detail: "getorderdata 7: HTTP 502",
      exchange: { method: "getorderdata" },
    })
  })
})
