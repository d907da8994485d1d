/** Tests run on the embedded SQLite by default; set DATABASE_URL=mysql://… to run the same suite on MySQL/MariaDB. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.test.json", diagnostics: false }] },
  setupFiles: ["<rootDir>/test/helpers/env.ts"],
  testTimeout: 120_000,
  maxWorkers: 2,
};
