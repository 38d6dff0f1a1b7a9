import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  mergeLinks,
  mergeProblem,
  type ShownProduct,
  type SizeLink,
} from "../../../lib/menu"
import { archiDeliveryService } from "../../../modules/archidelivery"

export type LoadSizeMergeInput = { archidelivery_ids: string[] }

export type SizeMerge = {
  links: SizeLink[]
  /** The product of the first row asked for: the merged product copies it. */
  first: ShownProduct
  product_ids: string[]
}

export const SHOWN_PRODUCT_FIELDS = [
  "id",
  "title",
  "status",
  "description",
  "thumbnail",
  "images.url",
  "categories.id",
  "sales_channels.id",
  "shipping_profile.id",
]

export const loadSizeMergeStepId = "archidelivery-load-size-merge"

/** The rows to merge (every row of their products) and the first one's product; it writes nothing. */
export const loadSizeMergeStep = createStep(
  loadSizeMergeStepId,
  async (input: LoadSizeMergeInput, { container }) => {
    const service = archiDeliveryService(container)
    const asked = [...new Set(input.archidelivery_ids)]
    const direct = await service.listProductLinks(
      { archidelivery_id: asked },
      { take: null }
    )
    const productIds = [
      ...new Set(direct.flatMap((l) => (l.product_id ? [l.product_id] : []))),
    ]
    const all = productIds.length
      ? await service.listProductLinks(
          { product_id: productIds },
          { take: null }
        )
      : []
    const links = mergeLinks(asked, [
      ...all,
      ...direct.filter((l) => !l.product_id),
    ])
    const problem = mergeProblem(links, asked)
    if (problem) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, problem)
    }
    const { data } = await container
      .resolve(ContainerRegistrationKeys.QUERY)
      .graph({
        entity: "product",
        fields: SHOWN_PRODUCT_FIELDS,
        filters: { id: links[0].product_id! },
      })
    if (!data[0]) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `archidelivery_ids: the product of ${links[0].archidelivery_id} no longer exists`
      )
    }
    return new StepResponse<SizeMerge>({
      links,
      first: data[0] as ShownProduct,
      product_ids: productIds,
    })
  }
)
