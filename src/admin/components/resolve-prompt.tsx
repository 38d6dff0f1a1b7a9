import { Input, Label, Prompt, toast } from "@medusajs/ui"
import { useState } from "react"
import { errorMessage } from "../lib/errors"
import { useT } from "../lib/i18n"
import { useDashboardT } from "../lib/pagination"
import { useResolveOrder } from "../lib/queries/orders"

type Props = {
  orderId: string
  displayId: number | null
  open: boolean
  onOpenChange: (open: boolean) => void
}

/** A person found the order in ArchiDelivery and records its number. */
export const ResolvePrompt = ({
  orderId,
  displayId,
  open,
  onOpenChange,
}: Props) => {
  const { t } = useT()
  const { t: td } = useDashboardT()
  const [value, setValue] = useState("")
  const resolve = useResolveOrder()
  const id = value.trim()

  const submit = () =>
    resolve.mutate(
      { orderId, archideliveryOrderId: id },
      {
        onSuccess: () => {
          toast.success(t("order.resolvedToast"))
          setValue("")
          onOpenChange(false)
        },
        onError: (e) => toast.error(errorMessage(e, t)),
      }
    )

  return (
    <Prompt open={open} onOpenChange={onOpenChange} variant="confirmation">
      <Prompt.Content>
        <Prompt.Header>
          <Prompt.Title>{t("order.resolveTitle")}</Prompt.Title>
          <Prompt.Description>
            {t("order.resolveDescription", { marker: `#${displayId ?? ""}` })}
          </Prompt.Description>
        </Prompt.Header>
        <div className="flex flex-col gap-y-2 px-6 pb-4">
          <Label htmlFor={`resolve-${orderId}`} size="small">
            {t("order.archideliveryOrderId")}
          </Label>
          <Input
            id={`resolve-${orderId}`}
            value={value}
            onChange={(e) => setValue(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter" && id) {
                e.preventDefault()
                submit()
              }
            }}
            data-testid="resolve-input"
            autoFocus
          />
        </div>
        <Prompt.Footer>
          <Prompt.Cancel>{td("actions.cancel")}</Prompt.Cancel>
          <Prompt.Action
            disabled={!id || resolve.isPending}
            onClick={(e) => {
              // Keep the dialog open until the server agreed.
              e.preventDefault()
              submit()
            }}
          >
            {t("order.resolve")}
          </Prompt.Action>
        </Prompt.Footer>
      </Prompt.Content>
    </Prompt>
  )
}
