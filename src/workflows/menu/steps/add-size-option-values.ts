import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { PendingSize } from "../../../lib/menu"

export type AddSizeOptionValuesInput = { sizes: PendingSize[] }

export const addSizeOptionValuesStepId = "archidelivery-add-size-option-values"

/** Adds each new size's label to its product's size option, so a variant can take it. */
export const addSizeOptionValuesStep = createStep(
  addSizeOptionValuesStepId,
  async (input: AddSizeOptionValuesInput, { container }) => {
    const products = container.resolve(Modules.PRODUCT)
    const pairs = new Map<
      string,
      { product_id: string; product_option_id: string; labels: string[] }
    >()
    for (const s of input.sizes) {
      const key = `${s.product_id} ${s.option_id}`
      const pair = pairs.get(key) ?? {
        product_id: s.product_id,
        product_option_id: s.option_id,
        labels: [],
      }
      pair.labels.push(s.label)
      pairs.set(key, pair)
    }
    const updates = [...pairs.values()]
    if (updates.length) {
      await products.updateProductOptionValuesOnProduct(
        updates.map((u) => ({
          product_id: u.product_id,
          product_option_id: u.product_option_id,
          add: u.labels.map((value) => ({ value })),
        }))
      )
    }
    return new StepResponse(undefined, updates)
  },
  async (updates, { container }) => {
    if (!updates?.length) {
      return
    }
    const products = container.resolve(Modules.PRODUCT)
    const values = await products.listProductOptionValues(
      {
        option_id: updates.map((u) => u.product_option_id),
        value: updates.flatMap((u) => u.labels),
      },
      { take: null }
    )
    await products.updateProductOptionValuesOnProduct(
      updates.map((u) => ({
        product_id: u.product_id,
        product_option_id: u.product_option_id,
        remove: values
          .filter(
            (v) =>
              v.option_id === u.product_option_id && u.labels.includes(v.value)
          )
          .map((v) => v.id),
      }))
    )
  }
)
