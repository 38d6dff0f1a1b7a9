import { ArchiDeliveryError } from "./errors"
import type { OrderItem, OrderItemFormat } from "./types"

/**
 * A bad item is refused before anything is sent (kind "rejected", no
 * exchange): an order must never reach the kitchen with lines missing.
 */
function refuse(field: string, message: string): never {
  throw new ArchiDeliveryError(
    "rejected",
    "neworder",
    `${field} ${message}; nothing was sent`,
    { field }
  )
}

const isQuantity = (q: unknown): q is number =>
  typeof q === "number" && Number.isFinite(q) && q > 0

function checkItem(item: OrderItem, i: number, format: OrderItemFormat) {
  const at = `items[${i}]`
  const id = typeof item?.menuId === "string" ? item.menuId.trim() : ""
  if (!id) {
    refuse(`${at}.menuId`, "has no ArchiDelivery menu id")
  }
  if (format === "legacy" && /[#,]/.test(id)) {
    refuse(`${at}.menuId`, `"${id}" cannot contain "#" or ","`)
  }
  if (!isQuantity(item.quant)) {
    refuse(`${at}.quant`, "must be a number above 0")
  }
  const mods = item.mods ?? []
  if (format === "legacy" && mods.length) {
    refuse(`${at}.mods`, "cannot be sent in the legacy item format (use json)")
  }
  mods.forEach((m, j) => {
    const numbers = [m?.modificatorId, m?.ref, m?.quant]
    if (!numbers.every((n) => typeof n === "number" && Number.isFinite(n))) {
      refuse(`${at}.mods[${j}]`, "needs numeric modificatorId, ref and quant")
    }
    if (![0, 1].includes(m.kind) || ![0, 1].includes(m.kind1)) {
      refuse(`${at}.mods[${j}]`, "needs kind and kind1 of 0 or 1")
    }
  })
  return id
}

/** Numeric ids go out as JSON numbers, like the vendor example (menuId:1234). */
const jsonId = (id: string) =>
  /^\d+$/.test(id) && Number.isSafeInteger(Number(id)) ? Number(id) : id

/**
 * The `order` parameter: legacy `ID#qty,ID#qty`, or the JSON list that
 * `orderformattype=1` announces (ArchiDelivery ≥ 1.5.8.0).
 */
export function formatOrderItems(
  items: OrderItem[],
  format: OrderItemFormat
): string {
  if (format !== "legacy" && format !== "json") {
    refuse("itemFormat", `must be "legacy" or "json"`)
  }
  if (!Array.isArray(items) || items.length === 0) {
    refuse("items", "is empty")
  }
  const ids = items.map((item, i) => checkItem(item, i, format))
  if (format === "legacy") {
    return items.map((item, i) => `${ids[i]}#${item.quant}`).join(",")
  }
  return JSON.stringify(
    items.map((item, i) => ({
      menuId: jsonId(ids[i]),
      quant: item.quant,
      ...(item.mods?.length
        ? {
            mods: item.mods.map((m) => ({
              modificatorId: m.modificatorId,
              kind: m.kind,
              kind1: m.kind1,
              ref: m.ref,
              quant: m.quant,
            })),
          }
        : {}),
    }))
  )
}
