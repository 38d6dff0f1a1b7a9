import type { LineModifier } from "./choice"

/**
 * A line's modifiers as ArchiDelivery's `mods` entries. `quant` is per
 * piece of the dish, beside the dish's own `quant`.
 */
export const modsOfLine = (modifiers: readonly LineModifier[]) =>
  modifiers.map((m) => ({
    modificatorId: m.modificatorId,
    kind: m.kind,
    kind1: m.kind1,
    ref: m.ref,
    quant: m.quantity,
  }))
