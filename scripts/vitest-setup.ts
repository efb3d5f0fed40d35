import '../packages/testkit/src/vitest-setup.js';
