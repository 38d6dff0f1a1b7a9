import { z } from "@medusajs/framework/zod"

/** Coordinates (both or neither) and/or the address's city and postal code. */
export const AdminZoneTest = z
  .object({
    lat: z.coerce
      .number({ error: "lat: a latitude such as 50.4501" })
      .min(-90, "lat: between -90 and 90")
      .max(90, "lat: between -90 and 90")
      .optional(),
    lng: z.coerce
      .number({ error: "lng: a longitude such as 30.5234" })
      .min(-180, "lng: between -180 and 180")
      .max(180, "lng: between -180 and 180")
      .optional(),
    city: z.string().trim().max(200).optional(),
    postal_code: z.string().trim().max(32).optional(),
  })
  .strict()
  .refine((b) => (b.lat === undefined) === (b.lng === undefined), {
    message: "lat and lng: give both or neither",
    path: ["lng"],
  })
  .refine((b) => b.lat !== undefined || !!b.city || !!b.postal_code, {
    message: "lat and lng (or a city or postal_code) are required",
    path: ["lat"],
  })
export type AdminZoneTestType = z.infer<typeof AdminZoneTest>
