// The vitest setup file of every package (see vitest.shared.ts): property tests run with more cases on CI
// (CI=true) than on a laptop; FC_NUM_RUNS overrides both; FC_SEED fixes the seed to repeat a run exactly.
import { configureerFastCheck } from './fastcheck/instellingen.js';

configureerFastCheck();
