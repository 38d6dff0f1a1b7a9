import type { CreateProductCategoryDTO } from "@medusajs/framework/types"
import { createProductCategoriesWorkflow } from "@medusajs/medusa/core-flows"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { CategoryRef } from "../../../lib/menu"

export type CreateImportCategoriesInput = {
  categories: CreateProductCategoryDTO[]
}

export const createImportCategoriesStepId =
  "archidelivery-create-import-categories"

/**
 * Makes the categories a whole import needs before its chunks start. No
 * compensation: products of chunks that finished sit in them, and those
 * stay when a later chunk fails; a run started again finds them.
 */
export const createImportCategoriesStep = createStep(
  createImportCategoriesStepId,
  async (input: CreateImportCategoriesInput, { container }) => {
    if (!input.categories.length) {
      return new StepResponse<CategoryRef[]>([])
    }
    const { result } = await createProductCategoriesWorkflow(container).run({
      input: { product_categories: input.categories },
    })
    return new StepResponse<CategoryRef[]>(
      result.map((c) => ({ id: c.id, name: c.name, handle: c.handle }))
    )
  }
)
