import { Button, Prompt, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { errorMessage } from "../lib/errors"
import { useT } from "../lib/i18n"
import { useDashboardT } from "../lib/pagination"
import { useRegroupSizes, type LegacySizeGroup } from "../lib/queries/products"

/**
 * Groups the sizes of products imported one per row (before sizes), after
 * showing which dishes it would group. Imports never do this by themselves.
 */
export const RegroupSizes = () => {
  const { t } = useT()
  const { t: td } = useDashboardT()
  const regroup = useRegroupSizes()
  const [preview, setPreview] = useState<LegacySizeGroup[] | null>(null)

  const open = () =>
    regroup.mutate(true, {
      onSuccess: (data) => setPreview(data.groups),
      onError: (e) => toast.error(errorMessage(e, t)),
    })
  const run = () =>
    regroup.mutate(false, {
      onSuccess: (data) => {
        setPreview(null)
        const failed = data.groups.filter((g) => g.error)
        if (failed.length) {
          toast.error(
            t("regroup.failedToast", {
              dishes: failed.map((g) => g.dish).join(", "),
            })
          )
        }
        toast.success(
          t("regroup.doneToast", { count: data.groups.length - failed.length })
        )
      },
      onError: (e) => toast.error(errorMessage(e, t)),
    })

  return (
    <>
      <Button
        size="small"
        variant="secondary"
        onClick={open}
        isLoading={regroup.isPending && !preview}
        data-testid="regroup-sizes"
      >
        {t("regroup.button")}
      </Button>
      <Prompt
        open={preview !== null}
        onOpenChange={(o) => (o ? undefined : setPreview(null))}
        variant="confirmation"
      >
        <Prompt.Content>
          <Prompt.Header>
            <Prompt.Title>{t("regroup.title")}</Prompt.Title>
            <Prompt.Description>
              {preview?.length
                ? t("regroup.description", { count: preview.length })
                : t("regroup.nothing")}
            </Prompt.Description>
          </Prompt.Header>
          <div
            className="flex max-h-64 flex-col gap-y-1 overflow-y-auto px-6 pb-4"
            data-testid="regroup-preview"
          >
            {(preview ?? []).map((g) => (
              <Text key={g.rows[0].archidelivery_id} size="small">
                {t("regroup.dish", {
                  dish: g.dish,
                  sizes: g.rows.map((r) => r.size).join(", "),
                })}
              </Text>
            ))}
          </div>
          <Prompt.Footer>
            <Prompt.Cancel>{td("actions.cancel")}</Prompt.Cancel>
            <Prompt.Action
              disabled={!preview?.length || regroup.isPending}
              onClick={(e) => {
                e.preventDefault()
                run()
              }}
              data-testid="regroup-confirm"
            >
              {t("regroup.confirm")}
            </Prompt.Action>
          </Prompt.Footer>
        </Prompt.Content>
      </Prompt>
    </>
  )
}
