import { z } from "@medusajs/framework/zod"
import { isTimeZone, parseDay } from "./zoned"

/**
 * The kitchen's options: opening hours, slots and what the storefront is
 * told when the kitchen is busy, paused or unreachable. Without `hours` the
 * kitchen is always open and ASAP is always possible, as before these
 * options existed.
 */

const hhmm = z
  .string()
  .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, "a time HH:MM such as 10:00")

/**
 * One opening on a day: `close` at or before `open` runs past midnight
 * (10:00-02:00 closes at 02:00 the next day); 00:00-24:00 is the whole day.
 */
export const openingSchema = z
  .object({ open: hhmm, close: hhmm })
  .strict()
  .refine((o) => o.open !== o.close, {
    message: "open and close must differ (use 00:00-24:00 for a whole day)",
    path: ["close"],
  })

const day = z.array(openingSchema)

export const WEEKDAYS = [
  "mon",
  "tue",
  "wed",
  "thu",
  "fri",
  "sat",
  "sun",
] as const
export type Weekday = (typeof WEEKDAYS)[number]

export const exceptionSchema = z
  .object({
    /** A date in the kitchen's time zone, `YYYY-MM-DD`. */
    date: z
      .string()
      .refine(
        (v) => parseDay(v) !== null,
        "a date YYYY-MM-DD such as 2026-12-31"
      ),
    /** The openings of that day instead of the weekly ones; empty or absent = closed. */
    hours: day.default([]),
    /** Why (a holiday), shown to the admin. */
    note: z.string().optional(),
  })
  .strict()

export const scheduleSchema = z
  .object({
    /** Openings per weekday; a day left out is closed. */
    weekly: z
      .object(
        Object.fromEntries(WEEKDAYS.map((d) => [d, day.optional()])) as Record<
          Weekday,
          z.ZodOptional<typeof day>
        >
      )
      .strict(),
    exceptions: z.array(exceptionSchema).default([]),
  })
  .strict()

export type Opening = z.output<typeof openingSchema>
export type Schedule = z.output<typeof scheduleSchema>
export type ScheduleInput = z.input<typeof scheduleSchema>

const minutes = (fallback: number) =>
  z.number().int().nonnegative().default(fallback)

export const kitchenOptionsSchema = z
  .object({
    /** IANA zone of the kitchen's clock: hours, slots and `time`/`timeend`. */
    timeZone: z
      .string()
      .refine(isTimeZone, "an IANA time zone such as Europe/Kyiv")
      .default("Europe/Kyiv"),
    /** Opening hours of every point without its own; absent = always open. */
    hours: scheduleSchema.optional(),
    /** Length of a bookable slot, and the step between slot starts. */
    slotMinutes: z.number().int().min(5).max(720).default(30),
    /** A slot starts at least this long after the order. */
    leadMinutes: minutes(45),
    /** ASAP estimate while the kitchen is online. */
    asapMinutes: z.number().int().positive().default(45),
    /** ASAP orders stop this long before closing. */
    lastOrderMinutes: minutes(0),
    /** Orders per slot; absent = no limit. */
    slotCapacity: z.number().int().positive().optional(),
    /** How many days ahead slots are offered. */
    horizonDays: z.number().int().min(1).max(14).default(2),
    /** ArchiDelivery unanswered this long = the kitchen is offline. */
    offlineAfterMinutes: z.number().int().positive().default(10),
    /** Refuse ASAP orders while offline; by default they wait in the queue. */
    offlineRefusesAsap: z.boolean().default(false),
    /** Where staff notices go besides the admin feed. */
    notify: z
      .object({
        /** Address on the channel below; absent = the admin feed only. */
        to: z.string().min(1).optional(),
        channel: z.string().min(1).default("email"),
        /** The admin's address, the start of the link to an order. */
        adminUrl: z.string().min(1).default("/app"),
      })
      .strict()
      .prefault({}),
  })
  .strict()
  .prefault({})

export type KitchenOptions = z.output<typeof kitchenOptionsSchema>
export type KitchenOptionsInput = z.input<typeof kitchenOptionsSchema>
