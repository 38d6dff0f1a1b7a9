/** The link fields the admin list shows (see serializeLink) and its customer's, through the link. */
export const CLIENT_LINK_FIELDS = [
  "id",
  "customer_id",
  "archidelivery_client_id",
  "phone",
  "linked_by",
  "linked_at",
  "ambiguous",
  "candidates",
  "status",
  "last_error",
  "attempts",
  "next_attempt_at",
  "customer.id",
  "customer.email",
  "customer.first_name",
  "customer.last_name",
  "customer.phone",
]

export const listClientLinksQueryConfig = {
  defaults: CLIENT_LINK_FIELDS,
  allowed: CLIENT_LINK_FIELDS,
  isList: true,
}
