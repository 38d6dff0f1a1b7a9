import { model } from "@medusajs/framework/utils"

export const CLIENT_LINK_STATUSES = ["linked", "pending", "failed"] as const

/** A Medusa customer and the ArchiDelivery client found by their phone. */
export const ClientLink = model
  .define("archidelivery_client_link", {
    id: model.id({ prefix: "adcli" }).primaryKey(),
    customer_id: model.text().unique(),
    archidelivery_client_id: model.text().nullable(),
    phone: model.text().nullable(),
    status: model.enum([...CLIENT_LINK_STATUSES]).default("pending"),
    // order, customer, admin, bulk
    linked_by: model.text().nullable(),
    linked_at: model.dateTime().nullable(),
    // Several clients share the phone: one was chosen, the admin should check.
    ambiguous: model.boolean().default(false),
    candidates: model.json().nullable(),
    attempts: model.number().default(0),
    next_attempt_at: model.dateTime().nullable(),
    lease_until: model.dateTime().nullable(),
    lease_owner: model.text().nullable(),
    last_error: model.text().nullable(),
  })
  .indexes([{ on: ["status", "next_attempt_at"] }])
