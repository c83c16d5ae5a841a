/** Prints the plain closing line CI reads ("N passed, N failed"), after Jest's own summary. */
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const line = `jest: ${results.numPassedTests} passed, ${results.numFailedTests} failed`;
    process.stdout.write(`\n${skipped ? `${line}, ${skipped} skipped` : line}\n`);
  }
}
module.exports = SummaryReporter;
