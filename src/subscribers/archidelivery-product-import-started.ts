import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import {
  PRODUCT_IMPORT_STARTED_EVENT,
  type ProductImportStartedEvent,
} from "../lib/shared/events"
import { runProductImport } from "../workflows/menu/run-product-import"

/**
 * Runs a menu import the admin opened, to its end. It runs in the
 * background, never inside the event handler: with the Redis event bus a
 * handler that waited for the whole menu would hold up every other event.
 * The run records its own failure and releases the import lock.
 */
export default async function archideliveryProductImportStarted({
  event,
  container,
}: SubscriberArgs<ProductImportStartedEvent>) {
  void runProductImport(container, event.data)
}

export const config: SubscriberConfig = {
  event: PRODUCT_IMPORT_STARTED_EVENT,
  context: { subscriberId: "archidelivery-product-import-started" },
}
