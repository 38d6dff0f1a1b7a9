import { Text } from "@medusajs/ui"
import { FieldRow } from "../field-row"
import { formatAddress } from "../../lib/address"
import { useT } from "../../lib/i18n"
import type { CustomerLink } from "../../lib/types"

/** What ArchiDelivery holds on the linked client, or why it is not shown. */
export const ClientDataFields = ({ link }: { link: CustomerLink }) => {
  const { t } = useT()
  const client = link.client
  return (
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
          <FieldRow label={t("customer.clientPhone")} value={client.phone} />
          <FieldRow label={t("customer.clientEmail")} value={client.email} />
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
  )
}
