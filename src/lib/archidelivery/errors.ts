import type { ArchiErrorKind, ArchiExchange } from "./types"

/**
 * The one error the client throws. `kind` tells the caller what is safe to do
 * next (retry, reconcile, fail, report); messages never contain the server
 * address or request headers.
 */
export class ArchiDeliveryError extends Error {
  kind: ArchiErrorKind
  method: string
  field?: string
  exchange?: ArchiExchange

  constructor(
    kind: ArchiErrorKind,
    method: string,
    message: string,
    extra: { field?: string; exchange?: ArchiExchange } = {}
  ) {
    super(message)
    this.name = "ArchiDeliveryError"
    this.kind = kind
    this.method = method
    if (extra.field !== undefined) {
      this.field = extra.field
    }
    if (extra.exchange !== undefined) {
      this.exchange = extra.exchange
    }
  }

  toJSON() {
    return {
      name: this.name,
      kind: this.kind,
      method: this.method,
      message: this.message,
      field: this.field,
      exchange: this.exchange,
    }
  }
}

export const isArchiDeliveryError = (e: unknown): e is ArchiDeliveryError =>
  e instanceof ArchiDeliveryError

/** A reply that is not a readable envelope (truncated, garbled, unknown). */
export class UnreadableReplyError extends Error {
  constructor(message: string) {
    super(message)
    this.name = "UnreadableReplyError"
  }
}
