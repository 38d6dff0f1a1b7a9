// @ts-check
// Redis for the cluster test: whether it answers, and a database of its own
// for each run, emptied afterwards.
const { Redis } = require("ioredis")

const CLAIM_KEY = "archidelivery:test-cluster:claim"

/**
 * Finds an empty Redis database (1–15) and claims it with a marker key, so
 * two runs on one Redis never share queues; `release()` empties it again.
 * @param {string} baseUrl e.g. redis://127.0.0.1:6379
 * @param {string} runId
 */
async function claimRedisDb(baseUrl, runId) {
  for (let db = 1; db <= 15; db++) {
    const url = new URL(baseUrl)
    url.pathname = `/${db}`
    const redis = new Redis(url.toString(), {
      lazyConnect: true,
      maxRetriesPerRequest: 1,
    })
    await redis.connect()
    try {
      const claimed = await redis.set(CLAIM_KEY, runId, "EX", 3600, "NX")
      if (claimed && (await redis.dbsize()) === 1) {
        return {
          db,
          url: url.toString(),
          release: async () => {
            const again = new Redis(url.toString(), { maxRetriesPerRequest: 1 })
            try {
              if ((await again.get(CLAIM_KEY)) === runId) await again.flushdb()
            } finally {
              again.disconnect()
            }
          },
        }
      }
      if (claimed) await redis.del(CLAIM_KEY)
    } finally {
      redis.disconnect()
    }
  }
  throw new Error(`no empty Redis database (1–15) at ${baseUrl}`)
}

/** @param {string} url */
async function redisAnswers(url) {
  const redis = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 1,
    connectTimeout: 3000,
  })
  try {
    await redis.connect()
    return (await redis.ping()) === "PONG"
  } catch {
    return false
  } finally {
    redis.disconnect()
  }
}

module.exports = { claimRedisDb, redisAnswers }
