import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { archiDeliveryService } from "../../../modules/archidelivery"
import type { PointStateValue } from "../../../lib/kitchen/state"

export type UpsertPointStateInput = {
  point_id: string
  state?: PointStateValue
  delay_minutes?: number
  until?: Date | null
  /** Hours set in the admin; null = back to the options' hours. */
  hours?: Record<string, unknown> | null
  updated_by?: string | null
}

type Previous =
  | { created: string }
  | {
      id: string
      state: PointStateValue
      delay_minutes: number
      until: Date | null
      hours: Record<string, unknown> | null
      updated_by: string | null
    }

export const upsertPointStateStepId = "archidelivery-upsert-point-state"

/** Writes a point's state (one row per point); compensation puts the old one back. */
export const upsertPointStateStep = createStep(
  upsertPointStateStepId,
  async (input: UpsertPointStateInput, { container }) => {
    const service = archiDeliveryService(container)
    const [existing] = await service.listPointStates({
      point_id: input.point_id,
    })
    // Only what the admin changed: setting a state keeps the hours, and back.
    const { point_id: _point, ...given } = input
    const data = Object.fromEntries(
      Object.entries({ ...given, updated_by: input.updated_by ?? null }).filter(
        ([, v]) => v !== undefined
      )
    )
    if (existing) {
      const updated = await service.updatePointStates({
        id: existing.id,
        ...data,
      })
      return new StepResponse(updated, {
        id: existing.id,
        state: existing.state,
        delay_minutes: existing.delay_minutes,
        until: existing.until,
        hours: (existing.hours as Record<string, unknown> | null) ?? null,
        updated_by: existing.updated_by,
      } as Previous)
    }
    const created = await service.createPointStates({
      point_id: input.point_id,
      ...data,
    })
    return new StepResponse(created, { created: created.id } as Previous)
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const service = archiDeliveryService(container)
    if ("created" in previous) {
      await service.deletePointStates(previous.created)
    } else {
      await service.updatePointStates(previous)
    }
  }
)
