import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

const whole = (min: number) => z.number().int().min(min)
const id = z.string().trim().min(1)

// Shapes only: whether the group can ever be satisfied is the workflow's
// check, which names the field at fault.
const option = z
  .object({
    name: z.string().trim().min(1).max(200),
    price: z.number().min(0).default(0),
    modificator_id: whole(0),
    kind: z.union([z.literal(0), z.literal(1)]),
    kind1: z.union([z.literal(0), z.literal(1)]),
    ref: whole(1),
    default_quantity: whole(1).default(1),
    is_default: z.boolean().default(false),
    sort: z.number().int().default(0),
  })
  .strict()

export const AdminCreateModifierOption = option
export type AdminCreateModifierOptionType = z.infer<typeof option>

export const AdminUpdateModifierOption = option.partial().strict()
export type AdminUpdateModifierOptionType = z.infer<
  typeof AdminUpdateModifierOption
>

export const AdminCreateModifierGroup = z
  .object({
    name: z.string().trim().min(1).max(200),
    min: whole(0).default(0),
    max: whole(0).default(1),
    sort: z.number().int().default(0),
    options: z.array(option).max(100).default([]),
  })
  .strict()
export type AdminCreateModifierGroupType = z.infer<
  typeof AdminCreateModifierGroup
>

export const AdminUpdateModifierGroup = z
  .object({
    name: z.string().trim().min(1).max(200).optional(),
    min: whole(0).optional(),
    max: whole(0).optional(),
    sort: z.number().int().optional(),
  })
  .strict()
export type AdminUpdateModifierGroupType = z.infer<
  typeof AdminUpdateModifierGroup
>

export const AdminListModifierGroups = createFindParams().merge(
  z.object({
    q: z.string().trim().max(200).optional(),
    offset: z.coerce.number().int().min(0).default(0),
    limit: z.coerce.number().int().min(1).max(500).default(100),
  })
)
export type AdminListModifierGroupsType = z.infer<
  typeof AdminListModifierGroups
>

export const AdminSetProductModifierGroups = z
  .object({
    add: z.array(id).max(100).default([]),
    remove: z.array(id).max(100).default([]),
  })
  .strict()
export type AdminSetProductModifierGroupsType = z.infer<
  typeof AdminSetProductModifierGroups
>
