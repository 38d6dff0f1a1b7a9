import { readdirSync } from "node:fs"
import { join } from "node:path"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { archiDeliveryService } from "../../modules/archidelivery"

/** The module's own migrations, as Medusa records them (file names without extension). */
function moduleMigrationNames(): string[] {
  try {
    return readdirSync(
      join(__dirname, "../../modules/archidelivery/migrations")
    )
      .map((f) => f.match(/^(Migration\d+)\.[cm]?[jt]s$/)?.[1])
      .filter((n): n is string => !!n)
  } catch {
    return []
  }
}

/**
 * When the plugin was installed: the earliest of the time its first
 * migration ran and its first queue row. Null when neither is known. Orders
 * placed before it went to the kitchen by other means and are never swept.
 */
export async function pluginInstalledAt(
  container: MedusaContainer
): Promise<Date | null> {
  const times: Date[] = []
  const names = moduleMigrationNames()
  if (names.length) {
    try {
      const { rows } = await container
        .resolve(ContainerRegistrationKeys.PG_CONNECTION)
        .raw(
          `SELECT min(executed_at) AS at FROM mikro_orm_migrations WHERE name IN (${names.map(() => "?").join(", ")})`,
          names
        )
      if (rows[0]?.at) {
        times.push(new Date(rows[0].at))
      }
    } catch {
      // Another migrations table: the first queue row still tells.
    }
  }
  const [first] = await archiDeliveryService(container).listOrderSyncs(
    {},
    { select: ["created_at"], order: { created_at: "ASC" }, take: 1 }
  )
  if (first?.created_at) {
    times.push(new Date(first.created_at))
  }
  return times.length
    ? new Date(Math.min(...times.map((t) => t.getTime())))
    : null
}
