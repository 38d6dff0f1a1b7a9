import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Alert, Button, Container, StatusBadge, toast } from "@medusajs/ui"
import { ErrorState } from "../components/error-state"
import { FieldRow } from "../components/field-row"
import { LoadingRows } from "../components/loading-rows"
import { SectionHeader } from "../components/section-header"
import { errorMessage } from "../lib/errors"
import { useFormat } from "../lib/format"
import { useT } from "../lib/i18n"
import { useProductLinks, useSetApproval } from "../lib/queries/products"
import { useConfig } from "../lib/queries/system"

// Imported products carry `archidelivery:<id>` as their external id.
const EXTERNAL_PREFIX = "archidelivery:"

const ArchiDeliveryProductWidget = ({
  data: product,
}: DetailWidgetProps<AdminProduct>) => {
  const { t } = useT()
  const f = useFormat()
  const archideliveryId = product.external_id?.startsWith(EXTERNAL_PREFIX)
    ? product.external_id.slice(EXTERNAL_PREFIX.length)
    : undefined
  // Every row of this product: a dish's sizes share it.
  const { data, isPending, error, refetch } = useProductLinks(
    { product_id: product.id, limit: 100 },
    { enabled: !!archideliveryId }
  )
  const currency = useConfig().data?.currency
  const approval = useSetApproval()
  const rows = data?.products.filter((p) => p.product_id === product.id) ?? []
  const link =
    rows.find((p) => p.archidelivery_id === archideliveryId) ?? rows[0]
  const sizes = rows.filter((p) => p.size)

  if (!archideliveryId || (data && !link)) {
    return <></>
  }

  const toggle = () =>
    approval.mutate(
      { productIds: [product.id], approved: !link?.approved },
      {
        onSuccess: () =>
          toast.success(
            link?.approved
              ? t("product.unapprovedToast")
              : t("product.approvedToast")
          ),
        onError: (e) => toast.error(errorMessage(e, t)),
      }
    )

  return (
    <Container className="divide-y p-0" data-testid="archidelivery-product">
      <SectionHeader
        title={t("product.title")}
        actions={
          link ? (
            <Button
              size="small"
              variant={link.approved ? "secondary" : "primary"}
              onClick={toggle}
              isLoading={approval.isPending}
              data-testid="toggle-approval"
            >
              {link.approved ? t("product.unapprove") : t("product.approve")}
            </Button>
          ) : null
        }
      />
      {isPending ? <LoadingRows rows={4} /> : null}
      {error ? <ErrorState error={error} onRetry={() => refetch()} /> : null}
      {link ? (
        <div className="flex flex-col py-2">
          {link.missing ? (
            <div className="px-6 py-2">
              <Alert variant="warning" data-testid="product-missing">
                {t("product.missing")}
              </Alert>
            </div>
          ) : null}
          <FieldRow
            label={t("product.archideliveryId")}
            value={link.archidelivery_id}
          />
          <FieldRow
            label={t("product.approval")}
            testId="product-approval"
            value={
              <div className="flex flex-col gap-y-1">
                <StatusBadge
                  color={link.approved ? "green" : "orange"}
                  className="w-fit"
                >
                  {link.approved
                    ? t("product.approved")
                    : t("product.notApproved")}
                </StatusBadge>
                {link.approved && link.approved_at
                  ? f.dateTime(link.approved_at)
                  : null}
                {!link.approved ? t("product.notApprovedHint") : null}
              </div>
            }
          />
          {sizes.length ? (
            <FieldRow
              label={t("product.sizes")}
              testId="product-sizes"
              value={
                <div className="flex flex-col gap-y-1">
                  {sizes.map((s) => (
                    <span key={s.archidelivery_id}>
                      {t("product.sizeLine", {
                        size: s.size,
                        price: f.money(s.price, currency),
                        id: s.archidelivery_id,
                      })}
                      {!s.variant_id ? ` · ${t("approval.newSizeBadge")}` : ""}
                    </span>
                  ))}
                </div>
              }
            />
          ) : null}
          <FieldRow label={t("product.importedName")} value={link.name} />
          <FieldRow
            label={t("product.importedPrice")}
            value={f.money(link.price, currency)}
          />
          <FieldRow
            label={t("product.importedWeight")}
            value={
              link.weight
                ? t("units.grams", { value: f.number(link.weight) })
                : null
            }
          />
          <FieldRow
            label={t("product.importedAt")}
            value={f.dateTime(link.imported_at)}
          />
        </div>
      ) : null}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "product.details",
  id: "archidelivery:product-details",
})

export default ArchiDeliveryProductWidget
