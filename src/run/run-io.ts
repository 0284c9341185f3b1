/** What a host gives the run to speak through: its masker, its log, its clock, and (in tests) the network. */
import type { RemoteDeps } from './remote.js';

export interface RunIo {
  /** Registers a secret with the host's log masker; called before anything can be printed. */
  mask(secret: string): void;
  /** A progress line (a retry, a wait); scrubbed before it is given. */
  log(line: string): void;
  /** Debug output (the options, every request); absent when the host shows none. */
  debug?: (line: string) => void;
  /** The run's clock, for recorded expiry dates; the system's by default. */
  now?: () => Date;
  /** The network, when not the process's own: tests and benchmarks give a dispatcher, an environment. */
  network?: Pick<RemoteDeps, 'dispatcher' | 'env' | 'backoffBaseMs'>;
}
