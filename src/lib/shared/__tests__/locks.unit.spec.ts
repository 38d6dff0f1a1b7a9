import {
  isLockContention,
  lockingHealth,
  probeLocking,
  recordLocking,
} from "../locks"

describe("isLockContention", () => {
  it.each([
    // What Medusa's in-memory, Redis and PostgreSQL providers throw when
    // another holder keeps the lock.
    ["Timed-out acquiring lock.", true],
    ['Failed to acquire lock for key "archidelivery:order-drain"', true],
    ['"archidelivery:order-drain" is already locked.', true],
    ["connect ECONNREFUSED 127.0.0.1:6379", false],
    ["Connection is closed.", false],
    ["Reached the max retries per request limit (which is 20).", false],
  ])("%s → %s", (message, busy) => {
    expect(isLockContention(new Error(message))).toBe(busy)
  })

  it("reads a thrown string too", () => {
    expect(isLockContention("Timed-out acquiring lock.")).toBe(true)
  })
})

describe("probeLocking", () => {
  it("passes when a fresh lock is taken at once", async () => {
    const keys: string[] = []
    const locking = {
      acquire: async (key: string) => void keys.push(key),
      release: async (key: string) => void keys.splice(keys.indexOf(key), 1),
    }
    expect(await probeLocking(locking)).toBeNull()
    expect(keys).toEqual([])
  })

  it("names the failure of a provider that throws", async () => {
    const locking = {
      acquire: async () => {
        throw new Error("connect ECONNREFUSED 127.0.0.1:6379")
      },
      release: async () => undefined,
    }
    expect(await probeLocking(locking)).toBe(
      "connect ECONNREFUSED 127.0.0.1:6379"
    )
  })

  it("fails a provider that does not answer (a store that is down)", async () => {
    const locking = {
      acquire: () => new Promise(() => undefined),
      release: async () => undefined,
    }
    expect(await probeLocking(locking, 50)).toBe("no answer within 50 ms")
  })
})

describe("lockingHealth", () => {
  it("keeps the last word with its time", () => {
    const at = new Date("2026-12-01T18:00:00Z")
    recordLocking("connect ECONNREFUSED", at)
    expect(lockingHealth()).toEqual({
      ok: false,
      error: "connect ECONNREFUSED",
      at: at.toISOString(),
    })
    recordLocking(null, at)
    expect(lockingHealth()).toEqual({
      ok: true,
      error: null,
      at: at.toISOString(),
    })
  })
})
