import fs from 'node:fs';

/** Chromium binary; override with FACT_NOTES_CHROMIUM. */
export const CHROMIUM_PATH = process.env.FACT_NOTES_CHROMIUM ?? '/usr/bin/chromium';

/** Firefox binary; override with FACT_NOTES_FIREFOX. */
export const FIREFOX_PATH = process.env.FACT_NOTES_FIREFOX ?? '/usr/bin/firefox-esr';

const INSTALL_HINT =
  'Install both browsers with: bash scripts/ensure-browsers.sh (apt-get install -y chromium firefox-esr, as root or through sudo)';

/** Throws (so the test fails, never skips) when a browser binary is missing. */
export function requireBrowser(executablePath: string): string {
  try {
    fs.accessSync(executablePath, fs.constants.X_OK);
  } catch {
    throw new Error(`Browser not found at ${executablePath}. ${INSTALL_HINT}`);
  }
  return executablePath;
}

/** Throws when a build folder is missing, naming the command that makes it. */
export function requireBuild(dir: string, command: string): string {
  if (!fs.existsSync(`${dir}/manifest.json`)) {
    throw new Error(`No extension build in ${dir}. Run: ${command}`);
  }
  return dir;
}
