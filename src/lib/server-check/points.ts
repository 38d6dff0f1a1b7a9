import type { Finding, PointReport } from "./types"

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v)

const text = (v: unknown) =>
  typeof v === "string"
    ? v.trim() || null
    : typeof v === "number"
      ? String(v)
      : null

/** The points `getallpoint` lists, and whether the configured `pointId` is one of them. */
export function checkPoints(
  data: unknown,
  pointId: string | undefined,
  failure: string | null
): { points: PointReport[]; finding: Finding } {
  const rows = Array.isArray(data) ? data.filter(isRecord) : []
  const points = rows
    .map((r) => ({ id: text(r.ID), name: text(r.NAME) }))
    .filter((p): p is PointReport => p.id !== null)
  const list = points
    .map((p) => (p.name ? `${p.id} (${p.name})` : p.id))
    .join(", ")
  const evidence = {
    point_id_option: pointId ?? null,
    points,
    ...(failure ? { error: failure } : {}),
  }
  const finding = (
    level: Finding["level"],
    title: string,
    detail: string
  ): Finding => ({ id: "points", level, title, detail, evidence })

  if (failure !== null) {
    return {
      points,
      finding: finding(
        "warning",
        "The points could not be read",
        `Set delivery.points for pickup, since getallpoint failed: ${failure}`
      ),
    }
  }
  if (!points.length) {
    return {
      points,
      finding: finding(
        "warning",
        "getallpoint lists no points",
        "Set delivery.points for pickup and pointId to the point from your ArchiDelivery set-up."
      ),
    }
  }
  if (!pointId) {
    return {
      points,
      finding: finding(
        "warning",
        `${points.length} points; pointId is not set`,
        `Set pointId to this shop's point, one of ${list}.`
      ),
    }
  }
  const own = points.find((p) => p.id === String(pointId).trim())
  if (!own) {
    return {
      points,
      finding: finding(
        "problem",
        `pointId ${pointId} is not one of the ${points.length} points`,
        `Set pointId to one of ${list}.`
      ),
    }
  }
  return {
    points,
    finding: finding(
      "ok",
      `pointId ${own.id} is ${own.name ?? "a listed point"}`,
      `Nothing to set: pointId is one of ${list}.`
    ),
  }
}
