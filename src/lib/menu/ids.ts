import { toHandle } from "@medusajs/framework/utils"

// How a menu row is found again in Medusa: by the product's external_id,
// its handle, and the handle of its group's category.

export const EXTERNAL_ID_PREFIX = "archidelivery:"

export const externalIdOf = (archideliveryId: string) =>
  `${EXTERNAL_ID_PREFIX}${archideliveryId}`

export const handleOf = (archideliveryId: string) =>
  toHandle(`archidelivery-${archideliveryId}`)

/** The handle of a new product when another product already holds `handleOf`. */
export const importedHandleOf = (archideliveryId: string) =>
  toHandle(`archidelivery-${archideliveryId}-imported`)

export const categoryHandleOf = (group: string) => toHandle(group)
