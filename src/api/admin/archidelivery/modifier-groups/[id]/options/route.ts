import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { createModifierOptionWorkflow } from "../../../../../../workflows/modifiers"
import { readModifierGroup } from "../../helpers"
import type { AdminCreateModifierOptionType } from "../../validators"

/** Adds an option to a group; refused when the group would become impossible. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateModifierOptionType>,
  res: MedusaResponse
) => {
  await createModifierOptionWorkflow(req.scope).run({
    input: { group_id: req.params.id, option: req.validatedBody },
  })
  res
    .status(201)
    .json({ modifier_group: await readModifierGroup(req.scope, req.params.id) })
}
