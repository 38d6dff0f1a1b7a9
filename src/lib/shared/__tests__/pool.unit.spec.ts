import { createLimiter, mapPool, runWorkers } from "../pool"

const tick = () => new Promise((r) => setImmediate(r))

describe("mapPool", () => {
  it("keeps the items' order and never runs more than the limit at once", async () => {
    let running = 0
    let widest = 0
    const out = await mapPool([5, 1, 4, 2, 3], 2, async (n) => {
      running++
      widest = Math.max(widest, running)
      for (let i = 0; i < n; i++) await tick()
      running--
      return n * 10
    })
    expect(out).toEqual([50, 10, 40, 20, 30])
    expect(widest).toBe(2)
  })

  it("starts nothing more once stopped, leaving the rest undefined", async () => {
    let stop = false
    const seen: number[] = []
    const out = await mapPool(
      [1, 2, 3, 4],
      1,
      async (n) => {
        seen.push(n)
        if (n === 2) stop = true
        return n
      },
      () => stop
    )
    expect(seen).toEqual([1, 2])
    expect(out).toEqual([1, 2, undefined, undefined])
  })

  it("handles no items and a limit above their number", async () => {
    expect(await mapPool([], 4, async () => 1)).toEqual([])
    expect(await mapPool([1], 8, async (n) => n + 1)).toEqual([2])
  })

  it("after an error starts nothing more, and rejects once the items already running have settled", async () => {
    const started: number[] = []
    const settled: number[] = []
    let rejectedWith: unknown
    await mapPool([1, 2, 3, 4], 2, async (n) => {
      started.push(n)
      for (let i = 0; i < (n === 1 ? 1 : 5); i++) await tick()
      settled.push(n)
      if (n === 1) throw new Error("boom")
      return n
    }).catch((e: unknown) => {
      rejectedWith = e
      // What the caller sees when the rejection reaches it.
      expect(settled).toEqual([1, 2])
    })
    expect(rejectedWith).toEqual(new Error("boom"))
    expect(started).toEqual([1, 2])
    await new Promise((r) => setTimeout(r, 20))
    expect(settled).toEqual([1, 2])
  })

  it("rejects with the first error", async () => {
    await expect(
      mapPool([1, 2], 2, async (n) => {
        if (n === 2) throw new Error("boom")
        return n
      })
    ).rejects.toThrow("boom")
  })
})

describe("runWorkers", () => {
  it("runs the given number of workers", async () => {
    let started = 0
    await runWorkers(3, async () => {
      started++
    })
    expect(started).toBe(3)
  })
})

describe("createLimiter", () => {
  const deferred = () => {
    let resolve!: () => void
    const promise = new Promise<void>((r) => (resolve = r))
    return { promise, resolve }
  }

  it("runs at most `slots` tasks at once, the others in arrival order", async () => {
    const limit = createLimiter(2)
    const gates = [deferred(), deferred(), deferred(), deferred()]
    const started: number[] = []
    let running = 0
    let widest = 0
    const all = gates.map((gate, i) =>
      limit(async () => {
        started.push(i)
        widest = Math.max(widest, ++running)
        await gate.promise
        running--
        return i
      })
    )
    await tick()
    expect(started).toEqual([0, 1])
    gates[1].resolve()
    await tick()
    expect(started).toEqual([0, 1, 2])
    gates[0].resolve()
    gates[2].resolve()
    gates[3].resolve()
    expect(await Promise.all(all)).toEqual([0, 1, 2, 3])
    expect(started).toEqual([0, 1, 2, 3])
    expect(widest).toBe(2)
  })

  it("frees the slot of a task that fails", async () => {
    const limit = createLimiter(1)
    await expect(
      limit(async () => {
        throw new Error("boom")
      })
    ).rejects.toThrow("boom")
    expect(await limit(async () => "next")).toBe("next")
  })
})
