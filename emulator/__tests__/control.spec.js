// Control API over real TCP: state, reset, menu, clients, order status, request log, auto-advance.
const { createEmulator, seed } = require("..")
const { raw, query, data, control, eventually } = require("./helpers")

let emu
beforeAll(async () => {
  emu = createEmulator({ port: 0, controlPort: 0 })
  await emu.start()
})
afterAll(() => emu.stop())
beforeEach(() => emu.reset())

const url = (path) => `${emu.controlUrl}${path}`
const menuIds = async () =>
  Object.values(data(await raw(`${emu.url}/getallmenu`))).map((r) => r.ID)

it("seed() returns fresh objects every call", () => {
  const a = seed()
  a.menu[0].PRICE = 1
  expect(seed().menu[0].PRICE).toBe(185)
})

it("GET /state is UTF-8 JSON in protocol field names", async () => {
  await raw(
    `${emu.url}/neworder?${query({ type: 1, clientid: 2105, order: "202#2" })}`
  )
  const r = await control.get(url("/state"))
  expect(r.headers["content-type"]).toBe("application/json; charset=utf-8")
  expect(r.data.menu[0]).toMatchObject({
    ID: 101,
    NAME: "Маргарита 30 см",
    MGNAME: "Піца",
    PRICE: 185,
    WEIGHT: 450,
  })
  expect(r.data.points).toHaveLength(2)
  expect(r.data.clients.length).toBeGreaterThanOrEqual(6)
  expect(r.data.orders.at(-1)).toMatchObject({
    id: 1001,
    status: 12,
    created_at: expect.any(String),
    params: { type: "1", clientid: "2105", order: "202#2" },
  })
})

it("POST /reset brings back the seed and turns faults off", async () => {
  await raw(
    `${emu.url}/neworder?${query({ type: 1, clientid: 2105, order: "202#2" })}`
  )
  await control.patch(url("/menu/101"), { PRICE: 1 })
  await control.post(url("/faults"), { error_5xx: 1 })
  const r = await control.post(url("/reset"))
  expect(r.status).toBe(200)
  expect(emu.state.orders.map((o) => o.id)).not.toContain(1001)
  expect(emu.state.menu[0].PRICE).toBe(185)
  expect(emu.faults.error_5xx).toBe(0)
  expect((await raw(`${emu.url}/ping`)).status).toBe(200)
})

it("PUT /menu replaces the menu, rows kept as given", async () => {
  const rows = [
    {
      ID: 7001,
      NAME: "Борщ «Полтавський»",
      MGNAME: "Перші страви",
      PRICE: 120,
      WEIGHT: 350,
    },
    {
      ID: 7002,
      NAME: "Пампушки",
      MGNAME: "Перші страви",
      PRICE: "не число",
      WEIGHT: 100,
    },
    {
      ID: 7003,
      NAME: "Вареники",
      MGNAME: "Другі страви",
      PRICE: 99,
      WEIGHT: 250,
      ACTIVE: 0,
    },
  ]
  const r = await control.put(url("/menu"), rows)
  expect(r.status).toBe(200)
  expect(await menuIds()).toEqual([7001, 7002])
  const rowsOut = Object.values(data(await raw(`${emu.url}/getallmenu`)))
  expect(rowsOut[1].PRICE).toBe("не число")
  expect(
    (
      await raw(
        `${emu.url}/neworder?${query({ type: 1, clientid: 2101, order: "101#1" })}`
      )
    ).text
  ).toContain("<Error>")
  expect((await control.put(url("/menu"), { ID: 1 })).status).toBe(400)
})

it("PATCH /menu/:id changes one row", async () => {
  const r = await control.patch(url("/menu/105"), {
    PRICE: 321,
    NAME: "Чотири сири «Нова»",
  })
  expect(r.data.menu_item).toMatchObject({
    ID: 105,
    PRICE: 321,
    NAME: "Чотири сири «Нова»",
  })
  const row = Object.values(data(await raw(`${emu.url}/getallmenu`))).find(
    (x) => x.ID === 105
  )
  expect(row).toMatchObject({
    PRICE: 321,
    NAME: "Чотири сири «Нова»",
    MGNAME: "Піца",
  })
  await control.patch(url("/menu/105"), { ACTIVE: 0 })
  expect(await menuIds()).not.toContain(105)
  expect((await control.patch(url("/menu/4040"), { PRICE: 1 })).status).toBe(
    404
  )
  expect((await control.patch(url("/menu/105"), [1])).status).toBe(400)
})

