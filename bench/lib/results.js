// @ts-check
// Merges figures into bench/results.json: { "name": { "value": n, "unit": "…" } }.
const fs = require("node:fs")
const path = require("node:path")

const file = path.join(__dirname, "..", "results.json")

/** @param {Record<string, { value: number, unit: string }>} figures */
function recordResults(figures) {
  const current = fs.existsSync(file)
    ? JSON.parse(fs.readFileSync(file, "utf8"))
    : {}
  fs.writeFileSync(
    file,
    JSON.stringify({ ...current, ...figures }, null, 2) + "\n"
  )
}

/** Three decimals, for the tables. */
const round = (/** @type {number} */ n) => Math.round(n * 1000) / 1000

module.exports = { recordResults, round }
