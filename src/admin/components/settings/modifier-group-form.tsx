import { Button, Checkbox, Drawer, Input, Label, toast } from "@medusajs/ui"
import { useState } from "react"
import { errorMessage } from "../../lib/errors"
import { useT } from "../../lib/i18n"
import {
  useCreateModifierGroup,
  type NewModifierGroup,
} from "../../lib/queries/modifiers"

type OptionDraft = NewModifierGroup["options"][number]

const blankOption = (): OptionDraft => ({
  name: "",
  price: 0,
  modificator_id: 0,
  kind: 1,
  kind1: 1,
  ref: 0,
  default_quantity: 1,
  is_default: false,
})

const num = (v: string) => (v.trim() === "" ? NaN : Number(v))

const Field = ({
  label,
  testId,
  value,
  onChange,
  type = "number",
}: {
  label: string
  testId: string
  value: string | number
  onChange: (v: string) => void
  type?: "number" | "text"
}) => (
  <div className="flex flex-col gap-y-1">
    <Label size="xsmall">{label}</Label>
    <Input
      size="small"
      type={type}
      value={Number.isNaN(value) ? "" : value}
      data-testid={testId}
      onChange={(e) => onChange(e.target.value)}
    />
  </div>
)

/**
 * Defines a group with its options in one go; the server refuses a group no
 * customer could satisfy and its message names the field.
 */
export const ModifierGroupForm = ({
  open,
  onOpenChange,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
}) => {
  const { t } = useT()
  const create = useCreateModifierGroup()
  const [name, setName] = useState("")
  const [min, setMin] = useState(0)
  const [max, setMax] = useState(1)
  const [options, setOptions] = useState<OptionDraft[]>([blankOption()])

  const patch = (i: number, change: Partial<OptionDraft>) =>
    setOptions((all) => all.map((o, j) => (j === i ? { ...o, ...change } : o)))

  const save = () =>
    create.mutate(
      { name, min, max, sort: 0, options },
      {
        onSuccess: () => {
          toast.success(t("modifiers.created", { name }))
          setName("")
          setMin(0)
          setMax(1)
          setOptions([blankOption()])
          onOpenChange(false)
        },
        onError: (e) => toast.error(errorMessage(e, t)),
      }
    )

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content data-testid="modifier-group-form">
        <Drawer.Header>
          <Drawer.Title>{t("modifiers.newGroup")}</Drawer.Title>
          <Drawer.Description className="sr-only">
            {t("modifiers.subtitle")}
          </Drawer.Description>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
          <Field
            label={t("modifiers.name")}
            testId="group-name"
            type="text"
            value={name}
            onChange={setName}
          />
          <div className="grid grid-cols-2 gap-x-3">
            <Field
              label={t("modifiers.min")}
              testId="group-min"
              value={min}
              onChange={(v) => setMin(num(v))}
            />
            <Field
              label={t("modifiers.max")}
              testId="group-max"
              value={max}
              onChange={(v) => setMax(num(v))}
            />
          </div>
          {options.map((o, i) => (
            <div
              key={i}
              className="flex flex-col gap-y-2 rounded-md border p-3"
              data-testid={`option-${i}`}
            >
              <Field
                label={t("modifiers.optionName")}
                testId="option-name"
                type="text"
                value={o.name}
                onChange={(v) => patch(i, { name: v })}
              />
              <div className="grid grid-cols-3 gap-x-3">
                <Field
                  label={t("modifiers.price")}
                  testId="option-price"
                  value={o.price}
                  onChange={(v) => patch(i, { price: num(v) })}
                />
                <Field
                  label={t("modifiers.modificatorId")}
                  testId="option-modificator"
                  value={o.modificator_id}
                  onChange={(v) => patch(i, { modificator_id: num(v) })}
                />
                <Field
                  label={t("modifiers.ref")}
                  testId="option-ref"
                  value={o.ref}
                  onChange={(v) => patch(i, { ref: num(v) })}
                />
              </div>
              <div className="flex flex-wrap gap-x-4 gap-y-2">
                <label className="flex items-center gap-x-2 text-sm">
                  <Checkbox
                    checked={o.kind === 1}
                    onCheckedChange={(c) => patch(i, { kind: c ? 1 : 0 })}
                  />
                  {t("modifiers.kindMenu")}
                </label>
                <label className="flex items-center gap-x-2 text-sm">
                  <Checkbox
                    checked={o.kind1 === 0}
                    onCheckedChange={(c) => patch(i, { kind1: c ? 0 : 1 })}
                  />
                  {t("modifiers.kindRemove")}
                </label>
                <label className="flex items-center gap-x-2 text-sm">
                  <Checkbox
                    checked={o.is_default}
                    onCheckedChange={(c) => patch(i, { is_default: !!c })}
                  />
                  {t("modifiers.isDefault")}
                </label>
              </div>
              {options.length > 1 ? (
                <Button
                  size="small"
                  variant="transparent"
                  className="w-fit"
                  onClick={() =>
                    setOptions((all) => all.filter((_, j) => j !== i))
                  }
                >
                  {t("modifiers.removeOption")}
                </Button>
              ) : null}
            </div>
          ))}
          <Button
            size="small"
            variant="secondary"
            className="w-fit"
            data-testid="add-option"
            onClick={() => setOptions((all) => [...all, blankOption()])}
          >
            {t("modifiers.addOption")}
          </Button>
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button variant="secondary" size="small">
              {t("modifiers.cancel")}
            </Button>
          </Drawer.Close>
          <Button
            size="small"
            onClick={save}
            isLoading={create.isPending}
            data-testid="save-group"
          >
            {t("modifiers.save")}
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
