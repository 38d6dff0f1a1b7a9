// @ts-check
// How every benchmark reports a figure: measured three times (BENCH_REPEATS),
// the median with its spread, so one noisy moment on a shared machine is
// visible instead of hidden in a single number.

const repeats = () => {
  const n = Number(process.env.BENCH_REPEATS ?? 3)
  return Number.isInteger(n) && n > 0 ? n : 3
}

/**
 * The median, lowest and highest of some measurements, and the spread:
 * (highest − lowest) ÷ median.
 * @param {number[]} values
 */
function summarize(values) {
  if (!values.length) {
    throw new Error("nothing measured")
  }
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  const median =
    sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
  const min = sorted[0]
  const max = sorted[sorted.length - 1]
  return {
    median,
    min,
    max,
    spread: median ? (max - min) / Math.abs(median) : 0,
    values,
  }
}

/**
 * Runs `measure` `repeats()` times, one after another, and gives each figure
 * it returns as its median and spread.
 * @template {Record<string, number>} T
 * @param {(round: number) => Promise<T>} measure
 * @returns {Promise<{ [K in keyof T]: ReturnType<typeof summarize> }>}
 */
async function repeated(measure) {
  /** @type {Record<string, number[]>} */
  const seen = {}
  const n = repeats()
  for (let i = 0; i < n; i++) {
    const figures = await measure(i)
    for (const [k, v] of Object.entries(figures)) {
      ;(seen[k] ??= []).push(v)
    }
  }
  return /** @type {any} */ (
    Object.fromEntries(Object.entries(seen).map(([k, v]) => [k, summarize(v)]))
  )
}

/** "0.91 (0.88–0.95)": a summary as the tables print it. */
const show = (/** @type {ReturnType<typeof summarize>} */ s, digits = 3) => {
  const r = (/** @type {number} */ n) => Number(n.toFixed(digits))
  return s.values.length > 1
    ? `${r(s.median)} (${r(s.min)}–${r(s.max)})`
    : String(r(s.median))
}

module.exports = { repeats, summarize, repeated, show }
