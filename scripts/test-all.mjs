#!/usr/bin/env node
// Runs the static checks, then every test suite in turn, streaming each one's own
// output, then prints exactly one summary line, `N passed, M failed`: one pass or
// failure per static check (by its exit code), plus the tests counted from the
// Vitest suites' JSON reports. Exits non-zero if anything failed. Extra
// arguments go to every Vitest suite.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const VITEST = path.join(ROOT, 'node_modules/.bin/vitest');
const BIN = (name) => path.join(ROOT, 'node_modules/.bin', name);
// `npm run lint` and `npm run typecheck`, one tool at a time so each counts on its own.
const CHECKS = [
  { name: 'eslint', command: BIN('eslint'), args: ['.'] },
  { name: 'stylelint', command: BIN('stylelint'), args: ['assets/**/*.css'] },
  { name: 'prettier', command: BIN('prettier'), args: ['--check', '.'] },
  { name: 'typecheck', command: BIN('tsc'), args: ['--noEmit'] },
];
const SUITES = [
  { name: 'unit', config: 'vitest.config.ts' },
  { name: 'e2e', config: 'vitest.e2e.config.ts' },
];

/** Runs a command with inherited output; resolves with its exit code (1 if it could not start). */
function exec(name, command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit' });
    child.on('error', (error) => {
      console.error(`Could not start ${name}: ${error.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** Runs one suite; resolves with its exit code. */
function run(suite, reportFile) {
  const args = [
    'run',
    '--config',
    suite.config,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${reportFile}`,
    ...process.argv.slice(2),
  ];
  console.log(`\n=== ${suite.name} tests: vitest ${args.join(' ')}\n`);
  return exec(`vitest for the ${suite.name} suite`, VITEST, args);
}

/** Counts from a Vitest JSON report; a suite that failed without saying why counts as one failure. */
function count(reportFile, exitCode) {
  let report;
  try {
    report = JSON.parse(fs.readFileSync(reportFile, 'utf8'));
  } catch {
    return { passed: 0, failed: 1, note: 'crashed before writing its report' };
  }
  let failed = report.numFailedTests ?? 0;
  // A file that failed to load or whose hooks threw has no failed test of its own.
  failed += (report.testResults ?? []).filter(
    (file) => file.status === 'failed' && !(file.assertionResults ?? []).some((test) => test.status === 'failed'),
  ).length;
  if (exitCode !== 0 && failed === 0) failed = 1; // e.g. unhandled errors, no test files
  return { passed: report.numPassedTests ?? 0, failed };
}

const reportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fact-notes-tests-'));
const totals = { passed: 0, failed: 0 };
const lines = [];
const checks = { passed: 0, failed: 0, names: [] };
console.log(`Node ${process.version}`);
for (const check of CHECKS) {
  console.log(`\n=== ${check.name}: ${path.basename(check.command)} ${check.args.join(' ')}\n`);
  const ok = (await exec(check.name, check.command, check.args)) === 0;
  checks[ok ? 'passed' : 'failed'] += 1;
  if (!ok) checks.names.push(check.name);
}
totals.passed += checks.passed;
totals.failed += checks.failed;
lines.push(
  `  static checks: ${checks.passed} passed, ${checks.failed} failed${checks.names.length ? ` (${checks.names.join(', ')})` : ''}`,
);
for (const suite of SUITES) {
  const reportFile = path.join(reportDir, `${suite.name}.json`);
  const exitCode = await run(suite, reportFile);
  const { passed, failed, note } = count(reportFile, exitCode);
  totals.passed += passed;
  totals.failed += failed;
  lines.push(`  ${suite.name}: ${passed} passed, ${failed} failed${note ? ` (${note})` : ''}`);
}
fs.rmSync(reportDir, { recursive: true, force: true });
console.log(`\n${lines.join('\n')}`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exitCode = totals.failed > 0 ? 1 : 0;
