import { Alert } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { FieldRow } from "../field-row"
import { SectionNote } from "../section-note"
import { useFormat } from "../../lib/format"
import { useT } from "../../lib/i18n"
import type { CustomerLink } from "../../lib/types"

type Props = { link: CustomerLink; linked: boolean }

/** The link's warnings, then the client it points to and how it was made. */
export const CustomerLinkFields = ({ link, linked }: Props) => {
  const { t } = useT()
  const f = useFormat()
  return (
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
        <SectionNote>{t("customer.notLinked")}</SectionNote>
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
    </>
  )
}
