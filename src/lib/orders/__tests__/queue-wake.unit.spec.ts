import { createQueueWake } from "../queue-wake"

describe("createQueueWake", () => {
  it("calls every listener on each announcement", () => {
    const wake = createQueueWake()
    const heard: string[] = []
    wake.listen(() => heard.push("a"))
    wake.listen(() => heard.push("b"))
    wake.announce()
    wake.announce()
    expect(heard).toEqual(["a", "b", "a", "b"])
    expect(wake.listening()).toBe(2)
  })

  it("stops calling a listener once it stops listening", () => {
    const wake = createQueueWake()
    let heard = 0
    const stop = wake.listen(() => heard++)
    wake.announce()
    stop()
    wake.announce()
    expect(heard).toBe(1)
    expect(wake.listening()).toBe(0)
  })

  it("lets a listener stop listening while it is called", () => {
    const wake = createQueueWake()
    const heard: string[] = []
    const stop = wake.listen(() => {
      heard.push("a")
      stop()
    })
    wake.listen(() => heard.push("b"))
    wake.announce()
    wake.announce()
    expect(heard).toEqual(["a", "b", "b"])
  })
})