it("POST /menu/:id/active switches a dish off and on; list_inactive_rows lists it with its flag", async () => {
  const off = await control.post(url("/menu/105/active"), { active: false })
  expect(off.data.menu_item).toMatchObject({ ID: 105, ACTIVE: 0 })
  expect(await menuIds()).not.toContain(105)
  await control.post(url("/faults"), { list_inactive_rows: true })
  const listed = Object.values(data(await raw(`${emu.url}/getallmenu`)))
  expect(listed.find((x) => x.ID === 105)).toMatchObject({ ACTIVE: 0 })
  expect(listed.find((x) => x.ID === 113)).toMatchObject({ ACTIVE: 0 })
  await control.delete(url("/faults"))
  await control.post(url("/menu/105/active"), { active: true })
  expect(await menuIds()).toContain(105)
  expect(
    (await control.post(url("/menu/4040/active"), { active: true })).status
  ).toBe(404)
  expect(
    (await control.post(url("/menu/105/active"), { active: 0 })).status
  ).toBe(400)
  expect(
    (await control.post(url("/faults"), { list_inactive_rows: 1 })).status
  ).toBe(400)
})

it("PUT /clients replaces the clients", async () => {
  const r = await control.put(url("/clients"), [
    { ID: 1, FULLNAME: "Нова Клієнтка", PHONE: "+380 67 000 00 01" },
  ])
  expect(r.status).toBe(200)
  const found = data(
    await raw(
      `${emu.url}/getclientbyphone?phone=${encodeURIComponent("+380 67 000 00 01")}`
    )
  )
  expect(Object.values(found)).toEqual([expect.objectContaining({ ID: 1 })])
})

it("POST /orders/:id/status sets the status code seen by getorderdata", async () => {
  const r = await control.post(url("/orders/901/status"), { status: 6 })
  expect(r.data.order).toMatchObject({ id: 901, status: 6 })
  const row = Object.values(
    data(await raw(`${emu.url}/getorderdata?OrderId=901`))
  )[0]
  expect(row.ORDERSTATUS).toBe(6)
  // Unknown codes are stored as-is.
  expect(
    (await control.post(url("/orders/901/status"), { status: 42 })).status
  ).toBe(200)
  expect(
    (await control.post(url("/orders/5555/status"), { status: 6 })).status
  ).toBe(404)
  expect(
    (await control.post(url("/orders/901/status"), { status: "6" })).status
  ).toBe(400)
})

it("GET and DELETE /requests show and clear the protocol request log", async () => {
  await raw(`${emu.url}/getorderdata?OrderId=901`)
  const r = await control.get(url("/requests"))
  expect(r.data.requests).toEqual([
    {
      method: "getorderdata",
      params: { OrderId: "901" },
      query: "OrderId=901",
      at: expect.any(String),
    },
  ])
  await control.delete(url("/requests"))
  expect(emu.requests).toEqual([])
})

it("answers unknown routes, wrong verbs and bad JSON", async () => {
  expect((await control.get(url("/nope"))).status).toBe(404)
  expect((await control.delete(url("/state"))).status).toBe(405)
  const bad = await control.post(url("/faults"), "{oops", {
    headers: { "Content-Type": "application/json" },
    transformRequest: [(d) => d],
  })
  expect(bad.status).toBe(400)
})

describe("auto-advance", () => {
  const chain = [12, 2, 4, 5, 6, 7]

  const watch = async (target, id) => {
    const seen = [target.state.orders.find((o) => o.id === id).status]
    await eventually(
      () => {
        const s = target.state.orders.find((o) => o.id === id).status
        if (s !== seen.at(-1)) seen.push(s)
        return s === 7
      },
      1000,
      5
    )
    return seen
  }

  it("steps a new order 12 → 2 → 4 → 5 → 6 → 7 with the autoAdvanceMs option", async () => {
    const auto = createEmulator({ autoAdvanceMs: 20 })
    await auto.start()
    try {
      await raw(
        `${auto.url}/neworder?${query({ type: 1, clientid: 2101, order: "101#1" })}`
      )
      const seen = await watch(auto, 1001)
      // Every status seen is on the path, in order, ending at 7.
      const steps = seen.map((s) => chain.indexOf(s))
      expect(
        steps.every((v, i) => v >= 0 && (i === 0 || v > steps[i - 1]))
      ).toBe(true)
      expect(seen[0]).toBe(12)
      expect(auto.state.orders.find((o) => o.id === 907).status).toBe(9)
    } finally {
      await auto.stop()
    }
  })

  it("can be switched on through POST /faults and survives DELETE /faults", async () => {
    await control.post(url("/faults"), { auto_advance_ms: 20 })
    await control.delete(url("/faults"))
    expect(emu.settings.auto_advance_ms).toBe(20)
    await watch(emu, 901)
    await control.post(url("/reset"))
    expect(emu.settings.auto_advance_ms).toBe(0)
  })
})
