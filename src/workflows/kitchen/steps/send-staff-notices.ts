import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { archiDeliveryService } from "../../../modules/archidelivery"
import { staffNotice, type NoticeFacts } from "../../../lib/kitchen/notices"
import { errorMessage } from "../../../lib/shared/error-message"

export type SendStaffNoticesInput = Omit<NoticeFacts, "admin_url"> & {
  /** Makes a repeated event send nothing twice. */
  key: string
}

export const sendStaffNoticesStepId = "archidelivery-send-staff-notices"

/**
 * Tells staff through the Notification module: always the admin feed
 * (`feed`), and `kitchen.notify.to` on `kitchen.notify.channel` when set.
 * One channel failing (no provider for it) does not stop the other.
 * Notices cannot be taken back, so there is no compensation.
 */
export const sendStaffNoticesStep = createStep(
  sendStaffNoticesStepId,
  async (input: SendStaffNoticesInput, { container }) => {
    const { notify } = archiDeliveryService(container).getOptions().kitchen
    const { key, ...facts } = input
    // Staff know orders by their number, not their id.
    if (facts.order_id && (facts.display_id ?? null) === null) {
      const { data: orders } = await container
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({
          entity: "order",
          fields: ["id", "display_id"],
          filters: { id: facts.order_id },
        })
      facts.display_id = orders[0]?.display_id ?? null
    }
    const notice = staffNotice({ ...facts, admin_url: notify.adminUrl })
    const data = {
      title: notice.title,
      description: notice.description,
      url: notice.url,
      kind: input.kind,
      order_id: input.order_id ?? null,
      texts: notice.texts,
    }
    const targets = [
      { channel: "feed", to: "" },
      ...(notify.to ? [{ channel: notify.channel, to: notify.to }] : []),
    ]
    const notifications = container.resolve(Modules.NOTIFICATION)
    const sent: string[] = []
    for (const t of targets) {
      try {
        await notifications.createNotifications({
          to: t.to,
          channel: t.channel,
          template: notice.template,
          trigger_type: notice.template,
          resource_type: input.order_id ? "order" : "archidelivery_outage",
          resource_id: input.order_id ?? key,
          idempotency_key: `${key}:${t.channel}`,
          content: { subject: notice.title, text: notice.description },
          data,
        })
        sent.push(t.channel)
      } catch (e) {
        container
          .resolve(ContainerRegistrationKeys.LOGGER)
          .warn(
            `archidelivery: notice ${notice.template} not sent on ${t.channel}: ${errorMessage(e)}`
          )
      }
    }
    return new StepResponse(sent)
  }
)
