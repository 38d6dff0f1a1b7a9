import type { TFunction } from "i18next"
import type { ClientAddress } from "./types"

/** One line of an ArchiDelivery client's address, in the admin's words. */
export function formatAddress(
  t: TFunction<"archidelivery">,
  address: ClientAddress | string | null | undefined
): string | null {
  if (!address) {
    return null
  }
  if (typeof address === "string") {
    return address
  }
  const street = [address.street, address.house].filter(Boolean).join(" ")
  const parts = [
    address.city,
    street,
    address.flat ? t("customer.address.flat", { value: address.flat }) : null,
    address.entrance
      ? t("customer.address.entrance", { value: address.entrance })
      : null,
    address.storey
      ? t("customer.address.floor", { value: address.storey })
      : null,
  ].filter(Boolean)
  return parts.length ? parts.join(", ") : null
}
