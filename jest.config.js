/** Jest runs every suite: unit, contract, integration and browser (e2e). TypeScript is
 * transpiled by SWC; `npm run typecheck` is what checks types. */
const transform = {
  '^.+\\.(t|j)sx?$': [
    '@swc/jest',
    {
      jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2022' },
      module: { type: 'commonjs' },
    },
  ],
};
const project = (name, extra = {}) => ({
  displayName: name,
  testEnvironment: 'node',
  transform,
  // Scalar's Swagger 2.0 upgrader ships only as ES modules, which Jest (CommonJS here) cannot
  // require on Node 20: SWC compiles it like our own code.
  transformIgnorePatterns: ['/node_modules/(?!(@scalar|@redocly)/)'],
  testMatch: [`<rootDir>/test/${name}/**/*.test.ts`],
  ...extra,
});

module.exports = {
  projects: [project('unit'), project('contract'), project('integration'), project('e2e')],
  // A timeout only catches a hang: on a shared 2-core machine a test may take many times its
  // usual time, and its outcome must not depend on that. (Jest reads it globally, not per project.)
  testTimeout: 120000,
  reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
};
