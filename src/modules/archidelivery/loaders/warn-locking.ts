import cluster from "node:cluster"
import type {
  ConfigModule,
  LoaderOptions,
  Logger,
} from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

/** The Locking module's built-in provider: a lock no other process sees. */
export const IN_MEMORY_LOCKING = "in-memory"

type ModuleEntry = {
  resolve?: unknown
  disable?: boolean
  options?: { providers?: ProviderEntry[] }
}
type ProviderEntry = { id?: string; resolve?: unknown; is_default?: boolean }

const entryOf = (
  configModule: ConfigModule,
  key: string
): ModuleEntry | undefined => {
  const entry = (configModule.modules as Record<string, unknown> | undefined)?.[
    key
  ]
  return entry && typeof entry === "object" ? (entry as ModuleEntry) : undefined
}

/**
 * The default locking provider's id, chosen the way the Locking module's own
 * loader chooses it: the one marked `is_default`, or the only one listed,
 * else the built-in in-memory provider.
 */
export function defaultLockingProviderId(configModule: ConfigModule): string {
  const locking = entryOf(configModule, Modules.LOCKING)
  const providers =
    locking && !locking.disable ? (locking.options?.providers ?? []) : []
  let chosen = IN_MEMORY_LOCKING
  for (const provider of providers) {
    if ((provider.is_default || providers.length === 1) && provider.id) {
      chosen = provider.id
    }
  }
  return chosen
}

export type InstanceHints = {
  env?: Record<string, string | undefined>
  /** This process is a child of `medusa start --cluster`. */
  clusterWorker?: boolean
}

/**
 * Why this process is believed to run beside other Medusa instances; empty
 * when nothing says so. Medusa cannot count its instances, so these are the
 * signs a deployment gives: a worker always has a server beside it,
 * `--cluster` forks several processes, the Redis event bus and workflow
 * engine exist only to share work between instances, and `MEDUSA_INSTANCES`
 * lets a host with replicas in shared mode say so.
 */
export function multiInstanceReasons(
  configModule: ConfigModule,
  hints: InstanceHints = {}
): string[] {
  const reasons: string[] = []
  if (configModule.projectConfig?.workerMode === "worker") {
    reasons.push('workerMode is "worker", so a server instance runs beside it')
  }
  if (hints.clusterWorker) {
    reasons.push("it was started with `medusa start --cluster`")
  }
  const instances = Number(hints.env?.MEDUSA_INSTANCES)
  if (Number.isFinite(instances) && instances > 1) {
    reasons.push(`MEDUSA_INSTANCES is ${instances}`)
  }
  for (const key of [Modules.EVENT_BUS, Modules.WORKFLOW_ENGINE]) {
    const entry = entryOf(configModule, key)
    if (
      entry &&
      !entry.disable &&
      typeof entry.resolve === "string" &&
      /redis/i.test(entry.resolve)
    ) {
      reasons.push(`${entry.resolve} shares work between instances`)
    }
  }
  return reasons
}

/** The start-up warning, or null when the locking set-up is safe. */
export function lockingWarning(
  configModule: ConfigModule,
  hints: InstanceHints = {}
): string | null {
  const provider = defaultLockingProviderId(configModule)
  const reasons = multiInstanceReasons(configModule, hints)
  if (provider !== IN_MEMORY_LOCKING || !reasons.length) {
    return null
  }
  return [
    "",
    "=".repeat(78),
    "archidelivery: UNSAFE LOCKING FOR SEVERAL INSTANCES",
    `This instance uses Medusa's in-memory locking provider, but ${reasons.join("; ")}.`,
    "The order drain, the kitchen-status follow-up, the client-link retries and",
    "product imports take Locking-module locks so that only one instance runs",
    "each at a time. In-memory locks are invisible to other processes, so every",
    "instance runs them at once: a slow send can outlive its claim and be looked",
    "up while still in flight, and two product imports can overwrite each other.",
    "Configure a shared provider in medusa-config.ts: @medusajs/medusa/locking",
    "with @medusajs/medusa/locking-redis or @medusajs/medusa/locking-postgres.",
    "=".repeat(78),
  ].join("\n")
}

/**
 * Says loudly at start-up when the host runs several instances on a lock
 * only one process can see. It only warns: a lone instance in shared mode
 * is safe with in-memory locks, and refusing to start would take a shop
 * down over a set-up it may be migrating away from.
 */
export default async function warnLockingLoader({
  container,
  logger,
  dataLoaderOnly,
}: LoaderOptions): Promise<void> {
  // Migrations and other tooling load modules without serving anything.
  if (dataLoaderOnly) {
    return
  }
  const configModule = container.resolve<ConfigModule | undefined>(
    ContainerRegistrationKeys.CONFIG_MODULE,
    { allowUnregistered: true }
  )
  if (!configModule) {
    return
  }
  const warning = lockingWarning(configModule, {
    env: process.env,
    clusterWorker: cluster.isWorker,
  })
  if (warning) {
    const log: Pick<Logger, "warn"> =
      logger ??
      container.resolve(ContainerRegistrationKeys.LOGGER, {
        allowUnregistered: true,
      }) ??
      console
    log.warn(warning)
  }
}
