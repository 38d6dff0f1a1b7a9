import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Button, Container, Select, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { ErrorState } from "../components/error-state"
import { LoadingRows } from "../components/loading-rows"
import { SectionHeader } from "../components/section-header"
import { errorMessage } from "../lib/errors"
import { useT } from "../lib/i18n"
import {
  useModifierGroups,
  useProductModifierGroups,
  useSetProductModifierGroups,
} from "../lib/queries/modifiers"

/** The modifier groups a customer chooses from with this product: attach and detach. */
const ArchiDeliveryProductModifiersWidget = ({
  data: product,
}: DetailWidgetProps<AdminProduct>) => {
  const { t } = useT()
  const attached = useProductModifierGroups(product.id)
  const all = useModifierGroups()
  const change = useSetProductModifierGroups(product.id)
  const [choice, setChoice] = useState("")
  const groups = attached.data?.modifier_groups ?? []
  const free = (all.data?.modifier_groups ?? []).filter(
    (g) => !groups.some((a) => a.id === g.id)
  )

  const run = (body: { add?: string[]; remove?: string[] }) =>
    change.mutate(body, {
      onSuccess: () => setChoice(""),
      onError: (e) => toast.error(errorMessage(e, t)),
    })

  return (
    <Container
      className="divide-y p-0"
      data-testid="archidelivery-product-modifiers"
    >
      <SectionHeader
        title={t("modifiers.productTitle")}
        subtitle={t("modifiers.productSubtitle")}
      />
      {attached.isPending ? <LoadingRows rows={2} /> : null}
      {attached.error ? (
        <ErrorState error={attached.error} onRetry={() => attached.refetch()} />
      ) : null}
      {attached.data ? (
        <div className="flex flex-col gap-y-2 px-6 py-4">
          {!groups.length ? (
            <Text size="small" className="text-ui-fg-subtle">
              {t("modifiers.productNone")}
            </Text>
          ) : null}
          {groups.map((g) => (
            <div
              key={g.id}
              className="flex items-center justify-between gap-x-2"
              data-testid="product-modifier-group"
            >
              <Text size="small">
                {g.name} ·{" "}
                {t("modifiers.boundsValue", { min: g.min, max: g.max })}
              </Text>
              <Button
                size="small"
                variant="transparent"
                onClick={() => run({ remove: [g.id] })}
              >
                {t("modifiers.detach")}
              </Button>
            </div>
          ))}
          {free.length ? (
            <div className="flex items-center gap-x-2 pt-2">
              <Select value={choice} onValueChange={setChoice} size="small">
                <Select.Trigger data-testid="attach-group-select">
                  <Select.Value placeholder={t("modifiers.choose")} />
                </Select.Trigger>
                <Select.Content>
                  {free.map((g) => (
                    <Select.Item key={g.id} value={g.id}>
                      {g.name}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
              <Button
                size="small"
                variant="secondary"
                disabled={!choice}
                isLoading={change.isPending}
                onClick={() => run({ add: [choice] })}
                data-testid="attach-group"
              >
                {t("modifiers.attach")}
              </Button>
            </div>
          ) : null}
        </div>
      ) : null}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "product.details.after",
})

export default ArchiDeliveryProductModifiersWidget
