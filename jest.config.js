const { loadEnv } = require("@medusajs/framework/utils")
loadEnv("test", process.cwd())

const layers = {
  unit: [
    "<rootDir>/src/**/__tests__/**/*.unit.spec.[jt]s",
    "<rootDir>/emulator/**/__tests__/**/*.spec.[jt]s",
  ],
  "integration:modules": ["<rootDir>/src/modules/*/__tests__/**/*.spec.[jt]s"],
  "integration:http": ["<rootDir>/integration-tests/http/**/*.spec.[jt]s"],
}

module.exports = {
  transform: {
    "^.+\\.[jt]sx?$": [
      "@swc/jest",
      { jsc: { parser: { syntax: "typescript", decorators: true } } },
    ],
  },
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "json"],
  modulePathIgnorePatterns: ["dist/", "<rootDir>/.medusa/"],
  setupFiles: ["./integration-tests/setup.js"],
  testMatch: layers[process.env.TEST_TYPE] ?? Object.values(layers).flat(),
}
