import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  deleteModifierOptionWorkflow,
  updateModifierOptionWorkflow,
} from "../../../../../../../workflows/modifiers"
import { readModifierGroup } from "../../../helpers"
import type { AdminUpdateModifierOptionType } from "../../../validators"

/** Changes an option; refused when the group would become impossible. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateModifierOptionType>,
  res: MedusaResponse
) => {
  await updateModifierOptionWorkflow(req.scope).run({
    input: {
      group_id: req.params.id,
      option_id: req.params.option_id,
      data: req.validatedBody,
    },
  })
  res.json({
    modifier_group: await readModifierGroup(req.scope, req.params.id),
  })
}

/** Removes an option, unless the group would have fewer options than its min. */
export const DELETE = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  await deleteModifierOptionWorkflow(req.scope).run({
    input: { group_id: req.params.id, option_id: req.params.option_id },
  })
  res.json({
    modifier_group: await readModifierGroup(req.scope, req.params.id),
  })
}
