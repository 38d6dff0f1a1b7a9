import { chunk } from "../chunks"

describe("chunk", () => {
  it("cuts a list into pieces of the size, the last one shorter", () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]])
  })

  it("gives no chunk for an empty list", () => {
    expect(chunk([], 250)).toEqual([])
  })
})
