import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type {
  AdminCustomer,
  DetailWidgetProps,
} from "@medusajs/framework/types"
import { ArrowPath } from "@medusajs/icons"
import { Link } from "react-router-dom"
import {
  Alert,
  Button,
  Container,
  StatusBadge,
  Text,
  toast,
  usePrompt,
} from "@medusajs/ui"
import { ErrorState } from "../components/error-state"
import { FieldRow } from "../components/field-row"
import { LoadingRows } from "../components/loading-rows"
import { SectionHeader } from "../components/section-header"
import { formatAddress } from "../lib/address"
import { errorMessage } from "../lib/errors"
import { useFormat } from "../lib/format"
import { useT } from "../lib/i18n"
import { useDashboardT } from "../lib/pagination"
import {
  useCustomerLink,
  useRelinkCustomer,
  useUnlinkCustomer,
} from "../lib/queries/customers"
import type { CustomerLinkStatus } from "../lib/types"

const statusColor: Record<
  CustomerLinkStatus,
  "green" | "orange" | "red" | "grey"
> = {
  linked: "green",
  pending: "orange",
  failed: "red",
  unlinked: "grey",
}

const ArchiDeliveryCustomerWidget = ({
  data: customer,
}: DetailWidgetProps<AdminCustomer>) => {
  const { t } = useT()
  const { t: td } = useDashboardT()
  const f = useFormat()
  const prompt = usePrompt()
  const { data: link, isPending, error, refetch } = useCustomerLink(customer.id)
  const relink = useRelinkCustomer()
  const unlink = useUnlinkCustomer()
  const linked = !!link?.archidelivery_client_id

  const onRelink = () =>
    relink.mutate(customer.id, {
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
    unlink.mutate(customer.id, {
      onSuccess: () => toast.success(t("customer.unlinkedToast")),
      onError: (e) => toast.error(errorMessage(e, t)),
    })
  }

  const client = link?.client
  return (
    <Container className="divide-y p-0" data-testid="archidelivery-customer">
      <SectionHeader
        title={t("customer.title")}
        actions={
          link ? (
            <StatusBadge
              color={statusColor[link.status] ?? "grey"}
              data-testid="customer-link-status"
            >
              {t(`linkStatus.${link.status}`, { defaultValue: link.status })}
            </StatusBadge>
          ) : null
        }
      />
      {isPending ? <LoadingRows rows={4} /> : null}
      {error ? <ErrorState error={error} onRetry={() => refetch()} /> : null}
      {link ? (
        <>
          {link.ambiguous ? (
            <div className="px-6 py-4">
              <Alert variant="warning" data-testid="customer-ambiguous">
                {t("customer.ambiguous")}
              </Alert>
            </div>
          ) : null}
          {link.last_error && link.status !== "linked" ? (
            <div className="px-6 py-4">
              <Alert variant={link.status === "failed" ? "error" : "warning"}>
                <span className="whitespace-pre-wrap break-words">
                  {link.last_error}
                </span>
              </Alert>
            </div>
          ) : null}
          {!linked && link.status === "unlinked" ? (
            <div className="px-6 py-4">
              <Text size="small" className="text-ui-fg-subtle">
                {t("customer.notLinked")}
              </Text>
            </div>
          ) : null}
          <div className="flex flex-col py-2">
            <FieldRow
              label={t("customer.clientId")}
              value={link.archidelivery_client_id}
              testId="customer-client-id"
            />
            <FieldRow label={t("customer.phone")} value={link.phone} />
            <FieldRow
              label={t("customer.linkedBy")}
              value={
                link.linked_by
                  ? `${t(`linkedBy.${link.linked_by}`, { defaultValue: link.linked_by })} · ${f.dateTime(link.linked_at)}`
                  : null
              }
            />
            {link.shared_with?.length ? (
              <FieldRow
                label={t("customer.sharedWith")}
                value={
                  <div className="flex flex-col">
                    {link.shared_with.map((id) => (
                      <Link
                        key={id}
                        to={`/customers/${id}`}
                        className="text-ui-fg-interactive hover:underline"
                      >
                        {id}
                      </Link>
                    ))}
                  </div>
                }
              />
            ) : null}
          </div>
          {linked ? (
            <div className="flex flex-col py-2">
              <div className="px-6 pb-1 pt-2">
                <Text size="small" weight="plus">
                  {t("customer.clientData")}
                </Text>
              </div>
              {client ? (
                <>
                  <FieldRow
                    label={t("customer.clientName")}
                    value={client.name}
                    testId="client-name"
                  />
                  <FieldRow
                    label={t("customer.clientPhone")}
                    value={client.phone}
                  />
                  <FieldRow
                    label={t("customer.clientEmail")}
                    value={client.email}
                  />
                  <FieldRow
                    label={t("customer.clientAddress")}
                    value={formatAddress(t, client.address)}
                  />
                </>
              ) : (
                <div className="px-6 py-2">
                  <Text size="small" className="text-ui-fg-subtle">
                    {link.client_error
                      ? t("customer.clientUnavailable", {
                          reason: link.client_error,
                        })
                      : t("customer.clientUnknown")}
                  </Text>
                </div>
              )}
            </div>
          ) : null}
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
        </>
      ) : null}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "customer.details",
  id: "archidelivery:customer",
})

export default ArchiDeliveryCustomerWidget
