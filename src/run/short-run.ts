/**
 * A process-wide switch for a process that ends soon after its work, set by each host's entry
 * function (the action's run(), the CLI's main()) and by nothing a test worker imports.
 *
 * undici parses HTTP/1.1 with llhttp compiled to WebAssembly, and V8 recompiles its hot functions
 * with TurboFan on background threads, which a process that ends soon after waits for: a full run
 * spent 95-135 ms between its exit event and its end, against 25-30 ms with tiering off (medians of
 * 9 runs each; bench/levers.md). A dozen small answers parse as fast with the baseline code.
 */
import { setFlagsFromString } from 'node:v8';

/**
 * The run's clock: the system's, or the time in ENTITLE_BITBUCKET_CHECK_NOW (ISO) when it is set, so
 * that a test reads the clock once and every run it starts agrees with it (an expiry counted in days
 * must not change when a test crosses midnight).
 */
export function clockOf(env: Record<string, string | undefined>): (() => Date) | undefined {
  const fixed = env.ENTITLE_BITBUCKET_CHECK_NOW;
  if (!fixed || Number.isNaN(Date.parse(fixed))) return undefined;
  return () => new Date(fixed);
}

export const WASM_FLAGS = ['--no-wasm-dynamic-tiering', '--no-wasm-tier-up'] as const;

/** Before any WebAssembly is compiled: the HTTP stack loads later, with the first request. */
export function tuneForShortRun(): void {
  for (const flag of WASM_FLAGS) setFlagsFromString(flag);
}
