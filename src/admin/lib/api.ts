const BASE = "/admin/archidelivery"

// The admin runs on the same origin as the API unless the host says otherwise.
const BACKEND = import.meta.env.VITE_BACKEND_URL || "/"

type Query = Record<string, string | number | boolean | undefined>

/**
 * A refused request with what the server said: its English message and, for
 * the plugin's own refusals, a code and parameters the admin translates.
 */
export class ApiError extends Error {
  constructor(
    message: string,
    public status: number,
    public code?: string,
    public params?: Record<string, string | number>
  ) {
    super(message)
    this.name = "ApiError"
  }
}

// The SDK's client drops everything but the message of an error reply, so the
// plugin's routes are called directly, with the same session cookie.
async function request<T>(
  method: string,
  path: string,
  init: { query?: Query; body?: object } = {}
): Promise<T> {
  const url = new URL(`${BASE}${path}`, new URL(BACKEND, window.location.href))
  for (const [k, v] of Object.entries(init.query ?? {})) {
    if (v !== undefined && v !== "") {
      url.searchParams.set(k, String(v))
    }
  }
  const res = await fetch(url, {
    method,
    credentials: "include",
    headers: {
      accept: "application/json",
      ...(init.body ? { "content-type": "application/json" } : {}),
    },
    body: init.body ? JSON.stringify(init.body) : undefined,
  })
  const data = await res.json().catch(() => ({}))
  if (!res.ok) {
    throw new ApiError(
      typeof data?.message === "string" ? data.message : res.statusText,
      res.status,
      typeof data?.code === "string" ? data.code : undefined,
      data?.params && typeof data.params === "object" ? data.params : undefined
    )
  }
  return data as T
}

/** GET a plugin route; undefined query values are left out. */
export function get<T>(path: string, query?: Query): Promise<T> {
  return request<T>("GET", path, { query })
}

export function post<T>(path: string, body?: object): Promise<T> {
  return request<T>("POST", path, { body: body ?? {} })
}

export function del<T>(path: string): Promise<T> {
  return request<T>("DELETE", path)
}

/** The HTTP status of a failed request, if the server answered at all. */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status
  return typeof status === "number" ? status : undefined
}
