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

type PointedOptions = ClientOptions & {
  delivery: {
    points: readonly {
      id: string
      url?: string
      headers?: Record<string, string>
    }[]
  }
}

/**
 * The point's own server when the options give it one (a chain with an
 * ArchiDelivery per kitchen), else null: the point lives on the main server.
 */
export function pointServer(
  options: PointedOptions,
  pointId: string | null | undefined
): { url: string; headers: Record<string, string> } | null {
  const point = pointId
    ? options.delivery.points.find((p) => p.id === pointId)
    : undefined
  if (!point?.url) {
    return null
  }
  return { url: point.url, headers: point.headers ?? options.headers }
}

/** The client that reaches this point: its own server's, or the main one. */
export function clientForPoint(
  options: PointedOptions,
  pointId: string | null | undefined,
  overrides: Partial<ArchiDeliveryClientConfig> = {}
): ArchiDeliveryClient {
  const server = pointServer(options, pointId)
  return clientFromOptions(
    server ? { ...options, ...server } : options,
    overrides
  )
}
