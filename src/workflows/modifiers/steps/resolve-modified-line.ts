import {
  ContainerRegistrationKeys,
  MedusaError,
  QueryContext,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  choiceProblemsMessage,
  LINE_MODIFIERS_KEY,
  modifiedUnitPrice,
  modifierLanguage,
  resolveModifierChoice,
  type ChosenModifier,
} from "../../../lib/modifiers"
import { productModifierGroups } from "../product-modifier-groups"

export type ResolveModifiedLineInput = {
  cart_id: string
  variant_id: string
  quantity: number
  modifiers: ChosenModifier[]
}

export const resolveModifiedLineStepId = "archidelivery-resolve-modified-line"

/**
 * The line to add: the customer's modifiers checked against the product's
 * groups (a refusal in their language names the dish and the group or
 * option), priced as the variant's price plus the options, and kept in the
 * line's metadata. With no modifier at all it is a plain line.
 */
export const resolveModifiedLineStep = createStep(
  resolveModifiedLineStepId,
  async (input: ResolveModifiedLineInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [cart],
    } = await query.graph({
      entity: "cart",
      fields: [
        "id",
        "region_id",
        "currency_code",
        "locale",
        "metadata",
        "customer.metadata",
      ],
      filters: { id: input.cart_id },
    })
    if (!cart) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Cart id not found: ${input.cart_id}`
      )
    }
    const {
      data: [variant],
    } = await query.graph({
      entity: "product_variant",
      fields: [
        "id",
        "product_id",
        "product.title",
        "calculated_price.calculated_amount",
      ],
      filters: { id: input.variant_id },
      context: {
        calculated_price: QueryContext({
          region_id: cart.region_id,
          currency_code: cart.currency_code,
        }),
      },
    })
    if (!variant) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `variant_id: variant ${input.variant_id} not found`
      )
    }
    const groups =
      (await productModifierGroups(container, [variant.product_id!])).get(
        variant.product_id!
      ) ?? []
    const choice = resolveModifierChoice(groups, input.modifiers)
    if (!choice.ok) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        choiceProblemsMessage(
          choice.problems,
          variant.product?.title ?? variant.id,
          modifierLanguage(cart as any)
        )
      )
    }
    const base = variant.calculated_price?.calculated_amount
    if (!choice.modifiers.length) {
      return new StepResponse({
        variant_id: input.variant_id,
        quantity: input.quantity,
      })
    }
    if (typeof base !== "number") {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `variant_id: variant ${input.variant_id} has no price in ${cart.currency_code}`
      )
    }
    return new StepResponse({
      variant_id: input.variant_id,
      quantity: input.quantity,
      unit_price: modifiedUnitPrice(base, choice.modifiers),
      metadata: { [LINE_MODIFIERS_KEY]: choice.modifiers },
    })
  }
)
