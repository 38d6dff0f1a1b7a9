// @ts-check
// Merges figures into bench/results.json:
// { "name": { "value": n, "unit": "…", "min"?: n, "max"?: n, "runs"?: n } },
// value being the median of the runs when there were several.
const fs = require("node:fs")
const path = require("node:path")

const file = path.join(__dirname, "..", "results.json")

/**
 * @typedef {{ value: number, unit: string, min?: number, max?: number,
 *   runs?: number }} Figure
 * @param {Record<string, Figure>} figures
 */
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

/**
 * A figure from a summary (bench/lib/stats.js): its median, lowest and
 * highest, rounded.
 * @param {{ median: number, min: number, max: number, values: number[] }} s
 * @param {string} unit
 * @returns {Figure}
 */
const figureOf = (s, unit) => ({
  value: round(s.median),
  unit,
  min: round(s.min),
  max: round(s.max),
  runs: s.values.length,
})

module.exports = { recordResults, round, figureOf }
