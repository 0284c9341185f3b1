/**
 * Types for the undici modules the HTTP client loads directly, instead of undici's index, which
 * also brings fetch, WebSocket, the cache and the mocks into every full run (about half its code).
 */
declare module 'undici/lib/dispatcher/env-http-proxy-agent.js' {
  import { EnvHttpProxyAgent } from 'undici';
  export default EnvHttpProxyAgent;
}
declare module 'undici/lib/dispatcher/pool.js' {
  import { Pool } from 'undici';
  export default Pool;
}
declare module 'undici/lib/dispatcher/dispatcher.js' {
  import { Dispatcher } from 'undici';
  export default Dispatcher;
}
declare module 'undici/lib/api/index.js' {
  /** request, stream, pipeline, connect and upgrade, as undici's index assigns them to Dispatcher. */
  const api: Record<string, unknown>;
  export default api;
}
