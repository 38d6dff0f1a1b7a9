import { serverCheckText } from "../text"
import type { ServerCheckReport } from "../types"

const report: ServerCheckReport = {
  checked_at: "2026-12-01T10:00:00.000Z",
  findings: [
    {
      id: "points",
      level: "problem",
      title: "pointId 77 is not one of the 2 points",
      detail: "Set pointId to one of 5 (Піцерія на Подолі), 10 (Кухня).",
      evidence: {
        point_id_option: "77",
        points: [{ id: "5", name: "Піцерія" }],
      },
    },
  ],
  dialect: {
    text_content_type: "text; charset=windows-1251",
    xml_content_type: null,
    declared_charset: "windows-1251",
    detected_charset: "utf8",
    data_shape: "keyed",
  },
  menu: {
    rows: 2,
    fields: ["ID", "NAME", "SUMMA"],
    mapping_ok: false,
    suggested_mapping: {
      id: "ID",
      name: "NAME",
      price: "SUMMA",
      weight: "WEIGHT",
      group: "MGNAME",
    },
  },
  points: [{ id: "5", name: "Піцерія" }],
  lookup: { proven: false, reason: "no order sent yet" },
}

describe("serverCheckText", () => {
  it("writes every finding with its level, what to set and its evidence", () => {
    const text = serverCheckText(report)
    expect(text).toContain("[PROBLEM] pointId 77 is not one of the 2 points\n")
    expect(text).toContain(
      "  Set pointId to one of 5 (Піцерія на Подолі), 10 (Кухня).\n"
    )
    expect(text).toContain('    points: [{"id":"5","name":"Піцерія"}]\n')
    expect(text).toContain("  detected charset: utf8\n")
    expect(text).toContain("  XML Content-Type: -\n")
    expect(text).toContain(
      'suggested menuFields {"id":"ID","name":"NAME","price":"SUMMA"'
    )
    expect(text).toContain("Lookup: not proven (no order sent yet)")
    expect(text.endsWith("\n")).toBe(true)
  })
})
