import {
  polledStatus,
  previousStatuses,
  statusUpdates,
  type PolledRow,
} from "../status-poll"

const row: PolledRow = {
  id: "sync_1",
  order_id: "order_1",
  archidelivery_order_id: "1001",
  archidelivery_status: 2,
  archidelivery_status_label: "accepted",
  archidelivery_status_at: new Date(Date.UTC(2026, 10, 28, 18, 0)),
  status_final: false,
  display_id: 42,
  sent_at: "2026-11-28T17:55:00Z",
}

describe("polledStatus", () => {
  it("puts the code read next to what the row held", () => {
    expect(
      polledStatus(
        row,
        { ORDERSTATUS: " 6 ", COMMENT: "#42", PHONE: "067", CLIENTID: 7, X: 1 },
        null
      )
    ).toEqual({
      id: "sync_1",
      order_id: "order_1",
      archidelivery_order_id: "1001",
      previous_status: 2,
      previous_label: "accepted",
      previous_at: "2026-11-28T18:00:00.000Z",
      previous_final: false,
      display_id: 42,
      sent_at: "2026-11-28T17:55:00.000Z",
      status: 6,
      raw_status: " 6 ",
      seen: { COMMENT: "#42", PHONE: "067", CLIENTID: 7 },
      read_error: null,
    })
  })

  it("keeps a failed or empty read without a code", () => {
    expect(
      polledStatus(
        { ...row, archidelivery_status_at: null, sent_at: null },
        undefined,
        "refused"
      )
    ).toMatchObject({
      previous_at: null,
      sent_at: null,
      status: null,
      raw_status: null,
      seen: null,
      read_error: "refused",
    })
  })
})

describe("statusUpdates", () => {
  const now = new Date()
  const read = (status: number | null) => ({
    ...polledStatus(row, null, null),
    status,
  })

  it("stores each code with its label and finality, announcing the changes", () => {
    const { updates, events } = statusUpdates(
      [read(2), read(7), read(99), read(null)],
      [7, 9],
      now
    )
    expect(updates).toEqual([
      {
        id: "sync_1",
        archidelivery_status: 2,
        archidelivery_status_label: "accepted",
        archidelivery_status_at: now,
        status_final: false,
      },
      {
        id: "sync_1",
        archidelivery_status: 7,
        archidelivery_status_label: "delivered/completed",
        archidelivery_status_at: now,
        status_final: true,
      },
      {
        id: "sync_1",
        archidelivery_status: 99,
        archidelivery_status_label: null,
        archidelivery_status_at: now,
        status_final: false,
      },
      { id: "sync_1", archidelivery_status_at: now },
    ])
    expect(events).toEqual([
      {
        order_id: "order_1",
        archidelivery_order_id: "1001",
        status: 7,
        previous_status: 2,
        label: "delivered/completed",
      },
      {
        order_id: "order_1",
        archidelivery_order_id: "1001",
        status: 99,
        previous_status: 2,
        label: null,
      },
    ])
  })

  it("puts the rows back as they were", () => {
    expect(previousStatuses([read(7)])).toEqual([
      {
        id: "sync_1",
        archidelivery_status: 2,
        archidelivery_status_label: "accepted",
        archidelivery_status_at: new Date(Date.UTC(2026, 10, 28, 18, 0)),
        status_final: false,
      },
    ])
  })
})
