// Writes the run's test counts per browser to $TEST_COUNTS (JSON), for .ci/run's closing line.
import { writeFileSync } from 'node:fs';

function count(suite, totals) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites ?? []) count(child, totals);
}

export function countingReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const target = process.env.TEST_COUNTS;
      if (!target) return;
      const browsers = {};
      for (const session of sessions) {
        const totals = (browsers[session.browser.name] ??= { passed: 0, failed: 0, skipped: 0, errors: 0 });
        if (session.testResults) count(session.testResults, totals);
        // A test file that failed to load or errored outside a test counts as a failure too.
        if (!session.passed && (session.errors?.length ?? 0) > 0) totals.errors += 1;
      }
      writeFileSync(target, JSON.stringify(browsers, null, 2));
    },
  };
}
