import { createCoalescingRunner } from "../coalescing-runner"

const tick = () => new Promise((r) => setTimeout(r, 5))

describe("createCoalescingRunner", () => {
  it("returns at once and runs in the background", async () => {
    let release!: () => void
    let runs = 0
    const runner = createCoalescingRunner(async () => {
      runs++
      await new Promise<void>((r) => (release = r))
    })
    const started = Date.now()
    void runner.kick()
    expect(Date.now() - started).toBeLessThan(5)
    await tick()
    expect(runs).toBe(1)
    release()
    await runner.idle()
  })

  it("turns every kick during a run into exactly one more run", async () => {
    const releases: (() => void)[] = []
    let runs = 0
    const runner = createCoalescingRunner(async () => {
      runs++
      await new Promise<void>((r) => releases.push(r))
    })
    void runner.kick()
    await tick()
    for (let i = 0; i < 10; i++) {
      void runner.kick()
    }
    releases.shift()!()
    await tick()
    expect(runs).toBe(2)
    releases.shift()!()
    await runner.idle()
    expect(runs).toBe(2)
  })

  it("keeps going after a failed run", async () => {
    let runs = 0
    const runner = createCoalescingRunner(async () => {
      runs++
      throw new Error("boom")
    })
    await runner.kick()
    await runner.kick()
    expect(runs).toBe(2)
  })
})
