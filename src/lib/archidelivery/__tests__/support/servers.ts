import { spawn, type ChildProcess } from "node:child_process"
import http from "node:http"
import net from "node:net"
import iconv from "iconv-lite"

export const cp1251 = (text: string) => iconv.encode(text, "win1251")

export interface SeenRequest {
  path: string
  /** the raw query string as it arrived */
  query: string
  headers: http.IncomingHttpHeaders
}

export interface TestServer {
  url: string
  port: number
  requests: SeenRequest[]
  close(): Promise<void>
}

/** A real HTTP server on 127.0.0.1 with a random port. */
export async function startServer(
  handler: (req: http.IncomingMessage, res: http.ServerResponse) => void
): Promise<TestServer> {
  const requests: SeenRequest[] = []
  const sockets = new Set<net.Socket>()
  const server = http.createServer((req, res) => {
    const [path, query = ""] = (req.url ?? "").split(/\?(.*)/s)
    requests.push({ path, query, headers: req.headers })
    handler(req, res)
  })
  server.on("connection", (s) => {
    sockets.add(s)
    s.on("close", () => sockets.delete(s))
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const port = (server.address() as net.AddressInfo).port
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        sockets.forEach((s) => s.destroy())
        server.close(() => resolve())
      }),
  }
}

/** Sends a fixed reply: status, Content-Type (omitted when null) and bytes. */
export const reply =
  (body: Buffer | string, contentType: string | null, status = 200) =>
  (_req: http.IncomingMessage, res: http.ServerResponse) => {
    const bytes = typeof body === "string" ? Buffer.from(body, "utf8") : body
    const headers: Record<string, string | number> = {
      "Content-Length": bytes.length,
    }
    if (contentType !== null) {
      headers["Content-Type"] = contentType
    }
    res.writeHead(status, headers)
    res.end(bytes)
  }

export const TEXT_1251 = "text/plain; charset=windows-1251"
export const XML_1251 = "text/xml; charset=windows-1251"

export const textReply = (data: string) =>
  reply(cp1251(`RESULT=OK\r\nDATA=${data}`), TEXT_1251)

/** A port that was free a moment ago: nothing listens there. */
export async function freePort(): Promise<number> {
  const s = net.createServer()
  await new Promise<void>((resolve) => s.listen(0, "127.0.0.1", resolve))
  const port = (s.address() as net.AddressInfo).port
  await new Promise<void>((resolve) => s.close(() => resolve()))
  return port
}

/**
 * A listener whose TCP handshakes never complete: a child Node process
 * listens with a tiny backlog and then blocks its event loop, so it never
 * accepts; once a few connections fill the queue, the kernel drops further
 * SYNs and a connect just hangs.
 */
export async function startBlackhole(): Promise<{
  port: number
  close(): void
}> {
  const code = [
    "const s = require('net').createServer()",
    "s.listen({ port: 0, host: '127.0.0.1', backlog: 1 }, () => {",
    "  process.stdout.write(s.address().port + '\\n')",
    "  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0)",
    "})",
  ].join("\n")
  const child: ChildProcess = spawn(process.execPath, ["-e", code], {
    stdio: ["ignore", "pipe", "inherit"],
  })
  const port = await new Promise<number>((resolve, reject) => {
    child.once("error", reject)
    child.stdout!.once("data", (d) => resolve(Number(String(d).trim())))
  })
  const fillers = Array.from({ length: 4 }, () => {
    const s = net.connect(port, "127.0.0.1")
    s.on("error", () => undefined)
    return s
  })
  // Let the fillers take the queue before anyone measures.
  await new Promise((r) => setTimeout(r, 200))
  return {
    port,
    close: () => {
      fillers.forEach((s) => s.destroy())
      child.kill("SIGKILL")
    },
  }
}

/** Percent-decodes a query value to bytes, then decodes them as `encoding`. */
export function queryValue(
  query: string,
  name: string,
  encoding: "win1251" | "utf8"
) {
  for (const pair of query.split("&")) {
    const [k, v = ""] = pair.split("=")
    if (k === name) {
      const bytes = Buffer.from(
        v.replace(/%([0-9A-F]{2})/gi, (_m, h) =>
          String.fromCharCode(parseInt(h, 16))
        ),
        "latin1"
      )
      return iconv.decode(bytes, encoding)
    }
  }
  return undefined
}
