import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  deleteModifierGroupWorkflow,
  updateModifierGroupWorkflow,
} from "../../../../../workflows/modifiers"
import { readModifierGroup } from "../helpers"
import type { AdminUpdateModifierGroupType } from "../validators"

export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  res.json({
    modifier_group: await readModifierGroup(req.scope, req.params.id),
  })
}

/** Changes a group's name, bounds or place; refused when it would become impossible. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateModifierGroupType>,
  res: MedusaResponse
) => {
  await updateModifierGroupWorkflow(req.scope).run({
    input: { id: req.params.id, ...req.validatedBody },
  })
  res.json({
    modifier_group: await readModifierGroup(req.scope, req.params.id),
  })
}

/** Removes a group with its options and product attachments. */
export const DELETE = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  await deleteModifierGroupWorkflow(req.scope).run({
    input: { id: req.params.id },
  })
  res.json({ id: req.params.id, object: "modifier_group", deleted: true })
}
