import { ArrowPath } from "@medusajs/icons"
import { Button, toast, usePrompt } from "@medusajs/ui"
import { errorMessage } from "../../lib/errors"
import { useT } from "../../lib/i18n"
import { useDashboardT } from "../../lib/pagination"
import {
  useRelinkCustomer,
  useUnlinkCustomer,
} from "../../lib/queries/customers"

type Props = { customerId: string; linked: boolean }

/** Link the customer (again) or, once linked, unlink after a confirmation. */
export const CustomerLinkActions = ({ customerId, linked }: Props) => {
  const { t } = useT()
  const { t: td } = useDashboardT()
  const prompt = usePrompt()
  const relink = useRelinkCustomer()
  const unlink = useUnlinkCustomer()

  const onRelink = () =>
    relink.mutate(customerId, {
      onSuccess: () => toast.success(t("customer.relinkedToast")),
      onError: (e) => toast.error(errorMessage(e, t)),
    })

  const onUnlink = async () => {
    const confirmed = await prompt({
      title: t("customer.unlinkTitle"),
      description: t("customer.unlinkDescription"),
      confirmText: t("customer.unlink"),
      cancelText: td("actions.cancel"),
    })
    if (!confirmed) {
      return
    }
    unlink.mutate(customerId, {
      onSuccess: () => toast.success(t("customer.unlinkedToast")),
      onError: (e) => toast.error(errorMessage(e, t)),
    })
  }

  return (
    <div className="flex items-center justify-end gap-x-2 px-6 py-4">
      {linked ? (
        <Button
          size="small"
          variant="transparent"
          onClick={onUnlink}
          isLoading={unlink.isPending}
          data-testid="unlink-customer"
        >
          {t("customer.unlink")}
        </Button>
      ) : null}
      <Button
        size="small"
        variant="secondary"
        onClick={onRelink}
        isLoading={relink.isPending}
        data-testid="relink-customer"
      >
        <ArrowPath />
        {linked ? t("customer.relink") : t("customer.link")}
      </Button>
    </div>
  )
}
