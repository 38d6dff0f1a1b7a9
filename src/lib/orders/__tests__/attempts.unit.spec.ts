import {
  attemptFrom,
  clientIdFromAttempts,
  orderIdFromAttempts,
} from "../attempts"

describe("attemptFrom", () => {
  it("keeps the request and the reply of an exchange, no more", () => {
    expect(
      attemptFrom("sent", "ok", {
        method: "neworder",
        params: { phone: "380671234567" },
        query: "method=neworder&phone=380671234567",
        status: 200,
        contentType: "text/xml",
        body: "<output/>",
        durationMs: 12,
        at: "2026-11-28T18:00:00.000Z",
      })
    ).toEqual({
      outcome: "sent",
      message: "ok",
      request: {
        method: "neworder",
        params: { phone: "380671234567" },
        query: "method=neworder&phone=380671234567",
      },
      reply: "<output/>",
      http_status: 200,
      duration_ms: 12,
    })
  })

  it("records an attempt without an exchange", () => {
    expect(attemptFrom("cancelled", null)).toEqual({
      outcome: "cancelled",
      message: null,
      request: null,
      reply: null,
      http_status: null,
      duration_ms: null,
    })
  })
})

describe("the row's own attempts", () => {
  const ok =
    '<?xml version="1.0" encoding="windows-1251"?>\r\n<output><Results><Result>OK</Result><OrderId>1005</OrderId></Results></output>'
  it("finds an OrderId a neworder reply already carried", () => {
    expect(
      orderIdFromAttempts([
        { outcome: "unknown_outcome", reply: null, request: null },
        { outcome: "sent", reply: ok, request: { method: "neworder" } },
      ])
    ).toBe("1005")
    expect(
      orderIdFromAttempts([
        {
          outcome: "unknown_outcome",
          reply: ok.slice(0, 40),
          request: { method: "neworder" },
        },
        { outcome: "x", reply: ok, request: { method: "getorderdata" } },
      ])
    ).toBeNull()
  })

  it("names the client a type=1 send used", () => {
    expect(
      clientIdFromAttempts([
        {
          outcome: "u",
          reply: null,
          request: { method: "neworder", params: { type: "0" } },
        },
        {
          outcome: "u",
          reply: null,
          request: { method: "neworder", params: { type: "1", clientid: "7" } },
        },
      ])
    ).toBe("7")
    expect(clientIdFromAttempts([])).toBeNull()
  })
})
