/**
 * Runs the browser suites first, the two longest of them before the rest. Jest orders by
 * the last run's durations when it has them and by file size when it does not (a fresh
 * clone in CI); by size, long browser suites could start last and leave one of the two
 * workers running alone at the end.
 */
const Sequencer = require('@jest/test-sequencer').default;

const LONGEST = ['accessibilityStates.test.ts', 'incidentLearning.test.ts'];

function rank(test) {
  const longest = LONGEST.findIndex((name) => test.path.endsWith(`/tests/e2e/${name}`));
  if (longest !== -1) return longest;
  if (test.path.includes('/tests/e2e/')) return LONGEST.length;
  if (test.path.includes('/tests/integration/')) return LONGEST.length + 1;
  return LONGEST.length + 2;
}

class SlowFirstSequencer extends Sequencer {
  sort(tests) {
    // Array.prototype.sort is stable: within a rank, Jest's own order (durations or size) stays.
    return [...super.sort(tests)].sort((a, b) => rank(a) - rank(b));
  }
}

module.exports = SlowFirstSequencer;
