// An ESLint formatter that prints one line of counts: the same cheap output for every variant of a lint run,
// so that formatting the plugin's reports does not weigh on the comparison.
/* global module */
'use strict';

module.exports = function countFormatter(results) {
  const counts = { files: results.length, errors: 0, warnings: 0, fatal: 0, byRule: {}, fatalFiles: [] };
  for (const result of results) {
    for (const message of result.messages) {
      if (message.fatal) {
        counts.fatal++;
        counts.fatalFiles.push(result.filePath);
      } else if (message.severity === 2) counts.errors++;
      else counts.warnings++;
      const rule = message.ruleId ?? '(fatal)';
      counts.byRule[rule] = (counts.byRule[rule] ?? 0) + 1;
    }
  }
  return `BENCH-COUNTS ${JSON.stringify(counts)}`;
};
