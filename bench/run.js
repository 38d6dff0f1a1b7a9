#!/usr/bin/env node
// @ts-check
// Runs every benchmark in bench/ (each a node script that merges its figures
// into bench/results.json) one after another, then prints the whole table.
// Benchmarks are not tests: they report ratios against a baseline measured
// in the same run and never fail on a number.
const { spawnSync } = require("node:child_process")
const fs = require("node:fs")
const path = require("node:path")

const dir = __dirname
const only = process.argv.slice(2)
const scripts = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith(".js") && f !== "run.js")
  .filter((f) => !only.length || only.some((o) => f.includes(o)))
  .sort()

let failed = 0
for (const script of scripts) {
  console.log(`\n=== bench/${script}`)
  const run = spawnSync(process.execPath, [path.join(dir, script)], {
    stdio: "inherit",
    env: process.env,
  })
  if (run.status !== 0) {
    failed++
    console.error(`bench/${script} exited with ${run.status}`)
  }
}

const resultsFile = path.join(dir, "results.json")
if (fs.existsSync(resultsFile)) {
  const results = JSON.parse(fs.readFileSync(resultsFile, "utf8"))
  console.log("\n=== results")
  console.table(
    Object.entries(results).map(([name, r]) => ({
      name,
      value: r.value,
      // The median's spread over its runs, when it had several.
      "min–max": r.runs > 1 ? `${r.min}–${r.max}` : "",
      unit: r.unit,
    }))
  )
}
process.exit(failed ? 1 : 0)
