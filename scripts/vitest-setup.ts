import fc from 'fast-check';

// Property tests run with more cases on CI (CI=true) than on a laptop; FC_NUM_RUNS overrides both.
const numRuns = Number(process.env.FC_NUM_RUNS ?? (process.env.CI ? 1000 : 200));
fc.configureGlobal({ numRuns });
