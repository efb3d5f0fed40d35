export * from '../packages/testkit/src/doctest.js';
