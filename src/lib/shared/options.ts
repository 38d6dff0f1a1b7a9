import { z } from "@medusajs/framework/zod"
import { phoneTemplateProblem } from "../customers/phone"
import { zonePointIssues, zonesSchema } from "../delivery/zones-schema"
import { isTimeZone } from "./zone-clock"
import { kitchenOptionsSchema, scheduleSchema } from "../kitchen/options"

/**
 * The plugin's options, as a shop owner writes them in `medusa-config.ts`.
 * Every default lives here so the README's options table has one source.
 */
const positiveInt = (fallback: number) =>
  z.number().int().positive().default(fallback)

const headerName = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/

export const menuFieldsSchema = z
  .object({
    id: z.string().min(1).default("ID"),
    name: z.string().min(1).default("NAME"),
    price: z.string().min(1).default("PRICE"),
    weight: z.string().min(1).default("WEIGHT"),
    group: z.string().min(1).default("MGNAME"),
    /**
     * The menu's active flag (0/1, true/false, "0"/"1"; absent = available).
     * No public source names it: a guess, see the README.
     */
    active: z.string().min(1).default("ACTIVE"),
  })
  .strict()
  .prefault({})

export const sizesOptionsSchema = z
  .object({
    /**
     * How menu rows that are sizes of one dish become one product with a
     * variant per row: `suffix` by a size at the end of the name ("30 см",
     * "0,5 л", "8 шт", "250 г") within one menu group, `field` by the row
     * field `groupField`, `off` one product per row.
     */
    grouping: z.enum(["suffix", "field", "off"]).default("suffix"),
    /** The row field naming the dish a row is a size of (`grouping: "field"`). */
    groupField: z.string().min(1).optional(),
    /** The title of the product option holding the sizes. */
    optionTitle: z.string().min(1).default("Розмір"),
  })
  .strict()
  .refine((s) => s.grouping !== "field" || !!s.groupField, {
    message: 'groupField is required when grouping is "field"',
    path: ["groupField"],
  })
  .prefault({})

export const queueOptionsSchema = z
  .object({
    /** Orders claimed by one drain. */
    batchSize: positiveInt(25),
    /** Orders pushed at the same time within one drain. */
    concurrency: positiveInt(4),
    /** Start a drain right after `order.placed`, not only on the minute job. */
    pushOnPlace: z.boolean().default(true),
    /** Scheduled jobs (push, status follow-up, pending links) on or off. */
    jobsEnabled: z.boolean().default(true),
    /** How long a claimed row stays ours before another worker may reclaim it. */
    leaseSeconds: positiveInt(120),
    /** Cap of the backoff between attempts after connection failures. */
    maxBackoffSeconds: positiveInt(300),
    /**
     * A drain skips its ping when ArchiDelivery answered this process this
     * recently, with no failed call since (0: always ping).
     */
    pingReuseSeconds: z.number().int().nonnegative().default(5),
    /** Sent orders whose kitchen status is polled in one run. */
    statusBatchSize: positiveInt(50),
    /**
     * The minute job queues placed orders that have no queue row (a lost
     * `order.placed`) when placed within this many hours, and never orders
     * placed before the plugin was installed.
     */
    sweepWindowHours: positiveInt(24),
    /** Orders without a queue row queued by one run of the minute job. */
    sweepBatchSize: positiveInt(100),
    /**
     * Look-ups (client by phone, reconciliation) answered uselessly (5xx,
     * timeout, unreadable) before the order goes by name or to a person.
     */
    lookupMaxWaits: positiveInt(5),
    /** Orders listed at the point that one reconciliation try reads at most. */
    reconcileMaxCandidates: positiveInt(100),
  })
  .strict()
  .prefault({})

export const phoneOptionsSchema = z
  .object({
    /**
     * How phones are written in requests to ArchiDelivery:
     * `digits` 380671234567, `e164` +380671234567,
     * `national` 067 123 4567, `international` +380 67 123 4567.
     */
    format: z
      .enum(["digits", "e164", "national", "international"])
      .default("digits"),
    /** ISO 3166 country used to read phones written without a country code. */
    defaultCountry: z
      .string()
      .regex(/^[A-Z]{2}$/, "a two-letter ISO country code such as UA")
      .default("UA"),
    /**
     * How the installation stores phones, e.g. `8(###) ###-##-##` or
     * `+38 (0##) ###-##-##`: each `#` is the next digit of the national
     * number (931234567 for +380931234567). Wins over `format` for phones of
     * `defaultCountry`; other phones are written in `format`.
     */
    template: z.string().optional(),
  })
  .strict()
  .superRefine((phone, ctx) => {
    const problem =
      phone.template === undefined
        ? null
        : phoneTemplateProblem(phone.template, phone.defaultCountry)
    if (problem) {
      ctx.addIssue({ code: "custom", path: ["template"], message: problem })
    }
  })
  .prefault({})

