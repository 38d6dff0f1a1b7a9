export * from "./types"
export * from "./errors"
export * from "./encoding"
export * from "./envelopes"
export * from "./rows"
export * from "./schemas"
export * from "./items"
export {
  ArchiDeliveryClient,
  EXCHANGE_BODY_LIMIT,
  type InspectedCall,
  type ReplyBytes,
} from "./client"
export { TransportError } from "./transport"
