import fs from "node:fs"
import path from "node:path"
import { ADMIN_ERROR_CODES } from "../../lib/shared/admin-codes"
import { REPORT_CODES } from "../../lib/menu/report"
import { ORDER_PROBLEM_CODES } from "../../lib/orders/order-problems"
import translations from "../i18n"
import { en } from "../i18n/en"
import { ru } from "../i18n/ru"
import { uk } from "../i18n/uk"
import { SERVER_CODES } from "../lib/server-codes"

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
/** Every language besides English, with the plural forms its rules use. */
const others = {
  uk: { keys: flatten(uk), forms: ["one", "few", "many", "other"] },
  ru: { keys: flatten(ru), forms: ["one", "few", "many", "other"] },
}

/** A plural key counts as present when its forms are. */
const has = (keys: Map<string, string>, key: string) =>
  keys.has(key) || keys.has(`${key}_one`)

function sourceFiles(dir: string, skip: string[] = []): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) {
      return entry.name === "__tests__" || skip.includes(entry.name)
        ? []
        : sourceFiles(full, skip)
    }
    return /\.tsx?$/.test(entry.name) ? [full] : []
  })
}

const read = (files: string[]) =>
  files.map((file) => fs.readFileSync(file, "utf8")).join("\n")

const adminDir = path.join(__dirname, "..")
const source = read(sourceFiles(adminDir, ["i18n"]))
const srcDir = path.join(adminDir, "..")
const serverFiles = [
  "workflows",
  "lib",
  "api",
  "modules",
  "subscribers",
  "jobs",
]
  .map((d) => path.join(srcDir, d))
  .filter((d) => fs.existsSync(d))
  .flatMap((d) => sourceFiles(d))

