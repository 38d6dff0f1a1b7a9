import type { ConfigModule } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  createMedusaContainer,
  defineConfig,
} from "@medusajs/framework/utils"
import { asValue } from "@medusajs/framework/awilix"
import warnLockingLoader, {
  defaultLockingProviderId,
  lockingWarning,
  multiInstanceReasons,
} from "../warn-locking"

// Real host configurations, normalised by Medusa's own defineConfig.
type Input = Parameters<typeof defineConfig>[0]
const config = (input: Input = {}) =>
  defineConfig(input) as unknown as ConfigModule

const locking = (...providers: Record<string, unknown>[]) => ({
  resolve: "@medusajs/medusa/locking",
  options: { providers },
})
const redisLocking = {
  resolve: "@medusajs/medusa/locking-redis",
  id: "locking-redis",
  options: { redisUrl: "redis://127.0.0.1:6379" },
}
const postgresLocking = {
  resolve: "@medusajs/medusa/locking-postgres",
  id: "locking-postgres",
}
const worker = { projectConfig: { workerMode: "worker" as const } }

/** Runs the loader as Medusa does and returns what it warned. */
async function load(configModule: ConfigModule, dataLoaderOnly = false) {
  const warnings: string[] = []
  const container = createMedusaContainer()
  container.register(
    ContainerRegistrationKeys.CONFIG_MODULE,
    asValue(configModule)
  )
  await warnLockingLoader({
    container,
    dataLoaderOnly,
    logger: { warn: (m: string) => warnings.push(m) } as never,
  })
  return warnings
}

describe("which locking provider is the default", () => {
  it("is the in-memory one when the host configures none", () => {
    expect(defaultLockingProviderId(config())).toBe("in-memory")
  })

  it("is the only provider listed, or the one marked is_default", () => {
    expect(
      defaultLockingProviderId(config({ modules: [locking(redisLocking)] }))
    ).toBe("locking-redis")
    expect(
      defaultLockingProviderId(
        config({
          modules: [
            locking(redisLocking, { ...postgresLocking, is_default: true }),
          ],
        })
      )
    ).toBe("locking-postgres")
  })

  it("stays in-memory when several are listed and none is the default", () => {
    expect(
      defaultLockingProviderId(
        config({ modules: [locking(redisLocking, postgresLocking)] })
      )
    ).toBe("in-memory")
  })
})

describe("signs of several instances", () => {
  it("finds none for a lone instance in shared mode", () => {
    expect(multiInstanceReasons(config(), { env: {} })).toEqual([])
    expect(
      multiInstanceReasons(config(), { env: { MEDUSA_INSTANCES: "1" } })
    ).toEqual([])
  })

  it("counts worker mode, --cluster, MEDUSA_INSTANCES and the Redis event bus and workflow engine", () => {
    expect(multiInstanceReasons(config(worker))).toEqual([
      expect.stringContaining('"worker"'),
    ])
    expect(multiInstanceReasons(config(), { clusterWorker: true })).toEqual([
      expect.stringContaining("--cluster"),
    ])
    expect(
      multiInstanceReasons(config(), { env: { MEDUSA_INSTANCES: "3" } })
    ).toEqual(["MEDUSA_INSTANCES is 3"])
    const distributed = config({
      modules: [
        {
          resolve: "@medusajs/medusa/event-bus-redis",
          options: { redisUrl: "redis://x" },
        },
        {
          resolve: "@medusajs/medusa/workflow-engine-redis",
          options: { redis: { redisUrl: "redis://x" } },
        },
      ],
    })
    expect(multiInstanceReasons(distributed)).toEqual([
      expect.stringContaining("event-bus-redis"),
      expect.stringContaining("workflow-engine-redis"),
    ])
  })

  it("does not count server mode: `medusa exec` runs scripts in it", () => {
    expect(
      multiInstanceReasons(config({ projectConfig: { workerMode: "server" } }))
    ).toEqual([])
  })
})

describe("the start-up warning", () => {
  it("is loud for a worker on in-memory locks and names the fix", async () => {
    const warnings = await load(config(worker))

    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/UNSAFE LOCKING/)
    expect(warnings[0]).toMatch(
      /in-memory locking provider, but workerMode is "worker"/
    )
    expect(warnings[0]).toMatch(
      /locking-redis or @medusajs\/medusa\/locking-postgres/
    )
  })

  it("warns when several providers leave in-memory as the default", async () => {
    expect(
      await load(
        config({ ...worker, modules: [locking(redisLocking, postgresLocking)] })
      )
    ).toHaveLength(1)
  })

  it("is silent with a shared provider, Redis or PostgreSQL", async () => {
    expect(
      await load(config({ ...worker, modules: [locking(redisLocking)] }))
    ).toEqual([])
    expect(
      await load(config({ ...worker, modules: [locking(postgresLocking)] }))
    ).toEqual([])
  })

  it("is silent for a lone shared instance, and while only data loaders run", async () => {
    expect(await load(config())).toEqual([])
    expect(await load(config(worker), true)).toEqual([])
    expect(lockingWarning(config(), { env: {} })).toBeNull()
  })
})
