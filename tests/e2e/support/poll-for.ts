/** Calls `read` until `isDone(value)` holds, then returns the value; throws naming `what` after `timeoutMs`. */
export async function pollFor<T>(read: () => Promise<T>, isDone: (value: T) => boolean, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await read();
      if (isDone(value)) return value;
    } catch (error) {
      lastError = error; // e.g. a page still navigating; try again
    }
    if (Date.now() > deadline) {
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}.`, { cause: lastError });
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
