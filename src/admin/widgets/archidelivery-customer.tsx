import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type {
  AdminCustomer,
  DetailWidgetProps,
} from "@medusajs/framework/types"
import { Container, StatusBadge } from "@medusajs/ui"
import { ClientDataFields } from "../components/customer/client-data-fields"
import { CustomerLinkActions } from "../components/customer/customer-link-actions"
import { CustomerLinkFields } from "../components/customer/customer-link-fields"
import { ErrorState } from "../components/error-state"
import { LoadingRows } from "../components/loading-rows"
import { SectionHeader } from "../components/section-header"
import { useT } from "../lib/i18n"
import { useCustomerLink } from "../lib/queries/customers"
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
  const { data: link, isPending, error, refetch } = useCustomerLink(customer.id)
  const linked = !!link?.archidelivery_client_id

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
          <CustomerLinkFields link={link} linked={linked} />
          {linked ? <ClientDataFields link={link} /> : null}
          <CustomerLinkActions customerId={customer.id} linked={linked} />
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
