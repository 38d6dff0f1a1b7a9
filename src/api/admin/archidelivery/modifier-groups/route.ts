import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { createModifierGroupWorkflow } from "../../../../workflows/modifiers"
import { listPage } from "../list-page"
import { readModifierGroup, serializeModifierGroup } from "./helpers"
import type {
  AdminCreateModifierGroupType,
  AdminListModifierGroupsType,
} from "./validators"

const likeText = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`

/** The modifier groups with their options, searched by name. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminListModifierGroupsType>,
  res: MedusaResponse
) => {
  const { q, offset, limit } = req.validatedQuery
  const filters = q ? { name: { $ilike: likeText(q) } } : {}
  const { rows, count } = await listPage<Record<string, any>>(
    req,
    "archidelivery_modifier_group",
    filters,
    { sort: "ASC", name: "ASC", id: "ASC" }
  )
  res.json({
    modifier_groups: rows.map(serializeModifierGroup),
    count,
    offset,
    limit,
  })
}

/** Defines a group with its options; an impossible one is refused, naming the field. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateModifierGroupType>,
  res: MedusaResponse
) => {
  const { result: id } = await createModifierGroupWorkflow(req.scope).run({
    input: req.validatedBody,
  })
  res
    .status(201)
    .json({ modifier_group: await readModifierGroup(req.scope, id) })
}
