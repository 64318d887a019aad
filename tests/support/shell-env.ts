/**
 * The environment a person's shell gives a build, for builds the tests start.
 * Vitest sets NODE_ENV=test (and VITEST*) for itself and its workers; a child
 * `wxt build` that inherits NODE_ENV=test compiles JSX in development mode
 * (jsxDEV with file names and line numbers), so the tests would measure and
 * drive an extension that is not the one that ships.
 */
export function shellEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST')));
}