describe("admin translations", () => {
  it("registers English, Ukrainian and Russian under the plugin's namespace", () => {
    expect(Object.keys(translations).sort()).toEqual(["en", "ru", "uk"])
    expect(translations.en.archidelivery).toBe(en)
    expect(translations.uk.archidelivery).toBe(uk)
    expect(translations.ru.archidelivery).toBe(ru)
  })

  it.each(Object.entries(others))(
    "has a %s text for every English one and no extra ones",
    (_, { keys }) => {
      const enBases = [...new Set([...enKeys.keys()].map(base))].sort()
      const bases = [...new Set([...keys.keys()].map(base))].sort()
      expect(bases).toEqual(enBases)
    }
  )

  it.each(Object.entries(others))(
    "gives %s plurals every form its language needs",
    (_, { keys, forms }) => {
      const plurals = new Set(
        [...enKeys.keys()].filter((k) => PLURAL.test(k)).map(base)
      )
      expect(plurals.size).toBeGreaterThan(0)
      for (const key of plurals) {
        for (const form of ["one", "other"]) {
          expect(enKeys.has(`${key}_${form}`)).toBe(true)
        }
        for (const form of forms) {
          expect([key, keys.has(`${key}_${form}`)]).toEqual([key, true])
        }
      }
    }
  )

  it.each(Object.entries(others))(
    "keeps the same placeholders in %s",
    (_, { keys }) => {
      for (const [key, text] of enKeys) {
        const twins = [...keys].filter(([k]) => base(k) === base(key))
        for (const [k, t] of twins) {
          expect([k, placeholders(t)]).toEqual([k, placeholders(text)])
        }
      }
    }
  )

  it.each(Object.entries(others))(
    "translates every English text (no English left in %s)",
    (_, { keys }) => {
      // Brand names and units that read the same in both are the only exceptions.
      const same = [...keys].filter(
        ([k, v]) =>
          enKeys.get(k) === v && !/^(ArchiDelivery|HTTP|JSON)$/.test(v)
      )
      expect(same).toEqual([])
    }
  )

  it("keeps a number on the line of its unit", () => {
    for (const keys of [enKeys, ...Object.values(others).map((o) => o.keys)]) {
      for (const unit of ["grams", "ms", "seconds"]) {
        expect(keys.get(`units.${unit}`)).toMatch(/^\{\{value\}\}\u00a0\S+$/)
      }
    }
  })

  it("knows every key the admin code asks for", () => {
    const used = [...source.matchAll(/\bt\(\s*"([^"]+)"/g)].map((m) => m[1])
    expect(used.length).toBeGreaterThan(50)
    const missing = used.filter((key) => !has(enKeys, key))
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

  it("takes pagination and common buttons from the dashboard, which has them in every language", () => {
    const used = [...source.matchAll(/\btd\(\s*"([^"]+)"/g)].map((m) => m[1])
    expect(used).toEqual(
      expect.arrayContaining(["general.of", "actions.close"])
    )
    const dir = path.dirname(
      require.resolve("@medusajs/dashboard/package.json")
    )
    for (const lang of Object.keys(translations)) {
      const file = path.join(dir, "src", "i18n", "translations", `${lang}.json`)
      const keys = flatten(JSON.parse(fs.readFileSync(file, "utf8")))
      expect([lang, used.filter((k) => !keys.has(k))]).toEqual([lang, []])
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

describe("server codes in the admin", () => {
  const languages = {
    en: enKeys,
    ...Object.fromEntries(Object.entries(others).map(([l, o]) => [l, o.keys])),
  }

  it("has a text for every server code in every language", () => {
    for (const [lang, keys] of Object.entries(languages)) {
      const missing = Object.entries(SERVER_CODES).flatMap(([block, codes]) =>
        (codes as readonly string[])
          .map((code) => `${block}.${code}`)
          .filter((key) => !has(keys, key))
      )
      expect([lang, missing]).toEqual([lang, []])
    }
  })

  it("lists every code the server's typed lists declare", () => {
    expect([...SERVER_CODES.serverErrors].sort()).toEqual(
      [...ADMIN_ERROR_CODES].sort()
    )
    expect([...SERVER_CODES["report.messages"]].sort()).toEqual(
      [...REPORT_CODES].sort()
    )
    expect([...SERVER_CODES.orderProblems].sort()).toEqual(
      [...ORDER_PROBLEM_CODES].sort()
    )
  })

  it("lists every attempt outcome, queue kind and report action the server writes", () => {
    const outcomes = new Set<string>()
    const actions = new Set<string>()
    for (const file of serverFiles) {
      const text = fs.readFileSync(file, "utf8")
      for (const m of text.matchAll(
        /(?<![.\w])(?:attemptFrom|record)\(\s*"([a-z_]+)"/g
      )) {
        outcomes.add(m[1])
      }
      for (const m of text.matchAll(
        /\b(?:outcome|last_error_kind):\s*"([a-z_]+)"/g
      )) {
        outcomes.add(m[1])
      }
      // The kinds a classified failure is stored under.
      if (file.endsWith("queue-policy.ts")) {
        for (const m of text.matchAll(/\bkind:\s*"([a-z_]+)"/g)) {
          outcomes.add(m[1])
        }
      }
      const union = (name: string) =>
        text
          .match(new RegExp(`type ${name} =([^;]+?)(?:\\n\\n|\\n\\/)`))?.[1]
          ?.match(/"([a-z_]+)"/g)
          ?.map((s) => s.slice(1, -1)) ?? []
      union("ArchiErrorKind").forEach((k) => outcomes.add(k))
      union("ReportAction").forEach((k) => actions.add(k))
    }
    expect(outcomes.size).toBeGreaterThan(10)
    expect(actions.size).toBeGreaterThan(3)
    const known = new Set<string>(SERVER_CODES.outcome)
    expect([...outcomes].filter((o) => !known.has(o)).sort()).toEqual([])
    const knownActions = new Set<string>(SERVER_CODES["report.actions"])
    expect([...actions].filter((a) => !knownActions.has(a)).sort()).toEqual([])
  })
})
