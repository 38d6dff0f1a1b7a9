import type { LoaderOptions } from "@medusajs/framework/types"
import { parseOptions, type ArchiDeliveryOptions } from "../../../lib/shared/options"

/**
 * Medusa adds its own `database` entry to every module's options; the
 * plugin's strict schema must only see what the shop owner wrote.
 */
export function readModuleOptions(raw: unknown): ArchiDeliveryOptions {
  const { database: _database, ...own } = (raw ?? {}) as Record<string, unknown>
  return parseOptions(own)
}

/** Stops start-up with one message naming every bad option. */
export default async function validateOptionsLoader({
  options,
}: LoaderOptions): Promise<void> {
  readModuleOptions(options)
}
