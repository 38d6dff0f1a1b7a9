// neworder over real TCP: the outgoing fields a real server may be sent (ordertype -1,
// mail and email, doorphone as a flag or a code) are accepted and kept.
const { createEmulator } = require("..")
const { raw, query, data } = require("./helpers")

let emu
beforeAll(async () => {
  emu = createEmulator({ port: 0, controlPort: 0, host: "127.0.0.1" })
  await emu.start()
})
afterAll(() => emu.stop())
beforeEach(() => emu.reset())

const base = {
  type: 0,
  client: "Коваленко Олена",
  phone: "380501112233",
  order: "101#1",
}
const send = async (extra) => {
  const r = await raw(`${emu.url}/neworder?${query({ ...base, ...extra })}`)
  const id = /<OrderId>(\d+)<\/OrderId>/.exec(r.text)?.[1]
  return { r, order: emu.state.orders.find((o) => String(o.id) === id) }
}

describe("neworder outgoing fields", () => {
  it("accepts ordertype=-1 and reports it as written", async () => {
    const { r, order } = await send({ ordertype: -1 })
    expect(r.text).toContain("<Result>OK</Result>")
    expect(order).toBeDefined()
    const row = Object.values(
      data(await raw(`${emu.url}/getorderdata?OrderId=${order.id}`))
    )[0]
    expect(row.ORDERTYPE).toBe(-1)
    const bad = await send({ ordertype: "pickup" })
    expect(bad.order).toBeUndefined()
    expect(bad.r.text).toContain("ordertype")
  })

  it("takes the e-mail from mail, else email", async () => {
    const both = await send({ mail: "a@example.com", email: "b@example.com" })
    const onlyEmail = await send({ phone: "380501112234", email: "c@x.ua" })
    const client = (o) => emu.state.clients.find((c) => c.ID === o.client_id)
    expect(client(both.order).MAIL).toBe("a@example.com")
    expect(client(onlyEmail.order).MAIL).toBe("c@x.ua")
  })

  it("reads doorphone as the vendor's flag or as a code", async () => {
    expect((await send({ doorphone: 1 })).order.doorphone).toEqual({
      flag: 1,
      code: null,
    })
    expect((await send({ doorphone: 0 })).order.doorphone).toEqual({
      flag: 0,
      code: null,
    })
    expect((await send({ doorphone: "12К" })).order.doorphone).toEqual({
      flag: 1,
      code: "12К",
    })
    expect((await send({})).order.doorphone).toBeNull()
  })
})
