import { model } from "@medusajs/framework/utils"

/**
 * One seat of a delivery slot, taken by one cart at checkout. The unique
 * (point, slot, seat) index is what makes a slot's capacity hold under
 * concurrent checkouts: a seat can only be inserted once.
 */
export const SlotBooking = model
  .define("archidelivery_slot_booking", {
    id: model.id({ prefix: "adslb" }).primaryKey(),
    point_id: model.text(),
    /** The slot's local start, `YYYY-MM-DD HH:MM:SS`. */
    slot_start: model.text(),
    seat: model.number(),
    cart_id: model.text().unique(),
  })
  .indexes([
    {
      on: ["point_id", "slot_start", "seat"],
      unique: true,
      where: "deleted_at IS NULL",
    },
  ])
