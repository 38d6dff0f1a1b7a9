import { judgeCandidate, pickCandidates } from "../reconcile-match"
import { facts } from "./support/fixtures"

describe("judgeCandidate", () => {
  it.each<[string, Record<string, unknown> | null, string]>([
    [
      "marker and phone",
      { COMMENT: "дзвонити #42", PHONE: "0671234567" },
      "match",
    ],
    // The server reports the client card's phone: the client id decides.
    [
      "marker, another phone, our client",
      { COMMENT: "#42", PHONE: "0501112233", CLIENTID: 7 },
      "match",
    ],
    [
      "marker, another phone and client",
      { COMMENT: "#42", PHONE: "0501112233", CLIENTID: 8 },
      "foreign",
    ],
    ["marker without phone", { COMMENT: "#42", PHONE: "" }, "blind"],
    [
      "marker, no phone, our client",
      { COMMENT: "#42", CLIENTID: "7" },
      "match",
    ],
    ["no COMMENT", { PHONE: "0671234567" }, "blind"],
    ["another marker", { COMMENT: "#142", PHONE: "0671234567" }, "other"],
    ["nothing", null, "other"],
  ])("%s", (_name, data, expected) => {
    expect(judgeCandidate(data, facts)).toBe(expected)
  })

  it("does not take a client id for a type=0 order", () => {
    expect(
      judgeCandidate(
        { COMMENT: "#42", PHONE: "0501112233", CLIENTID: 7 },
        { ...facts, clientId: null }
      )
    ).toBe("foreign")
  })
})

describe("pickCandidates", () => {
  const notBefore = Date.UTC(2026, 10, 27, 18, 0)
  it("drops orders clearly older in every date form and keeps unreadable dates last", () => {
    const rows = [
      { ID: 1, FormatORDERDATETIME: "20.11.2026 18:05" },
      { ID: 2, FormatORDERDATETIME: "28.11.2026 18:05" },
      { ID: 3, FormatORDERDATETIME: "2026-11-01 10:00:00" },
      { ID: 4, FormatORDERDATETIME: "вчора" },
      { ID: 5, FormatORDERDATETIME: "28.11.2026 19:30:01" },
      { ID: 5, FormatORDERDATETIME: "28.11.2026 19:30:01" },
      { ID: "", FormatORDERDATETIME: "28.11.2026 19:30:01" },
    ]
    expect(pickCandidates(rows, { notBefore, max: 10 })).toEqual({
      ids: ["5", "2", "4"],
      total: 3,
      older: 2,
    })
  })

  it("reads at most `max` candidates per try", () => {
    const rows = Array.from({ length: 300 }, (_, i) => ({
      ID: i + 1,
      FormatORDERDATETIME: `28.11.2026 ${String(Math.floor(i / 60) + 10)}:${String(i % 60).padStart(2, "0")}`,
    }))
    const pick = pickCandidates(rows, { notBefore, max: 20 })
    expect(pick.total).toBe(300)
    expect(pick.ids).toHaveLength(20)
    expect(pick.ids[0]).toBe("300")
  })
})