const pointSchema = z
  .object({
    id: z.coerce.string(),
    name: z.string().min(1),
    address: z.string().optional(),
    /** This point's own ArchiDelivery server, for chains with several; absent = `url`. */
    url: z
      .string()
      .url("an http(s) URL such as http://192.168.1.21:5858")
      .refine(
        (v) => /^https?:\/\//i.test(v),
        "an http(s) URL such as http://192.168.1.21:5858"
      )
      .optional(),
    /** Headers for this point's server (e.g. its proxy's credentials); absent = `headers`. */
    headers: z
      .record(
        z.string().regex(headerName, "a valid HTTP header name"),
        z.string()
      )
      .optional(),
    /** This point's opening hours; absent = `kitchen.hours`. */
    hours: scheduleSchema.optional(),
  })
  .strict()

export const deliveryOptionsSchema = z
  .object({
    /** Courier fee in major units (50 = 50.00 UAH). */
    fee: z.number().nonnegative().default(0),
    /** Order subtotal from which delivery is free; absent = never free. */
    freeFrom: z.number().nonnegative().optional(),
    /** Orders below this subtotal cannot be checked out; 0 = no minimum. */
    minOrderAmount: z.number().nonnegative().default(0),
    /** Pickup points offered when ArchiDelivery does not answer `getallpoint`. */
    points: z.array(pointSchema).default([]),
    /** Delivery zones; none = the flat fee, threshold and minimum above. */
    zones: zonesSchema,
  })
  .strict()
  .superRefine((delivery, ctx) => {
    const ids = delivery.points.map((p) => p.id)
    for (const issue of zonePointIssues(delivery.zones, ids)) {
      ctx.addIssue({ code: "custom", ...issue })
    }
  })
  .prefault({})

export const statusOptionsSchema = z
  .object({
    /** Kitchen codes that mean "out for delivery": the fulfillment is shipped. */
    shipped: z.array(z.number().int()).default([6]),
    /** Kitchen codes that mean "delivered": the fulfillment is delivered. */
    delivered: z.array(z.number().int()).default([7, 9]),
    /** Codes after which the status is no longer polled. */
    final: z.array(z.number().int()).default([7, 9]),
  })
  .strict()
  .prefault({})

export const availabilityOptionsSchema = z
  .object({
    /**
     * Minutes between light availability syncs (the menu's active flags and
     * rows gone from it, nothing else); 0 = off.
     */
    syncEveryMinutes: z.number().int().min(0).max(1440).default(5),
    /** The shop's time zone for "until 18:00" and "until tomorrow". */
    timeZone: z
      .string()
      .refine(isTimeZone, "an IANA time zone such as Europe/Kyiv")
      .default("Europe/Kyiv"),
    /** Dishes gone from the menu cannot be bought. */
    missingIsUnavailable: z.boolean().default(true),
  })
  .strict()
  .prefault({})

