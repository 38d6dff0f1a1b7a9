import type { LoaderOptions } from "@medusajs/framework/types"
import { readPluginOptions } from "../../../lib/shared/options"

/** Stops start-up with one message naming every bad option. */
export default async function validateOptionsLoader({
  options,
}: LoaderOptions): Promise<void> {
  readPluginOptions(options)
}
