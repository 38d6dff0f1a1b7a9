// `npm run emulator`: the bin starts both ports, prints them, and stops cleanly on signals.
const path = require("node:path")
const { spawn } = require("node:child_process")
const { raw, control } = require("./helpers")

const ROOT = path.join(__dirname, "..", "..")
const BIN = path.join(__dirname, "..", "bin.js")

/** Starts the bin on free ports and resolves once it has printed both addresses. */
function startBin() {
  const child = spawn(process.execPath, [BIN], {
    cwd: ROOT,
    env: { ...process.env, PORT: "0", CONTROL_PORT: "0", HOST: "127.0.0.1" },
    stdio: ["ignore", "pipe", "pipe"],
  })
  let out = ""
  const exited = new Promise((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal }))
  )
  const urls = new Promise((resolve, reject) => {
    child.stdout.on("data", (chunk) => {
      out += chunk
      const found = [...out.matchAll(/http:\/\/127\.0\.0\.1:\d+/g)].map(
        (m) => m[0]
      )
      if (found.length >= 2) resolve({ url: found[0], controlUrl: found[1] })
    })
    child.once("exit", () => reject(new Error(`emulator exited early: ${out}`)))
  })
  return { child, urls, exited, output: () => out }
}

it("package.json runs this bin as `npm run emulator`", () => {
  expect(require(path.join(ROOT, "package.json")).scripts.emulator).toBe(
    "node emulator/bin.js"
  )
})

it.each(["SIGTERM", "SIGINT"])(
  "serves both ports and exits 0 on %s",
  async (signal) => {
    const bin = startBin()
    try {
      const { url, controlUrl } = await bin.urls
      expect(url).not.toBe(controlUrl)
      expect((await raw(`${url}/ping`)).text).toContain("ArchiDelivery")
      expect(
        (await control.get(`${controlUrl}/state`)).data.points
      ).toHaveLength(2)
      bin.child.kill(signal)
      expect(await bin.exited).toEqual({ code: 0, signal: null })
      await expect(raw(`${url}/ping`)).rejects.toMatchObject({
        code: "ECONNREFUSED",
      })
    } finally {
      if (bin.child.exitCode === null && bin.child.signalCode === null)
        bin.child.kill("SIGKILL")
    }
  }
)
