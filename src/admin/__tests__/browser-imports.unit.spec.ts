import fs from "node:fs"
import { builtinModules } from "node:module"
import path from "node:path"

// The admin is bundled for the browser: the server code it imports at run
// time (not `import type`, which the bundler drops) must import no package,
// or Node's and the framework's modules would follow it in.

const adminDir = path.join(__dirname, "..")

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) {
      return entry.name === "__tests__" ? [] : sourceFiles(full)
    }
    return /\.tsx?$/.test(entry.name) ? [full] : []
  })
}

const STATEMENT =
  /^\s*(?:import|export)\s+(type\s+)?(?:([\s\S]*?)\s+from\s+)?["']([^"']+)["']/gm

/** What a file imports at run time: the specifiers of its value imports. */
function runtimeImports(file: string): string[] {
  const text = fs.readFileSync(file, "utf8")
  return [...text.matchAll(STATEMENT)]
    .filter(([, typeOnly, clause]) => {
      if (typeOnly) {
        return false
      }
      // `import { type A, type B }` brings in nothing either.
      const names = clause?.match(/^\{([\s\S]*)\}$/)?.[1]
      return !names?.split(",").every((n) => /^\s*(type\s+\S|$)/.test(n))
    })
    .map((m) => m[3])
}

function resolve(from: string, specifier: string): string {
  const base = path.resolve(path.dirname(from), specifier)
  const found = [".ts", ".tsx", "/index.ts", "/index.tsx", ""]
    .map((ext) => base + ext)
    .find((f) => fs.existsSync(f) && fs.statSync(f).isFile())
  if (!found) {
    throw new Error(`${from}: cannot resolve ${specifier}`)
  }
  return found
}

/** The server files the admin reaches by run-time imports, with the packages each imports. */
function serverFilesReached() {
  const reached = new Map<string, string[]>()
  const seen = new Set<string>()
  const visit = (file: string) => {
    if (seen.has(file)) {
      return
    }
    seen.add(file)
    const inAdmin = !path.relative(adminDir, file).startsWith("..")
    const packages: string[] = []
    for (const specifier of runtimeImports(file)) {
      if (specifier.startsWith(".")) {
        visit(resolve(file, specifier))
      } else {
        packages.push(specifier)
      }
    }
    if (!inAdmin) {
      reached.set(path.relative(path.join(adminDir, ".."), file), packages)
    }
  }
  sourceFiles(adminDir).forEach(visit)
  return reached
}

describe("the admin's browser bundle", () => {
  const reached = serverFilesReached()

  it("reaches the server files it shares with the server", () => {
    expect([...reached.keys()]).toEqual(
      expect.arrayContaining([
        path.join("lib", "orders", "order-problems.ts"),
        path.join("lib", "server-check", "text.ts"),
      ])
    )
  })

  it("takes no package in through server code", () => {
    const withPackages = [...reached].filter(([, pkgs]) => pkgs.length)
    expect(withPackages).toEqual([])
  })

  it("imports neither Node's modules nor the server framework at run time", () => {
    const forbidden = (specifier: string) =>
      specifier.startsWith("node:") ||
      builtinModules.includes(specifier.split("/")[0]) ||
      specifier.startsWith("@medusajs/framework")
    const bad = sourceFiles(adminDir).flatMap((file) =>
      runtimeImports(file)
        .filter(forbidden)
        .map((s) => `${path.relative(adminDir, file)}: ${s}`)
    )
    expect(bad).toEqual([])
  })
})
