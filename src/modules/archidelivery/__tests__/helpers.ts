import { join } from "path"
import { dropDatabase } from "@medusajs/test-utils"

export const RESOLVE = "./src/modules/archidelivery"
export const MIGRATIONS = join(__dirname, "..", "migrations")
export const MODULE_OPTIONS = { url: "http://127.0.0.1:5858" }

/**
 * A database of this run only: other people run tests on the same server at
 * the same time. Dropped when the file's tests are done.
 */
export function runDatabase(name: string): string {
  const databaseName = `medusa-archidelivery-${name}-${process.pid}`
  afterAll(async () => {
    await dropDatabase({ databaseName })
  })
  return databaseName
}
