import jwt from "jsonwebtoken"
import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

export const JWT_SECRET = "supersecret"

/**
 * Creates an admin user with an email/password identity and returns request
 * headers carrying a signed bearer token, as the admin dashboard would send.
 */
export async function createAdminHeaders(container: MedusaContainer) {
  const userModule = container.resolve(Modules.USER)
  const authModule = container.resolve(Modules.AUTH)
  const user = await userModule.createUsers({
    email: `admin-${Date.now()}-${Math.random().toString(36).slice(2)}@example.com`,
  })
  const authIdentity = await authModule.createAuthIdentities({
    provider_identities: [
      {
        provider: "emailpass",
        entity_id: user.email,
        provider_metadata: { password: "supersecret" },
      },
    ],
    app_metadata: { user_id: user.id },
  })
  const token = jwt.sign(
    {
      actor_id: user.id,
      actor_type: "user",
      auth_identity_id: authIdentity.id,
    },
    JWT_SECRET,
    { expiresIn: "1d" }
  )
  return { user, headers: { authorization: `Bearer ${token}` } }
}
