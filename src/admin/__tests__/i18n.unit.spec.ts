import fs from "node:fs"
import path from "node:path"
import translations from "../i18n"
import { en } from "../i18n/en"
import { uk } from "../i18n/uk"

type Tree = { [key: string]: string | Tree }

const PLURAL = /_(zero|one|two|few|many|other)$/

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    const full = prefix ? `${prefix}.${key}` : key
    if (typeof value === "string") {
      out.set(full, value)
    } else {
      for (const [k, v] of flatten(value, full)) {
        out.set(k, v)
      }
    }
  }
  return out
}

const base = (key: string) => key.replace(PLURAL, "")
const placeholders = (text: string) =>
  [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort()

const enKeys = flatten(en)
const ukKeys = flatten(uk)

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) {
      return entry.name === "__tests__" || entry.name === "i18n"
        ? []
        : sourceFiles(full)
    }
    return /\.tsx?$/.test(entry.name) ? [full] : []
  })
}

const adminDir = path.join(__dirname, "..")
const source = sourceFiles(adminDir)
  .map((file) => fs.readFileSync(file, "utf8"))
  .join("\n")

describe("admin translations", () => {
  it("registers English and Ukrainian under the plugin's namespace", () => {
    expect(Object.keys(translations).sort()).toEqual(["en", "uk"])
    expect(translations.en.archidelivery).toBe(en)
    expect(translations.uk.archidelivery).toBe(uk)
  })

  it("has a Ukrainian text for every English one and no extra ones", () => {
    const enBases = [...new Set([...enKeys.keys()].map(base))].sort()
    const ukBases = [...new Set([...ukKeys.keys()].map(base))].sort()
    expect(ukBases).toEqual(enBases)
  })

  it("gives Ukrainian plurals all four forms and English both", () => {
    const plurals = new Set(
      [...enKeys.keys()].filter((k) => PLURAL.test(k)).map(base)
    )
    expect(plurals.size).toBeGreaterThan(0)
    for (const key of plurals) {
      for (const form of ["one", "other"]) {
        expect(enKeys.has(`${key}_${form}`)).toBe(true)
      }
      for (const form of ["one", "few", "many", "other"]) {
        expect([key, ukKeys.has(`${key}_${form}`)]).toEqual([key, true])
      }
    }
  })

  it("keeps the same placeholders in both languages", () => {
    for (const [key, text] of enKeys) {
      const twins = [...ukKeys].filter(([k]) => base(k) === base(key))
      for (const [ukKey, ukText] of twins) {
        expect([ukKey, placeholders(ukText)]).toEqual([
          ukKey,
          placeholders(text),
        ])
      }
    }
  })

  it("translates every English text (no English left in Ukrainian)", () => {
    // Brand names and units that read the same in both are the only exceptions.
    const same = [...ukKeys].filter(
      ([k, v]) => enKeys.get(k) === v && !/^(ArchiDelivery|HTTP|JSON)$/.test(v)
    )
    expect(same).toEqual([])
  })

  it("knows every key the admin code asks for", () => {
    const used = [...source.matchAll(/\bt\(\s*"([^"]+)"/g)].map((m) => m[1])
    expect(used.length).toBeGreaterThan(50)
    const missing = used.filter(
      (key) => !enKeys.has(key) && !enKeys.has(`${key}_one`)
    )
    expect(missing).toEqual([])
    const dynamic = [...source.matchAll(/\bt\(\s*`([^`$]+)\.\$\{/g)].map(
      (m) => m[1]
    )
    expect(dynamic.length).toBeGreaterThan(5)
    for (const prefix of dynamic) {
      expect([
        prefix,
        [...enKeys.keys()].some((k) => k.startsWith(`${prefix}.`)),
      ]).toEqual([prefix, true])
    }
  })

  it("names every queue, import and link state the API can return", () => {
    for (const s of [
      "queued",
      "sending",
      "sent",
      "failed",
      "needs_review",
      "cancelled",
    ]) {
      expect(enKeys.has(`orderStatus.${s}`)).toBe(true)
    }
    for (const f of ["after_send", "in_doubt"]) {
      expect(enKeys.has(`cancelledFlag.${f}`)).toBe(true)
    }
    for (const s of ["running", "completed", "failed"]) {
      expect(enKeys.has(`importStatus.${s}`)).toBe(true)
    }
    for (const s of ["linked", "pending", "failed", "unlinked"]) {
      expect(enKeys.has(`linkStatus.${s}`)).toBe(true)
    }
    for (const s of [
      "fetched",
      "created",
      "updated",
      "unchanged",
      "skipped_unapproved",
      "invalid",
      "missing",
    ]) {
      expect(enKeys.has(`totals.${s}`)).toBe(true)
    }
  })
})
