#!/usr/bin/env node
// @ts-check
// `npm run check:pack` (after `npm run build`): lists what `npm pack` would
// put in the tarball and fails on anything a shop should not get (tests, the
// emulator, the bench, sources) and on anything it needs that is missing
// (licence, readme, changelog, protocol notes, a declaration beside every
// compiled file, a file behind every `exports` entry).
const { execFileSync } = require("node:child_process")
const path = require("node:path")

const root = path.join(__dirname, "..")

/** Shipped beside the compiled server, always. */
const DOCUMENTS = [
  "package.json",
  "README.md",
  "LICENSE",
  "CHANGELOG.md",
  "docs/protocol.md",
  "docs/architecture.md",
]
const SERVER = ".medusa/server/src/"
const ADMIN_ENTRY = /^\.medusa\/server\/src\/admin\/index\.m?js$/
const TEST_FILE = /(^|\/)__tests__\/|\.(spec|test)\.[cm]?[jt]sx?$/

/** @param {string} file */
function allowed(file) {
  if (DOCUMENTS.includes(file)) return true
  if (ADMIN_ENTRY.test(file)) return true
  if (!file.startsWith(SERVER) || file.startsWith(`${SERVER}admin/`)) {
    return false
  }
  return /\.(js|d\.ts)$/.test(file) && !TEST_FILE.test(file)
}

/** An `exports` key or target with `*` as a regular expression over packed paths. */
function patternOf(/** @type {string} */ target) {
  const escaped = target
    .replace(/^\.\//, "")
    .replace(/[.+?^${}()|[\]\\]/g, "\\$&")
    .replace(/\*/g, ".+")
  return new RegExp(`^${escaped}$`)
}

/**
 * Every target of the exports map (conditions included), as written.
 * @param {unknown} value @returns {string[]}
 */
function exportTargets(value) {
  if (typeof value === "string") return [value]
  if (value && typeof value === "object") {
    return Object.values(value).flatMap(exportTargets)
  }
  return []
}

/**
 * What is wrong with a package holding `files`; empty when it is right.
 * @param {string[]} files paths inside the package, as `npm pack --json` lists them
 * @param {{ exports?: Record<string, unknown> }} pkg the package.json being packed
 * @returns {string[]}
 */
function packProblems(files, pkg) {
  const problems = []
  const have = new Set(files)
  const strays = files.filter((f) => !allowed(f))
  if (strays.length) {
    problems.push(
      `${strays.length} file(s) a shop should not get: ${strays.slice(0, 10).join(", ")}${strays.length > 10 ? ", …" : ""}`
    )
  }
  for (const doc of DOCUMENTS) {
    if (!have.has(doc)) problems.push(`missing ${doc}`)
  }
  const compiled = files.filter(
    (f) =>
      f.startsWith(SERVER) &&
      !f.startsWith(`${SERVER}admin/`) &&
      f.endsWith(".js") &&
      !TEST_FILE.test(f)
  )
  if (!compiled.length) problems.push(`no compiled server under ${SERVER}`)
  const undeclared = compiled.filter(
    (f) => !have.has(f.replace(/\.js$/, ".d.ts"))
  )
  if (undeclared.length) {
    problems.push(
      `${undeclared.length} compiled file(s) without a declaration: ${undeclared.slice(0, 5).join(", ")}`
    )
  }
  if (!files.some((f) => ADMIN_ENTRY.test(f))) {
    problems.push("missing the admin entry (.medusa/server/src/admin/index.*)")
  }
  for (const [key, value] of Object.entries(pkg.exports ?? {})) {
    for (const target of exportTargets(value)) {
      const pattern = patternOf(target)
      if (!files.some((f) => pattern.test(f))) {
        problems.push(`exports["${key}"] → ${target}: no such file packed`)
      }
    }
  }
  return problems
}

function main() {
  const pkg = require(path.join(root, "package.json"))
  const out = execFileSync("npm", ["pack", "--dry-run", "--json"], {
    cwd: root,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  })
  const packed = JSON.parse(out)[0]
  /** @type {string[]} */
  const files = packed.files.map((/** @type {{ path: string }} */ f) => f.path)
  const problems = packProblems(files, pkg)
  const declarations = files.filter((f) => f.endsWith(".d.ts")).length
  console.log(
    `${packed.filename}: ${files.length} files (${declarations} declarations), ${Math.round(packed.size / 1024)} kB packed`
  )
  if (problems.length) {
    for (const p of problems) console.error(`check:pack: ${p}`)
    console.error("check:pack: run `npm run build` first if the build is stale")
    process.exit(1)
  }
  console.log("check:pack: the package holds exactly what a shop needs")
}

if (require.main === module) main()

module.exports = { packProblems }
