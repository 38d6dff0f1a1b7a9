import { defineConfig, loadEnv } from "@medusajs/framework/utils"

// The dev, demo and test host: it loads the plugin's module and fulfilment
// provider from source, as a shop would load the built package.
loadEnv(process.env.NODE_ENV || "development", process.cwd())

const env = process.env

// A number from the environment; an empty value means "not set".
const amount = (value: string | undefined, fallback?: number) =>
  value === undefined
    ? fallback
    : value.trim() === ""
      ? undefined
      : Number(value)

const archideliveryOptions = {
  url: env.ARCHIDELIVERY_URL ?? "http://127.0.0.1:5858",
  encoding: env.ARCHIDELIVERY_ENCODING ?? "cp1251",
  replyCharset: env.ARCHIDELIVERY_REPLY_CHARSET ?? "auto",
  pointId: env.ARCHIDELIVERY_POINT_ID ?? "5",
  cityName: env.ARCHIDELIVERY_CITY ?? "Київ",
  // Headers for a proxy in front of ArchiDelivery, as JSON: {"X-Token":"…"}.
  headers: env.ARCHIDELIVERY_HEADERS
    ? JSON.parse(env.ARCHIDELIVERY_HEADERS)
    : undefined,
  orderItemFormat: env.ARCHIDELIVERY_ITEM_FORMAT ?? "legacy",
  // Specs written for one product per row set ARCHIDELIVERY_SIZE_GROUPING=off.
  sizes: { grouping: env.ARCHIDELIVERY_SIZE_GROUPING || undefined },
  paymentTypes: { pp_system_default: "1" },
  // Tests shorten these to exercise timeouts and expired leases quickly.
  connectTimeoutMs: amount(env.ARCHIDELIVERY_CONNECT_TIMEOUT_MS),
  replyTimeoutMs: amount(env.ARCHIDELIVERY_REPLY_TIMEOUT_MS),
  queue: {
    leaseSeconds: amount(env.ARCHIDELIVERY_LEASE_SECONDS),
    batchSize: amount(env.ARCHIDELIVERY_BATCH_SIZE),
    concurrency: amount(env.ARCHIDELIVERY_CONCURRENCY),
    maxBackoffSeconds: amount(env.ARCHIDELIVERY_MAX_BACKOFF_SECONDS),
    pingReuseSeconds: amount(env.ARCHIDELIVERY_PING_REUSE_SECONDS),
    // Tests drive the jobs themselves; a minute timer firing mid-test would race them.
    jobsEnabled: env.ARCHIDELIVERY_JOBS !== "off",
    pushOnPlace: env.ARCHIDELIVERY_PUSH_ON_PLACE !== "off",
  },
  delivery: {
    fee: amount(env.ARCHIDELIVERY_DELIVERY_FEE, 50),
    freeFrom: amount(env.ARCHIDELIVERY_FREE_FROM, 800),
    minOrderAmount: amount(env.ARCHIDELIVERY_MIN_ORDER, 0),
    // Points (with their hours) and delivery zones as JSON (see the README's delivery options).
    points: env.ARCHIDELIVERY_POINTS
      ? JSON.parse(env.ARCHIDELIVERY_POINTS)
      : undefined,
    zones: env.ARCHIDELIVERY_ZONES
      ? JSON.parse(env.ARCHIDELIVERY_ZONES)
      : undefined,
  },
  // Opening hours, slots and staff notices, as JSON (see the README's kitchen options).
  kitchen: env.ARCHIDELIVERY_KITCHEN
    ? JSON.parse(env.ARCHIDELIVERY_KITCHEN)
    : undefined,
}

// Several instances (production, `npm run test:cluster`): Medusa's Redis event
// bus and workflow engine on REDIS_URL, and a lock every instance shares.
// MEDUSA_LOCKING picks it: redis (default) or postgres, for hosts without Redis.
const distributedModules = (() => {
  if (env.MEDUSA_DISTRIBUTED !== "true") {
    return []
  }
  const locking = env.MEDUSA_LOCKING ?? "redis"
  if (!env.REDIS_URL || !["redis", "postgres"].includes(locking)) {
    throw new Error(
      "MEDUSA_DISTRIBUTED=true needs REDIS_URL, and MEDUSA_LOCKING must be redis or postgres"
    )
  }
  const redisUrl = env.REDIS_URL
  return [
    {
      resolve: "@medusajs/medusa/event-bus-redis",
      options: { redisUrl },
    },
    {
      resolve: "@medusajs/medusa/workflow-engine-redis",
      options: { redis: { redisUrl } },
    },
    {
      resolve: "@medusajs/medusa/locking",
      options: {
        providers: [
          locking === "redis"
            ? {
                resolve: "@medusajs/medusa/locking-redis",
                id: "locking-redis",
                is_default: true,
                options: { redisUrl },
              }
            : {
                resolve: "@medusajs/medusa/locking-postgres",
                id: "locking-postgres",
                is_default: true,
              },
        ],
      },
    },
  ]
})()

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: env.DATABASE_URL,
    workerMode:
      (env.MEDUSA_WORKER_MODE as "shared" | "worker" | "server") ?? "shared",
    redisUrl: env.REDIS_URL,
    http: {
      storeCors: env.STORE_CORS ?? "*",
      adminCors: env.ADMIN_CORS ?? "*",
      authCors: env.AUTH_CORS ?? "*",
      jwtSecret: env.JWT_SECRET ?? "supersecret",
      cookieSecret: env.COOKIE_SECRET ?? "supersecret",
    },
  },
  admin: {
    disable: env.ADMIN_DISABLED === "true",
  },
  modules: [
    { resolve: "./src/modules/archidelivery", options: archideliveryOptions },
    {
      resolve: "@medusajs/medusa/fulfillment",
      options: {
        // Listing providers replaces Medusa's default list: keep manual beside ours.
        providers: [
          { resolve: "@medusajs/medusa/fulfillment-manual", id: "manual" },
          // Providers never receive plugin options: the same object goes here.
          {
            resolve: "./src/providers/archidelivery",
            id: "archidelivery",
            options: archideliveryOptions,
          },
        ],
      },
    },
    {
      // The admin feed, and an e-mail channel that only records, so staff
      // notices can be seen (and tested) without a mail service.
      resolve: "@medusajs/medusa/notification",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/notification-local",
            id: "local",
            options: {
              name: "Local Notification Provider",
              channels: ["feed"],
            },
          },
          {
            resolve: "@medusajs/medusa/notification-local",
            id: "local-email",
            options: { name: "Recorded e-mail", channels: ["email"] },
          },
        ],
      },
    },
    ...distributedModules,
  ],
})
