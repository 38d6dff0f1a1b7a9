import Medusa from "@medusajs/js-sdk"

// The admin runs on the same origin as the API unless the host says otherwise.
export const sdk = new Medusa({
  baseUrl: import.meta.env.VITE_BACKEND_URL || "/",
  auth: { type: "session" },
})