export const optionsSchema = z
  .object({
    /** ArchiDelivery's address, e.g. http://192.168.1.20:5858 */
    url: z
      .string({
        error:
          "required: the ArchiDelivery server address, e.g. http://192.168.1.20:5858",
      })
      .url("an http(s) URL such as http://192.168.1.20:5858")
      .refine(
        (v) => /^https?:\/\//i.test(v),
        "an http(s) URL such as http://192.168.1.20:5858"
      ),
    /** Encoding of query parameters: the vendor's examples use CP1251. */
    encoding: z.enum(["cp1251", "utf8"]).default("cp1251"),
    /**
     * How replies are read: `auto` by their bytes (UTF-8 when valid UTF-8,
     * else CP1251, whatever the label says), or always as one charset.
     */
    replyCharset: z.enum(["auto", "utf8", "cp1251"]).default("auto"),
    connectTimeoutMs: positiveInt(3_000),
    replyTimeoutMs: positiveInt(15_000),
    /** Extra headers for a proxy in front of ArchiDelivery; never logged or shown. */
    headers: z
      .record(
        z.string().regex(headerName, "a valid HTTP header name"),
        z.string()
      )
      .default({}),
    /** The ArchiDelivery point (branch) this shop belongs to. */
    pointId: z.coerce.string().optional(),
    /** Sent as `cityname` when the shipping address has no city. */
    cityName: z.string().optional(),
    currency: z
      .string()
      .regex(/^[a-z]{3}$/, "a lower-case ISO 4217 code such as uah")
      .default("uah"),
    menuFields: menuFieldsSchema,
    sizes: sizesOptionsSchema,
    /** `legacy` sends `ID#qty,…`; `json` sends `orderformattype=1` (ArchiDelivery ≥ 1.5.8.0). */
    orderItemFormat: z.enum(["legacy", "json"]).default("legacy"),
    /** Medusa payment provider id → ArchiDelivery `paymenttype`. */
    paymentTypes: z.record(z.string(), z.coerce.string()).default({}),
    /** Payment providers whose money is already taken online (`ispayment=1`). */
    onlinePaymentProviders: z.array(z.string()).default([]),
    /** ArchiDelivery `ordertype` per kind of order. */
    orderTypes: z
      .object({
        delivery: z.coerce.string().default("3"),
        pickup: z.coerce.string().default("2"),
      })
      .strict()
      .prefault({}),
    phone: phoneOptionsSchema,
    /**
     * `doorphone`: `flag` sends 1 when the address has an intercom code and
     * writes the code into the comment (the vendor's notes call it a flag);
     * `code` sends the code itself.
     */
    doorphone: z.enum(["flag", "code"]).default("flag"),
    queue: queueOptionsSchema,
    delivery: deliveryOptionsSchema,
    status: statusOptionsSchema,
    availability: availabilityOptionsSchema,
    kitchen: kitchenOptionsSchema,
  })
  .strict()

export type ArchiDeliveryOptionsInput = z.input<typeof optionsSchema>
export type ArchiDeliveryOptions = z.output<typeof optionsSchema>

/** `delivery.zones[2].geometry`: the path as the shop owner would write it. */
const optionPath = (path: readonly PropertyKey[]) =>
  path
    .map((key, i) =>
      typeof key === "number" ? `[${key}]` : `${i ? "." : ""}${String(key)}`
    )
    .join("")

/**
 * Validates raw options and throws one message naming every bad option and
 * the form it expects, so start-up stops with something a shop owner can act on.
 */
export function parseOptions(raw: unknown): ArchiDeliveryOptions {
  const result = optionsSchema.safeParse(raw ?? {})
  if (result.success) {
    return result.data
  }
  const problems = result.error.issues.map((issue) => {
    const path = issue.path.length ? optionPath(issue.path) : "(options)"
    return `${path}: ${issue.message}`
  })
  throw new Error(
    `medusa-plugin-archidelivery: invalid options — ${problems.join("; ")}`
  )
}

/** Options safe to show an admin: header values are replaced by their names. */
export function describeOptions(options: ArchiDeliveryOptions) {
  return {
    ...options,
    url: withoutCredentials(options.url),
    headers: Object.keys(options.headers),
    delivery: {
      ...options.delivery,
      points: options.delivery.points.map(({ headers, url, ...point }) => ({
        ...point,
        ...(url !== undefined ? { url: withoutCredentials(url) } : {}),
        ...(headers ? { headers: Object.keys(headers) } : {}),
      })),
    },
  }
}

/** A URL without the user name and password a shop owner may write into it. */
export function withoutCredentials(url: string): string {
  try {
    const parsed = new URL(url)
    if (!parsed.username && !parsed.password) {
      return url
    }
    parsed.username = ""
    parsed.password = ""
    return parsed.toString()
  } catch {
    return url
  }
}

/**
 * The options as the module and the fulfillment provider receive them: Medusa
 * adds its own `database` entry to a module's options, and the strict schema
 * must only see what the shop owner wrote.
 */
export function readPluginOptions(raw: unknown): ArchiDeliveryOptions {
  const { database: _database, ...own } = (raw ?? {}) as Record<string, unknown>
  return parseOptions(own)
}
