import { createElement } from "react"
import { renderToStaticMarkup } from "react-dom/server"
import {
  PAGE_SIZE,
  pageWindow,
  selectedIds,
  usePagedTable,
} from "../lib/use-paged-table"

/** What the hook returns on a table's first render. */
function firstRender(pageSize?: number) {
  let result: ReturnType<typeof usePagedTable> | undefined
  const Probe = () => {
    result = usePagedTable(pageSize)
    return null
  }
  renderToStaticMarkup(createElement(Probe))
  return result!
}

describe("usePagedTable", () => {
  it("starts on the first page of ten rows", () => {
    const { page, pagination } = firstRender()
    expect(PAGE_SIZE).toBe(10)
    expect(page).toEqual({ offset: 0, limit: 10 })
    expect(pagination.state).toEqual({ pageIndex: 0, pageSize: 10 })
  })

  it("pages a list the client holds by its own page size", () => {
    const { page, slice } = firstRender(20)
    expect(page).toEqual({ offset: 0, limit: 20 })
    const rows = Array.from({ length: 45 }, (_, i) => i)
    expect(slice(rows)).toEqual(rows.slice(0, 20))
  })

  it("asks the API for the rows of the page shown", () => {
    expect(pageWindow(0, 10)).toEqual({ offset: 0, limit: 10 })
    expect(pageWindow(3, 10)).toEqual({ offset: 30, limit: 10 })
    expect(pageWindow(2, 20)).toEqual({ offset: 40, limit: 20 })
  })
})

describe("selectedIds", () => {
  it("keeps the ticked rows only", () => {
    expect(selectedIds({ a: true, b: false, c: true })).toEqual(["a", "c"])
    expect(selectedIds({})).toEqual([])
  })
})
