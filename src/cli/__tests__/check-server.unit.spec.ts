import { spawn } from "node:child_process"
import { readFileSync } from "node:fs"
import path from "node:path"

// eslint-disable-next-line @typescript-eslint/no-var-requires
const { createEmulator } = require("../../../emulator")

jest.setTimeout(60_000)

const ROOT = path.resolve(__dirname, "../../..")

const emulator = createEmulator({ port: 0, controlPort: 0, host: "127.0.0.1" })
beforeAll(() => emulator.start())
afterAll(() => emulator.stop())
beforeEach(() => emulator.reset())

/** The command as `npm run check-server` runs it, in its own process. */
function run(
  args: string[]
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        "-r",
        "ts-node/register/transpile-only",
        "src/cli/index.ts",
        "check-server",
        ...args,
      ],
      { cwd: ROOT, env: { ...process.env, NODE_OPTIONS: "" } }
    )
    let stdout = ""
    let stderr = ""
    child.stdout.on("data", (d) => (stdout += d))
    child.stderr.on("data", (d) => (stderr += d))
    child.on("error", reject)
    child.on("close", (code) => resolve({ code, stdout, stderr }))
  })
}

const WRITES = ["neworder", "newclient"]

it("exits 0 when no finding is a problem, and prints the report as JSON", async () => {
  const { code, stdout } = await run([
    "--url",
    emulator.url,
    "--point",
    "5",
    "--json",
  ])
  expect(code).toBe(0)
  const { server_check } = JSON.parse(stdout)
  expect(server_check.dialect).toMatchObject({
    text_content_type: "text; charset=windows-1251",
    detected_charset: "utf8",
  })
  expect(
    server_check.findings.filter(
      (f: { level: string }) => f.level === "problem"
    )
  ).toEqual([])
  const lookup = server_check.findings.find(
    (f: { id: string }) => f.id === "lookup"
  )
  expect(lookup.level).toBe("warning")
  expect(lookup.detail).toContain("--order")
})

it("exits 1 with a problem, and says what to set in text", async () => {
  const { code, stdout } = await run(["--url", emulator.url, "--point", "77"])
  expect(code).toBe(1)
  expect(stdout).toContain("[PROBLEM] pointId 77 is not one of the 2 points")
  expect(stdout).toContain(
    "Set pointId to one of 5 (Піцерія на Подолі), 10 (Кухня на Оболоні)."
  )
})

it("passes menu fields, a phone and sent orders on, and only reads", async () => {
  emulator.setMenu(
    emulator.state.menu.map(({ PRICE, ...row }: Record<string, unknown>) => ({
      ...row,
      SUMMA: PRICE,
    }))
  )
  const order = await fetch(
    `${emulator.url}/neworder?type=0&client=Test&phone=380671112233&comment=${encodeURIComponent("Тест #7")}&order=101%231`
  ).then((r) => r.text())
  const orderId = order.match(/<OrderId>(\d+)<\/OrderId>/)![1]
  emulator.requests.length = 0
  const { code, stdout } = await run([
    "--url",
    emulator.url,
    "--encoding",
    "utf8",
    "--point",
    "5",
    "--menu-field",
    "price=SUMMA",
    "--order",
    `${orderId}:7:+380 67 111 22 33`,
    "--phone",
    "380671112233",
    "--json",
  ])
  expect(code).toBe(0)
  const { server_check } = JSON.parse(stdout)
  expect(server_check.menu.mapping_ok).toBe(true)
  expect(server_check.lookup.proven).toBe(true)
  const methods = emulator.requests.map((r: { method: string }) => r.method)
  expect(methods).toContain("getorderdata")
  expect(methods.filter((m: string) => WRITES.includes(m))).toEqual([])
})

it("exits 1 when the server does not answer", async () => {
  await emulator.setFaults({ unreachable: true })
  const { code, stdout } = await run(["--url", emulator.url, "--point", "5"])
  expect(code).toBe(1)
  expect(stdout).toContain("[PROBLEM] ArchiDelivery does not answer ping")
})

it("exits 2 with the usage for bad arguments", async () => {
  const missing = await run([])
  expect(missing.code).toBe(2)
  expect(missing.stderr).toMatch(/url: required/)
  expect(missing.stderr).toContain("Usage: check-server")
  const bad = await run(["--url", emulator.url, "--order", "x"])
  expect(bad.code).toBe(2)
  const unknown = await run(["--url", emulator.url, "--nope"])
  expect(unknown.code).toBe(2)
})

it("ships as the package's bin, built from this command", () => {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8"))
  const bin = pkg.bin["medusa-plugin-archidelivery"]
  // The package ships .medusa/server only; the build compiles src/ into it.
  expect(bin).toBe(".medusa/server/src/cli/index.js")
  expect(pkg.files).toContain(".medusa/server")
  const source = readFileSync(path.join(ROOT, "src/cli/index.ts"), "utf8")
  expect(source.startsWith("#!/usr/bin/env node\n")).toBe(true)
  expect(pkg.scripts["check-server"]).toContain("src/cli/index.ts check-server")
})
