/**
 * Stands in for `@atlaskit/feature-gate-js-client/feature-gates` in the Custom UI builds (see
 * scripts/build-ui.mts). Atlaskit asks it whether Atlassian's internal feature gates are on; in a
 * Forge app no Statsig client is ever initialised, so the real client answers `false` (or the
 * given default) after logging a warning, and ships about 50 KB gzip of Statsig to do so.
 */
const answers = {
  checkGate: (_gateName: string): boolean => false,
  getExperimentValue: <T>(_experiment: string, _parameter: string, defaultValue: T): T =>
    defaultValue,
  initializeCompleted: (): boolean => false,
};

// Any other question (an Atlaskit upgrade may ask one) gets no answer rather than a crash.
const FeatureGates = new Proxy(answers, {
  get: (target, key) =>
    key in target ? target[key as keyof typeof answers] : (): undefined => undefined,
});

export default FeatureGates;
