import { ArchiDeliveryClient } from "../archidelivery"
import type { ArchiDeliveryClientConfig } from "../archidelivery/types"
import type { ArchiDeliveryOptions } from "./options"

type ClientOptions = Pick<
  ArchiDeliveryOptions,
  | "url"
  | "encoding"
  | "replyCharset"
  | "connectTimeoutMs"
  | "replyTimeoutMs"
  | "headers"
>

/** The protocol client as the plugin's options describe it; one place for every caller. */
export function clientFromOptions(
  options: ClientOptions,
  overrides: Partial<ArchiDeliveryClientConfig> = {}
): ArchiDeliveryClient {
  return new ArchiDeliveryClient({
    baseUrl: options.url,
    encoding: options.encoding,
    replyCharset: options.replyCharset,
    connectTimeoutMs: options.connectTimeoutMs,
    replyTimeoutMs: options.replyTimeoutMs,
    headers: options.headers,
    ...overrides,
  })
}
