import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { switchOffEnd, type SwitchOffUntil } from "../../../lib/menu/until-time"
import { archiDeliveryService } from "../../../modules/archidelivery"

export type SetDishAvailabilityInput = {
  /** Menu rows (one dish, or one size of it) by their ArchiDelivery id. */
  archidelivery_ids: string[]
  /** Switch off until then; absent = switch back on. */
  switch_off?: SwitchOffUntil
  actor_id: string | null
}

export const setDishAvailabilityStepId = "archidelivery-set-dish-availability"

const FIELDS = [
  "id",
  "admin_unavailable",
  "unavailable_until",
  "unavailable_at",
  "unavailable_by",
] as const

/**
 * An admin's switch-off of dishes (until a time in the shop's zone, until
 * tomorrow, or until switched back on) or its end. An unknown id writes nothing.
 */
export const setDishAvailabilityStep = createStep(
  setDishAvailabilityStepId,
  async (input: SetDishAvailabilityInput, { container }) => {
    const service = archiDeliveryService(container)
    const ids = [...new Set(input.archidelivery_ids)]
    const links = await service.listProductLinks(
      { archidelivery_id: ids },
      { take: null }
    )
    const known = new Set(links.map((l) => l.archidelivery_id))
    const unknown = ids.filter((id) => !known.has(id))
    if (unknown.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `archidelivery_ids: not imported from ArchiDelivery: ${unknown.join(", ")}`
      )
    }
    const now = new Date()
    const { timeZone } = service.getOptions().availability
    const data = input.switch_off
      ? {
          admin_unavailable: true,
          unavailable_until: switchOffEnd(input.switch_off, now, timeZone),
          unavailable_at: now,
          unavailable_by: input.actor_id,
        }
      : {
          admin_unavailable: false,
          unavailable_until: null,
          unavailable_at: null,
          unavailable_by: null,
        }
    if (data.unavailable_until && data.unavailable_until <= now) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "until: must be in the future"
      )
    }
    await service.updateProductLinks({
      selector: { id: links.map((l) => l.id) },
      data,
    })
    const updated = await service.listProductLinks(
      { archidelivery_id: ids },
      { take: null }
    )
    const previous = links.map((l) =>
      Object.fromEntries(FIELDS.map((f) => [f, l[f]]))
    )
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (previous?.length) {
      await archiDeliveryService(container).updateProductLinks(
        previous as { id: string }[]
      )
    }
  }
)
