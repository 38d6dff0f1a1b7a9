import {
  addChunkCounts,
  emptyChunkCounts,
  emptyTotals,
  importReport,
  type ReportItem,
} from "../report"

const line = (id: string, action: ReportItem["action"]): ReportItem => ({
  archidelivery_id: id,
  name: null,
  action,
  product_id: null,
  message: action,
})

describe("addChunkCounts", () => {
  it("adds every count of a chunk to the sum", () => {
    const sum = emptyChunkCounts()
    addChunkCounts(sum, {
      created: 2,
      updated: 1,
      unchanged: 3,
      skipped_unapproved: 0,
    })
    addChunkCounts(sum, {
      created: 1,
      updated: 0,
      unchanged: 1,
      skipped_unapproved: 4,
    })
    expect(sum).toEqual({
      created: 3,
      updated: 1,
      unchanged: 4,
      skipped_unapproved: 4,
    })
  })
})

describe("importReport", () => {
  it("totals the run and lists invalid, chunk and missing lines in that order", () => {
    const report = importReport(
      { fetched: 5, invalid: [line("1", "invalid")] },
      {
        counts: {
          created: 1,
          updated: 1,
          unchanged: 0,
          skipped_unapproved: 1,
        },
        report: [line("2", "adopted")],
      },
      [line("9", "missing"), line("8", "missing")]
    )
    expect(report.totals).toEqual({
      ...emptyTotals(),
      fetched: 5,
      created: 1,
      updated: 1,
      skipped_unapproved: 1,
      invalid: 1,
      missing: 2,
    })
    expect(report.items.map((i) => i.archidelivery_id)).toEqual([
      "1",
      "2",
      "9",
      "8",
    ])
  })
})
