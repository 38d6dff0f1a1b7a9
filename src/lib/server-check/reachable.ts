import type { Finding } from "./types"
import { snippet } from "./evidence"

export type PingResult =
  | { version: string | null; latencyMs: number; body: string }
  | { error: { kind: string; message: string } }

/** Is ArchiDelivery answering `ping`, which version, how fast. */
export function reachableFinding(ping: PingResult): Finding {
  if ("error" in ping) {
    return {
      id: "reachable",
      level: "problem",
      title: "ArchiDelivery does not answer ping",
      detail:
        ping.error.kind === "unreachable"
          ? "Set url to the address and port ArchiDelivery listens on (usually :5858) and make sure this machine can reach it; add headers if a proxy asks for credentials."
          : "Set url to ArchiDelivery itself: something answered, but not as ArchiDelivery does.",
      evidence: { kind: ping.error.kind, error: ping.error.message },
    }
  }
  return {
    id: "reachable",
    level: "ok",
    title: `ArchiDelivery${ping.version ? ` ${ping.version}` : ""} answers in ${ping.latencyMs} ms`,
    detail: "Nothing to set: url reaches ArchiDelivery.",
    evidence: {
      version: ping.version,
      latency_ms: ping.latencyMs,
      reply: snippet(ping.body, 200),
    },
  }
}
