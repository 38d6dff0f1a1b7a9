import { sdk } from "./sdk"

const BASE = "/admin/archidelivery"

type Query = Record<string, string | number | boolean | undefined>

/** GET a plugin route; undefined query values are left out. */
export function get<T>(path: string, query?: Query): Promise<T> {
  const clean = query
    ? Object.fromEntries(
        Object.entries(query).filter(([, v]) => v !== undefined && v !== "")
      )
    : undefined
  return sdk.client.fetch<T>(`${BASE}${path}`, { query: clean })
}

export function post<T>(path: string, body?: object): Promise<T> {
  return sdk.client.fetch<T>(`${BASE}${path}`, { method: "POST", body })
}

export function del<T>(path: string): Promise<T> {
  return sdk.client.fetch<T>(`${BASE}${path}`, { method: "DELETE" })
}

/** The HTTP status of a failed request, if the server answered at all. */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status
  return typeof status === "number" ? status : undefined
}
