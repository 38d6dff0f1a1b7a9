// @ts-check
// The files of a fresh Medusa host app for the install test: what
// create-medusa-app would leave, plus the plugin and the README's config.

const SECTION = "## Install into an existing Medusa shop"

/**
 * The first ```ts block of the README's install section: the test uses the
 * documented medusa-config.ts as it stands, so the README cannot drift.
 * @param {string} readme
 */
function readmeConfig(readme) {
  const start = readme.indexOf(SECTION)
  if (start < 0) throw new Error(`README.md has no "${SECTION}" section`)
  const rest = readme.slice(start + SECTION.length)
  const end = rest.search(/\n## /)
  const section = end < 0 ? rest : rest.slice(0, end)
  const block = /```ts\n([\s\S]*?)```/.exec(section)
  if (!block)
    throw new Error(`the README's "${SECTION}" section has no ts block`)
  if (!block[1].includes("defineConfig")) {
    throw new Error(
      "the README's first ts block in the install section is not a medusa-config.ts"
    )
  }
  return block[1]
}

/**
 * @param {{ rootPkg: { name: string, devDependencies: Record<string, string> },
 *   tarball: string, config: string }} input
 * @returns {Record<string, string>} file name → content
 */
function hostFiles({ rootPkg, tarball, config }) {
  // The plugin's own pins, so the host gets the Medusa the plugin was built against.
  const v = (/** @type {string} */ name) => {
    const version = rootPkg.devDependencies[name]
    if (!version) throw new Error(`package.json pins no ${name}`)
    return version
  }
  const pkg = {
    name: "archidelivery-install-test-host",
    version: "0.0.0",
    private: true,
    scripts: {
      build: "medusa build",
      start: "medusa start",
      dev: "medusa develop",
    },
    dependencies: {
      "@medusajs/admin-sdk": v("@medusajs/admin-sdk"),
      "@medusajs/cli": v("@medusajs/cli"),
      "@medusajs/framework": v("@medusajs/framework"),
      "@medusajs/medusa": v("@medusajs/medusa"),
      [rootPkg.name]: tarball,
    },
    devDependencies: {
      "@medusajs/test-utils": v("@medusajs/test-utils"),
      "@swc/core": v("@swc/core"),
      "@types/node": v("@types/node"),
      "@types/react": v("@types/react"),
      "@types/react-dom": v("@types/react-dom"),
      "prop-types": v("prop-types"),
      react: v("react"),
      "react-dom": v("react-dom"),
      "ts-node": v("ts-node"),
      typescript: v("typescript"),
      vite: v("vite"),
      yalc: v("yalc"),
    },
    engines: { node: ">=20" },
  }
  // medusa-starter-default's tsconfig.
  const tsconfig = {
    compilerOptions: {
      target: "ES2021",
      esModuleInterop: true,
      module: "Node16",
      moduleResolution: "Node16",
      emitDecoratorMetadata: true,
      experimentalDecorators: true,
      skipLibCheck: true,
      skipDefaultLibCheck: true,
      declaration: false,
      sourceMap: false,
      inlineSourceMap: true,
      outDir: "./.medusa/server",
      rootDir: "./",
      jsx: "react-jsx",
      forceConsistentCasingInFileNames: true,
      resolveJsonModule: true,
      checkJs: false,
      strictNullChecks: true,
    },
    "ts-node": { swc: true },
    include: ["**/*", ".medusa/types/*"],
    exclude: ["node_modules", ".medusa/server", ".medusa/admin", ".cache"],
  }
  return {
    "package.json": JSON.stringify(pkg, null, 2) + "\n",
    "tsconfig.json": JSON.stringify(tsconfig, null, 2) + "\n",
    "medusa-config.ts": config,
  }
}

const PLUGIN = "medusa-plugin-archidelivery"

/**
 * A host file that uses the plugin as a TypeScript host would: it must
 * type-check. The `Typed` line fails if a declaration says `any`.
 */
const USES_PLUGIN = `import type { MedusaContainer } from "@medusajs/framework/types"
import {
  approveProductsWorkflow,
  retryOrderSyncWorkflow,
  retryOrderSyncWorkflowId,
} from "${PLUGIN}/workflows"
import {
  ARCHIDELIVERY_MODULE,
  type ArchiDeliveryModuleService,
  type OrderSyncDTO,
  type OrderSyncStatus,
} from "${PLUGIN}/modules/archidelivery"
import { ArchiDeliveryFulfillmentService } from "${PLUGIN}/providers/archidelivery"
import type {
  ArchiDeliveryOptions,
  ArchiDeliveryOptionsInput,
} from "${PLUGIN}/lib/options"

type IsAny<T> = 0 extends 1 & T ? true : false
type Typed = [
  IsAny<typeof retryOrderSyncWorkflow>,
  IsAny<typeof ARCHIDELIVERY_MODULE>,
  IsAny<ArchiDeliveryModuleService>,
  IsAny<OrderSyncDTO>,
  IsAny<ArchiDeliveryOptionsInput>,
  IsAny<typeof ArchiDeliveryFulfillmentService>,
]
export const typed: Typed = [false, false, false, false, false, false]

export const options: ArchiDeliveryOptionsInput = {
  url: "http://192.168.1.20:5858",
  encoding: "cp1251",
  phone: { format: "e164" },
  delivery: { fee: 60, freeFrom: 800 },
}

export const workflowId: "archidelivery-retry-order-sync" =
  retryOrderSyncWorkflowId

export async function retryOrder(
  container: MedusaContainer,
  orderId: string
): Promise<OrderSyncDTO> {
  const { result } = await retryOrderSyncWorkflow(container).run({
    input: { order_id: orderId, actor_id: "user_1" },
  })
  return result
}

export async function approve(container: MedusaContainer, ids: string[]) {
  await approveProductsWorkflow(container).run({
    input: { product_ids: ids },
  })
}

export async function queueSize(container: MedusaContainer): Promise<number> {
  const service =
    container.resolve<ArchiDeliveryModuleService>(ARCHIDELIVERY_MODULE)
  const counts: Record<OrderSyncStatus, number> =
    await service.countOrderSyncsByStatus()
  const parsed: ArchiDeliveryOptions = service.getOptions()
  return counts.queued + parsed.queue.batchSize * 0
}
`

/**
 * Mistakes a host could make; each line marked \`// misuse\` must be an
 * error, so the type check is shown to be able to fail.
 */
const MISUSES_PLUGIN = `import type { MedusaContainer } from "@medusajs/framework/types"
import { retryOrderSyncWorkflow } from "${PLUGIN}/workflows"
import type { ArchiDeliveryOptionsInput } from "${PLUGIN}/lib/options"

export async function wrong(container: MedusaContainer) {
  await retryOrderSyncWorkflow(container).run({
    input: { orderId: "order_1" }, // misuse
  })
  const { result } = await retryOrderSyncWorkflow(container).run({
    input: { order_id: "order_1" },
  })
  const n: number = result.status // misuse
  return n
}

export const options: ArchiDeliveryOptionsInput = {
  url: "http://192.168.1.20:5858",
  encoding: "latin1", // misuse
}
`

/**
 * The type-check files, under `typecheck/` of the host: one project that must
 * pass and one that must fail on exactly its marked lines. Each extends the
 * host's tsconfig, so they read the package as the host's own code would.
 * @returns {Record<string, string>} path relative to the host → content
 */
function typeCheckFiles() {
  const project = (/** @type {string} */ file) =>
    JSON.stringify(
      {
        extends: "../tsconfig.json",
        // noImplicitAny: a package without declarations is then an error
        // (TS7016), not a silent `any`.
        compilerOptions: {
          noEmit: true,
          inlineSourceMap: false,
          noImplicitAny: true,
        },
        include: [file],
        exclude: [],
      },
      null,
      2
    ) + "\n"
  return {
    "typecheck/uses-plugin.ts": USES_PLUGIN,
    "typecheck/misuses-plugin.ts": MISUSES_PLUGIN,
    "typecheck/tsconfig.uses.json": project("uses-plugin.ts"),
    "typecheck/tsconfig.misuses.json": project("misuses-plugin.ts"),
  }
}

/** 1-based lines of `text` marked `// misuse`. @param {string} text */
function misuseLines(text) {
  return text
    .split("\n")
    .flatMap((line, i) => (line.includes("// misuse") ? [i + 1] : []))
}

module.exports = {
  hostFiles,
  misuseLines,
  readmeConfig,
  typeCheckFiles,
  MISUSES_FILE: "typecheck/misuses-plugin.ts",
}
