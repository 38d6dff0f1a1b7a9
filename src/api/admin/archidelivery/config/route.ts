import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { archiDeliveryService } from "../../../../modules/archidelivery"

/**
 * The plugin's options as the settings page shows them. Header values may
 * carry a proxy's credentials, so only their names leave the server; the
 * same goes for a user name or password written into the URL.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const service = archiDeliveryService(req.scope)
  const config = service.describeOptions()
  res.json({ config: { ...config, url: withoutCredentials(config.url) } })
}

function withoutCredentials(url: string): string {
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
