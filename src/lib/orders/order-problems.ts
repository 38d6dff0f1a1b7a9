import type { CodeParams } from "../shared/admin-codes"

/** One reason an order could not be sent, as a code the admin translates. */
export type OrderProblem = { code: OrderProblemCode; params: CodeParams }

type Pattern = {
  code: string
  /** Matches one problem exactly as the order payload words it. */
  re: RegExp
  params: (m: RegExpExecArray) => CodeParams
}

// The English texts are what the order payload writes (kept for logs and API
// clients); the admin gets the same problems as codes, read back from them.
const PATTERNS = [
  {
    code: "no_items",
    re: /items: the order has no items/y,
    params: () => ({}),
  },
  {
    code: "not_on_menu",
    re: /items\[\d+\] "(.*?)" \((variant|product) ([^)]*)\): no ArchiDelivery menu id; link the product to a menu item/y,
    params: (m) => ({ item: m[1], [`${m[2]}_id`]: m[3] }),
  },
  {
    code: "bad_quantity",
    re: /items\[\d+\] "(.*?)": quantity (.*?) is not a whole number above 0/y,
    params: (m) => ({ item: m[1], quantity: m[2] }),
  },
  {
    code: "no_display_id",
    re: /display_id: the order has no display id to mark the comment with/y,
    params: () => ({}),
  },
  {
    code: "bad_phone",
    re: /phone: "(.*?)" is not a valid phone number/y,
    params: (m) => ({ phone: m[1] }),
  },
  {
    code: "no_phone",
    re: /phone: the order has no phone number/y,
    params: () => ({}),
  },
  {
    code: "bad_delivery_time",
    re: /metadata\.(\w+): "(.*?)" is not YYYY-MM-DD HH:MM:SS/y,
    params: (m) => ({ field: m[1], value: m[2] }),
  },
  {
    code: "no_client_name",
    re: /client: the order has no name or e-mail to create the client with/y,
    params: () => ({}),
  },
  {
    code: "order_gone",
    re: /order (\S+) no longer exists/y,
    params: (m) => ({ order_id: m[1] }),
  },
] as const satisfies readonly Pattern[]

export type OrderProblemCode = (typeof PATTERNS)[number]["code"]

/** Every code `readOrderProblems` can return. */
export const ORDER_PROBLEM_CODES: OrderProblemCode[] = PATTERNS.map(
  (p) => p.code
)

/**
 * The problems of an order that could not be sent, read from the message
 * the queue stored; null when any part of it is not one of ours (then the
 * admin shows the message as it is).
 */
export function readOrderProblems(
  message: string | null | undefined
): OrderProblem[] | null {
  if (!message) {
    return null
  }
  const out: OrderProblem[] = []
  let at = 0
  while (at < message.length) {
    let found = false
    for (const p of PATTERNS as readonly Pattern[]) {
      p.re.lastIndex = at
      const m = p.re.exec(message)
      if (!m) {
        continue
      }
      // A problem ends the message or is followed by the next one.
      const end = at + m[0].length
      if (end !== message.length && !message.startsWith("; ", end)) {
        continue
      }
      out.push({ code: p.code as OrderProblemCode, params: p.params(m) })
      at = end === message.length ? end : end + 2
      found = true
      break
    }
    if (!found) {
      return null
    }
  }
  return out
}
