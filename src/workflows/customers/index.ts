// Customers linked to ArchiDelivery clients by phone.
export * from "./link-clients"
export * from "./link-customer-to-client"
export * from "./request-client-links"
export * from "./unlink-customer-client"
