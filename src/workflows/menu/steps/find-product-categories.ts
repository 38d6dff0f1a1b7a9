import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { categoryHandleOf, type CategoryRef } from "../../../lib/menu"

export type FindProductCategoriesInput = { groups: string[] }

export const findProductCategoriesStepId =
  "archidelivery-find-product-categories"

/** Categories that already stand for these menu groups, by name or handle. */
export const findProductCategoriesStep = createStep(
  findProductCategoriesStepId,
  async (input: FindProductCategoriesInput, { container }) => {
    if (!input.groups.length) {
      return new StepResponse<CategoryRef[]>([])
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "product_category",
      fields: ["id", "name", "handle"],
      filters: {
        $or: [
          { name: input.groups },
          { handle: input.groups.map(categoryHandleOf) },
        ],
      },
    })
    return new StepResponse<CategoryRef[]>(data as CategoryRef[])
  }
)
