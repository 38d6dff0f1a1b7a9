import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { archiDeliveryService } from "../../../modules/archidelivery"
import { isOffline } from "../../../lib/kitchen/state"

export type RecordKitchenOutageInput = {
  reachable: boolean
  message?: string | null
}

export type KitchenOutageChange = {
  /** Staff must hear the kitchen went offline (the outage just got long enough). */
  offline: {
    outage_id: string
    started_at: string
    last_error: string | null
  } | null
  /** Staff must hear it is back (the outage had been announced). */
  online: { outage_id: string; started_at: string; ended_at: string } | null
}

type Previous =
  | { created: string }
  | {
      id: string
      ended_at: Date | null
      last_error: string | null
      announced_at: Date | null
    }

export const recordKitchenOutageStepId = "archidelivery-record-kitchen-outage"

/**
 * The drain's ping, seen as the kitchen's health: a failed ping opens an
 * outage (its start is the first failure) or keeps it open, and marks it
 * announced once it has lasted `kitchen.offlineAfterMinutes`; an answer
 * closes it. Returns what staff must be told.
 */
export const recordKitchenOutageStep = createStep(
  recordKitchenOutageStepId,
  async (input: RecordKitchenOutageInput, { container }) => {
    const service = archiDeliveryService(container)
    const { offlineAfterMinutes } = service.getOptions().kitchen
    const now = new Date()
    // Drains racing without their lock may each open one: all are closed
    // together, and the oldest is the outage.
    const opened = await service.listKitchenOutages(
      { ended_at: null },
      { order: { started_at: "ASC" } }
    )
    const open = opened[0]
    const change: KitchenOutageChange = { offline: null, online: null }
    if (input.reachable) {
      if (!open) {
        return new StepResponse(change, null as Previous[] | null)
      }
      await service.updateKitchenOutages(
        opened.map((o) => ({ id: o.id, ended_at: now }))
      )
      const announced = opened.find((o) => o.announced_at)
      if (announced) {
        change.online = {
          outage_id: announced.id,
          started_at: new Date(open.started_at).toISOString(),
          ended_at: now.toISOString(),
        }
      }
      return new StepResponse(change, opened.map(snapshot))
    }
    const error = input.message ?? null
    if (!open) {
      const created = await service.createKitchenOutages({
        started_at: now,
        last_error: error,
      })
      return new StepResponse(change, [{ created: created.id }] as Previous[])
    }
    const announce =
      !open.announced_at && isOffline(open, offlineAfterMinutes, now)
    await service.updateKitchenOutages({
      id: open.id,
      last_error: error,
      ...(announce ? { announced_at: now } : {}),
    })
    if (announce) {
      change.offline = {
        outage_id: open.id,
        started_at: new Date(open.started_at).toISOString(),
        last_error: error,
      }
    }
    return new StepResponse(change, [snapshot(open)])
  },
  async (previous: Previous[] | null | undefined, { container }) => {
    if (!previous?.length) {
      return
    }
    const service = archiDeliveryService(container)
    for (const p of previous) {
      if ("created" in p) {
        await service.deleteKitchenOutages(p.created)
      } else {
        await service.updateKitchenOutages(p)
      }
    }
  }
)

const snapshot = (o: {
  id: string
  ended_at: Date | null
  last_error: string | null
  announced_at: Date | null
}): Previous => ({
  id: o.id,
  ended_at: o.ended_at,
  last_error: o.last_error,
  announced_at: o.announced_at,
})
