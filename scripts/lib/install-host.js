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

module.exports = { hostFiles, readmeConfig }
