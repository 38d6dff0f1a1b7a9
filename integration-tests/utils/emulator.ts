// Starts the bundled ArchiDelivery emulator on a free port for one spec file
// and points the test host's plugin options at it (medusa-config.ts reads
// ARCHIDELIVERY_URL). Call it at the top of a spec, before
// medusaIntegrationTestRunner, so the URL is set when the app boots.
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { createEmulator } = require("../../emulator")

export type Emulator = ReturnType<typeof createEmulator>

export interface UseEmulatorOptions {
  /** Plugin options read from the environment by medusa-config.ts. */
  env?: Record<string, string>
}

export function useEmulator(opts: UseEmulatorOptions = {}): Emulator {
  const emulator = createEmulator({
    port: 0,
    controlPort: 0,
    host: "127.0.0.1",
  })
  // Jobs fire on timers; tests run them by hand so nothing races an assertion.
  Object.assign(process.env, { ARCHIDELIVERY_JOBS: "off", ...opts.env })
  beforeAll(async () => {
    await emulator.start()
    process.env.ARCHIDELIVERY_URL = emulator.url
  })
  beforeEach(() => emulator.reset())
  afterAll(async () => {
    await emulator.stop()
  })
  return emulator
}
