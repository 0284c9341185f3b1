export const id = 480;
export const ids = [480];
export const modules = {

/***/ 890:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C3: () => (/* binding */ IMPOSSIBLE_PERMISSION),
/* harmony export */   Kn: () => (/* binding */ probes),
/* harmony export */   dN: () => (/* binding */ fillPath),
/* harmony export */   jt: () => (/* binding */ PROBE_APP_KEY),
/* harmony export */   k5: () => (/* binding */ REQUIRED_SCOPES),
/* harmony export */   tq: () => (/* binding */ BITBUCKET_API),
/* harmony export */   v7: () => (/* binding */ BITBUCKET_HOST),
/* harmony export */   zg: () => (/* binding */ PROBE_PROPERTY)
/* harmony export */ });
/**
 * What the Bitbucket checks send, as data: each request, the operation it calls (method and path
 * template as in Atlassian's OpenAPI spec), and the scopes a scope-check pass proves. A test holds
 * this plan against the table derived from the spec, so a claim here cannot drift from Atlassian's.
 */
const BITBUCKET_HOST = 'api.bitbucket.org';
const BITBUCKET_API = `https://${BITBUCKET_HOST}/2.0`;
/** The scopes Entitle needs, in the order Entitle documents them. */
const REQUIRED_SCOPES = [
    'admin:workspace:bitbucket',
    'admin:repository:bitbucket',
    'read:workspace:bitbucket',
    'read:repository:bitbucket',
    'read:permission:bitbucket',
    'write:permission:bitbucket',
    'delete:permission:bitbucket',
];
/** An app key and property name no real app uses, so the property lookup can only miss. */
const PROBE_APP_KEY = 'entitle-bitbucket-check';
const PROBE_PROPERTY = 'scope-probe';
/** Not a valid permission value: a write probe is rejected by validation even if its target existed. */
const IMPOSSIBLE_PERMISSION = 'entitle-check-invalid-permission';
const probes = {
    user: {
        id: 'user',
        method: 'GET',
        operation: '/user',
        proves: [],
        purpose: 'authenticate, and read the granted scopes from the answer',
    },
    workspaces: {
        id: 'workspaces',
        method: 'GET',
        operation: '/user/workspaces',
        proves: ['read:workspace:bitbucket'],
        purpose: 'list the workspaces the account administers',
    },
    'workspace-members': {
        id: 'workspace-members',
        method: 'GET',
        operation: '/workspaces/{workspace}/members',
        proves: ['read:workspace:bitbucket'],
        purpose: "read a sample of the workspace's members (for the Jira email check)",
    },
    'admin-repositories': {
        id: 'admin-repositories',
        method: 'GET',
        operation: '/repositories/{workspace}',
        proves: ['read:repository:bitbucket'],
        purpose: 'find one repository the account administers',
    },
    'repository-permissions': {
        id: 'repository-permissions',
        method: 'GET',
        operation: '/repositories/{workspace}/{repo_slug}/permissions-config/users',
        proves: ['read:repository:bitbucket'],
        purpose: "read the repository's user permissions (needs repository admin)",
    },
    'branch-restrictions': {
        id: 'branch-restrictions',
        method: 'GET',
        operation: '/repositories/{workspace}/{repo_slug}/branch-restrictions',
        proves: ['admin:repository:bitbucket'],
        purpose: 'read branch restrictions',
    },
    'write-permission': {
        id: 'write-permission',
        method: 'PUT',
        operation: '/repositories/{workspace}/{repo_slug}/permissions-config/users/{selected_user_id}',
        proves: ['admin:repository:bitbucket', 'write:permission:bitbucket'],
        purpose: 'a permission write that cannot succeed: a random, non-existent user and an invalid permission value',
    },
    'delete-permission': {
        id: 'delete-permission',
        method: 'DELETE',
        operation: '/repositories/{workspace}/{repo_slug}/permissions-config/users/{selected_user_id}',
        proves: ['admin:repository:bitbucket', 'delete:permission:bitbucket'],
        purpose: 'a permission delete that cannot succeed: a random, non-existent user',
    },
    'application-property': {
        id: 'application-property',
        method: 'GET',
        operation: '/users/{selected_user}/properties/{app_key}/{property_name}',
        proves: ['admin:workspace:bitbucket'],
        purpose: 'read an application property of a random, non-existent user',
    },
};
/** Fills a path template; every value is URL-encoded. */
function fillPath(template, values) {
    return template.replace(/\{(\w+)\}/g, (_, name) => {
        const value = values[name];
        if (value === undefined)
            throw new Error(`no value for {${name}}`);
        return encodeURIComponent(value);
    });
}


/***/ }),

/***/ 6803:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J9: () => (/* binding */ jsonBody),
/* harmony export */   PO: () => (/* binding */ describeNetworkCode),
/* harmony export */   f1: () => (/* binding */ inconclusiveReason),
/* harmony export */   hT: () => (/* binding */ createDefaultDispatcher),
/* harmony export */   uT: () => (/* binding */ createHttpClient)
/* harmony export */ });
/* unused harmony exports MAX_BODY_BYTES, RETRYABLE_STATUSES, MAX_REQUESTS, parseRetryAfter, MAX_RATE_LIMIT_WAIT_MS */
/* harmony import */ var undici_lib_api_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6615);
/* harmony import */ var undici_lib_dispatcher_dispatcher_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(883);
/* harmony import */ var undici_lib_dispatcher_dispatcher_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(undici_lib_dispatcher_dispatcher_js__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var undici_lib_dispatcher_env_http_proxy_agent_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3137);
/* harmony import */ var undici_lib_dispatcher_env_http_proxy_agent_js__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(undici_lib_dispatcher_env_http_proxy_agent_js__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var undici_lib_dispatcher_pool_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(628);
/* harmony import */ var undici_lib_dispatcher_pool_js__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(undici_lib_dispatcher_pool_js__WEBPACK_IMPORTED_MODULE_3__);




// What undici's index does to give every dispatcher request(), connect() and the rest; loading these
// parts rather than the index leaves fetch, WebSocket, the cache and the mocks out of every full run.
Object.assign((undici_lib_dispatcher_dispatcher_js__WEBPACK_IMPORTED_MODULE_1___default().prototype), undici_lib_api_index_js__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The production dispatcher: honours HTTPS_PROXY, HTTP_PROXY and NO_PROXY (either case), as
 * self-hosted runners behind a corporate proxy need. TLS trusts Node's store, which includes
 * NODE_EXTRA_CA_CERTS, so a TLS-inspecting proxy's CA works too.
 */
function createDefaultDispatcher(limits) {
    return new (undici_lib_dispatcher_env_http_proxy_agent_js__WEBPACK_IMPORTED_MODULE_2___default())({
        // TCP and TLS, to the proxy and (through its tunnel) to the server.
        connectTimeout: limits.connectMs,
        headersTimeout: limits.headersMs,
        bodyTimeout: limits.bodyMs,
        // The proxy's answer to CONNECT: undici's proxy client has no limit of its own on it.
        clientFactory: (origin, options) => new (undici_lib_dispatcher_pool_js__WEBPACK_IMPORTED_MODULE_3___default())(origin, { ...options, headersTimeout: limits.connectMs, bodyTimeout: limits.connectMs }),
    });
}
const MAX_BODY_BYTES = 1024 * 1024;
/** Statuses worth another attempt; 400, 401, 403 and 404 never are. */
const RETRYABLE_STATUSES = new Set([429, 502, 503, 504]);
/** A healthy run sends 13 requests; this bounds a run that pages or retries far more than that. */
const MAX_REQUESTS = 40;
const NETWORK_DESCRIPTIONS = {
    ECONNREFUSED: 'connection refused',
    ECONNRESET: 'connection reset',
    ENOTFOUND: 'host name not found (DNS)',
    EAI_AGAIN: 'DNS lookup failed temporarily',
    ETIMEDOUT: 'connection timed out',
    EHOSTUNREACH: 'host unreachable',
    ENETUNREACH: 'network unreachable',
    EPIPE: 'connection closed while sending',
    UND_ERR_SOCKET: 'connection closed unexpectedly',
    UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
    UND_ERR_PRX_CONN: 'the proxy refused or failed the connection',
    UND_ERR_PRX_TLS: 'TLS with the proxy failed',
    UND_ERR_CLOSED: 'connection closed',
    EPROTO: 'TLS handshake failed',
    ECONNABORTED: 'connection aborted',
};
/** Certificate problems repeat identically on every attempt; they are reported, not retried. */
const CERTIFICATE_CODES = /^(CERT_|UNABLE_TO_|SELF_SIGNED|DEPTH_ZERO|ERR_TLS_CERT|HOSTNAME_MISMATCH|ERR_SSL_|ERR_TLS_INVALID)/;
function errorCode(error) {
    let current = error;
    for (let depth = 0; depth < 5 && current; depth++) {
        const code = current.code;
        if (typeof code === 'string' &&
            code !== 'UND_ERR' &&
            code !== 'UND_ERR_ABORTED' &&
            code !== 'UND_ERR_ABORT') {
            return code;
        }
        current = current.cause;
    }
    const message = error instanceof Error ? error.message : '';
    if (/Proxy response \(\d+\)/.test(message))
        return 'UND_ERR_PRX_CONN';
    return 'UNKNOWN';
}
function describeNetworkCode(code) {
    if (Object.hasOwn(NETWORK_DESCRIPTIONS, code))
        return NETWORK_DESCRIPTIONS[code];
    if (CERTIFICATE_CODES.test(code))
        return 'the server certificate was not trusted';
    return 'the connection failed';
}
function isTimeout(error, code) {
    const name = error.name;
    return (name === 'TimeoutError' ||
        code === 'UND_ERR_HEADERS_TIMEOUT' ||
        code === 'UND_ERR_BODY_TIMEOUT' ||
        code === 'ABORT_ERR' ||
        code === 'UND_ERR_CONNECT_TIMEOUT');
}
/** Milliseconds from a Retry-After header: delta-seconds or an HTTP date. */
function parseRetryAfter(value, now) {
    if (value === undefined)
        return undefined;
    const trimmed = value.trim();
    if (/^\d+$/.test(trimmed))
        return Number(trimmed) * 1000;
    const date = Date.parse(trimmed);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
function flattenHeaders(headers) {
    const flat = {};
    for (const [name, value] of Object.entries(headers)) {
        if (value !== undefined)
            flat[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
    }
    return flat;
}
function isJsonType(contentType) {
    return contentType !== undefined && /^application\/([\w.+-]+\+)?json\b/i.test(contentType.trim());
}
async function readBody(body, contentType, cap) {
    const chunks = [];
    let size = 0;
    for await (const chunk of body) {
        size += chunk.length;
        if (size > cap) {
            body.destroy();
            return { kind: 'too-large' };
        }
        chunks.push(chunk);
    }
    if (size === 0)
        return { kind: 'empty' };
    const text = Buffer.concat(chunks).toString('utf8');
    if (!isJsonType(contentType))
        return { kind: 'text', text };
    try {
        return { kind: 'json', value: JSON.parse(text) };
    }
    catch {
        return { kind: 'invalid-json' };
    }
}
const defaultSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** One attempt, answered or thrown; the caller turns a throw into an outcome. */
async function attempt(options, req, timeoutMs, signal) {
    const headers = {
        'user-agent': options.userAgent,
        accept: 'application/json',
        ...req.headers,
    };
    let body;
    if (req.json !== undefined) {
        body = JSON.stringify(req.json);
        headers['content-type'] = 'application/json';
    }
    const url = new URL(req.url);
    const response = await options.dispatcher.request({
        origin: url.origin,
        path: `${url.pathname}${url.search}`,
        method: req.method,
        headers,
        body,
        signal,
        headersTimeout: timeoutMs,
        bodyTimeout: timeoutMs,
    });
    const flat = flattenHeaders(response.headers);
    const parsed = await readBody(response.body, flat['content-type'], options.maxBodyBytes ?? MAX_BODY_BYTES);
    return { kind: 'response', status: response.statusCode, headers: flat, body: parsed, attempts: 0 };
}
/**
 * The attempt, stopped at its time limit whatever undici does: the stop aborts the request and
 * settles at once, so a hung connection, tunnel or body can delay a run by no more than the limit.
 */
async function attemptWithin(options, req, timeoutMs) {
    const controller = new AbortController();
    let timer;
    const stop = new Promise((_, reject) => {
        timer = setTimeout(() => {
            const error = new DOMException(`no answer within ${timeoutMs} ms`, 'TimeoutError');
            controller.abort(error);
            reject(error);
        }, timeoutMs);
    });
    const running = attempt(options, req, timeoutMs, controller.signal);
    // The losing side of the race must not become an unhandled rejection.
    running.catch(() => { });
    try {
        return await Promise.race([running, stop]);
    }
    finally {
        clearTimeout(timer);
    }
}
function failedOutcome(error, attempts, timeoutMs, cutByDeadline) {
    const code = errorCode(error);
    if (isTimeout(error, code) && code !== 'UND_ERR_CONNECT_TIMEOUT') {
        return cutByDeadline ? { kind: 'deadline', attempts } : { kind: 'timeout', attempts, timeoutMs };
    }
    return { kind: 'network', attempts, code, description: describeNetworkCode(code) };
}
function resultOf(outcome) {
    if (outcome.kind === 'response')
        return String(outcome.status);
    return outcome.kind === 'network' ? `network (${outcome.code})` : outcome.kind;
}
/**
 * A 429 is worth another attempt only when Retry-After asks for a short wait: Atlassian counts
 * requests over a rolling hour, so without it (or with a long one) a retry spends more of a budget
 * that Entitle shares, and fails again.
 */
const MAX_RATE_LIMIT_WAIT_MS = 10_000;
function isRetryable(outcome, now) {
    if (outcome.kind === 'response' && outcome.status === 429) {
        const wait = parseRetryAfter(outcome.headers['retry-after'], now);
        return wait !== undefined && wait <= MAX_RATE_LIMIT_WAIT_MS;
    }
    return ((outcome.kind === 'response' && RETRYABLE_STATUSES.has(outcome.status)) ||
        (outcome.kind === 'network' && !CERTIFICATE_CODES.test(outcome.code)));
}
function retryReason(outcome, retryAfter) {
    if (outcome.kind === 'response')
        return `HTTP ${outcome.status}${retryAfter !== undefined ? ' with Retry-After' : ''}`;
    return outcome.kind === 'network' ? `${outcome.description} (${outcome.code})` : outcome.kind;
}
function createHttpClient(options) {
    const now = options.now ?? Date.now;
    const sleep = options.sleep ?? defaultSleep;
    const random = options.random ?? Math.random;
    const backoffBase = options.backoffBaseMs ?? 500;
    const maxRequests = options.maxRequests ?? MAX_REQUESTS;
    let sent = 0;
    /** How long to wait before the next attempt, or undefined when it would pass the deadline. */
    const delayBefore = (next, outcome, where) => {
        const retryAfter = outcome.kind === 'response' ? parseRetryAfter(outcome.headers['retry-after'], now()) : undefined;
        const wait = Math.round(retryAfter ?? backoffBase * 2 ** (next - 2) * (0.5 + random() / 2));
        if (now() + wait >= options.deadline) {
            options.log(`Not retrying ${where}: waiting ${formatMs(wait)} would pass the run's deadline.`);
            return undefined;
        }
        const reason = retryReason(outcome, retryAfter);
        options.log(`Retrying ${where} in ${formatMs(wait)} after ${reason} (attempt ${next} of ${options.maxRetries + 1}).`);
        return wait;
    };
    return {
        async send(req) {
            const url = new URL(req.url);
            const where = `${req.method} ${url.host}${url.pathname}`;
            const proxy = options.proxyFor?.(url);
            let last;
            for (let attempts = 1;; attempts++) {
                const remaining = options.deadline - now();
                if (remaining <= 0)
                    return { kind: 'deadline', attempts: attempts - 1 };
                // Out of requests: the last answer, if there was one, says more than the cap does.
                if (sent >= maxRequests)
                    return last ?? { kind: 'budget', attempts: attempts - 1, limit: maxRequests };
                sent++;
                const timeoutMs = Math.min(options.requestTimeoutMs, remaining);
                const started = now();
                performance.mark('ebc:request');
                const outcome = await attemptWithin(options, req, timeoutMs).then((response) => ({ ...response, attempts }), (error) => ({
                    ...failedOutcome(error, attempts, timeoutMs, timeoutMs < options.requestTimeoutMs),
                    ...(proxy ? { proxy } : {}),
                }));
                performance.mark('ebc:answer');
                const durationMs = Math.max(0, Math.round(now() - started));
                options.onOutcome?.(req, outcome, durationMs);
                options.onExchange?.({
                    method: req.method,
                    host: url.host,
                    path: url.pathname,
                    attempt: attempts,
                    result: resultOf(outcome),
                    durationMs,
                });
                if (!isRetryable(outcome, now()) || attempts > options.maxRetries)
                    return outcome;
                last = outcome;
                const wait = delayBefore(attempts + 1, outcome, where);
                if (wait === undefined)
                    return outcome;
                await sleep(wait);
            }
        },
    };
}
function formatMs(ms) {
    return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}
/** The JSON body validated against a schema, or undefined when it is absent or of another shape. */
function jsonBody(outcome, schema) {
    if (outcome.kind !== 'response' || outcome.body.kind !== 'json')
        return undefined;
    const result = schema.safeParse(outcome.body.value);
    return result.success ? result.data : undefined;
}
const STATUS_NAMES = {
    429: 'too many requests',
    500: 'internal server error',
    502: 'bad gateway',
    503: 'service unavailable',
    504: 'gateway timeout',
};
/**
 * Why an outcome proves nothing, for an inconclusive finding: what happened, with the host, and what
 * to try. Undefined when the outcome is a response that says something about the credentials.
 */
function inconclusiveReason(outcome, host) {
    const tries = outcome.attempts > 1 ? ` after ${outcome.attempts} attempts` : '';
    const via = 'proxy' in outcome && outcome.proxy ? ` through the proxy ${outcome.proxy}` : '';
    const network = `Check that the runner can reach ${host} (on self-hosted runners: HTTPS_PROXY and NO_PROXY, and ` +
        'NODE_EXTRA_CA_CERTS for a TLS-inspecting proxy), then run again.';
    switch (outcome.kind) {
        case 'timeout':
            return {
                message: `No answer from ${host}${via} within ${Math.round(outcome.timeoutMs / 1000)} s${tries}.`,
                fix: `${network} Raise \`timeout-seconds\` if the network is slow.`,
            };
        case 'budget':
            return {
                message: `The run's cap of ${outcome.limit} requests was reached before the request to ${host} could be sent.`,
                fix: 'Run again; if it recurs, report it: a healthy run sends far fewer requests.',
            };
        case 'deadline':
            return {
                message: `No answer from ${host}${via} before the run's deadline${tries}.`,
                fix: 'Raise `timeout-seconds`, or run again when the network is less busy.',
            };
        case 'network':
            return {
                message: `Could not reach ${host}${via}: ${outcome.description} (${outcome.code})${tries}.`,
                fix: outcome.description === 'the server certificate was not trusted'
                    ? `The TLS certificate presented for ${host} is not trusted. Behind a TLS-inspecting proxy, set NODE_EXTRA_CA_CERTS to the proxy's CA certificate file.`
                    : network,
            };
        case 'response': {
            const { status } = outcome;
            if (status === 429) {
                return {
                    message: `${host} refused the request: the token's request limit is reached (HTTP 429)${tries}. Atlassian counts requests over a rolling hour, and Entitle's requests with this token count too.`,
                    fix: "Run again after the rolling hour has freed requests (up to an hour); schedule this check no more often than needed, since it spends the token's limit that Entitle shares.",
                };
            }
            if (status >= 500) {
                return {
                    message: `${host} answered HTTP ${status}${STATUS_NAMES[status] ? ` (${STATUS_NAMES[status]})` : ''}${tries}.`,
                    fix: 'The service had a fault; run again later, and check https://status.atlassian.com.',
                };
            }
            if (outcome.body.kind === 'too-large') {
                return {
                    message: `${host} sent a response larger than 1 MiB, which was not read.`,
                    fix: 'Run again; if it persists, report it with the request named in the details.',
                };
            }
            return undefined;
        }
    }
}


/***/ }),

/***/ 9480:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createRemoteChecks: () => (/* binding */ createRemoteChecks)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
// EXTERNAL MODULE: ./src/evidence.ts
var evidence = __webpack_require__(7082);
// EXTERNAL MODULE: ./src/http.ts
var src_http = __webpack_require__(6803);
// EXTERNAL MODULE: ./src/bitbucket/identifiers.ts
var identifiers = __webpack_require__(7585);
// EXTERNAL MODULE: ./src/bitbucket/plan.ts
var plan = __webpack_require__(890);
;// CONCATENATED MODULE: ./src/bitbucket/evidence.ts
/**
 * What the Bitbucket checks gathered, as one immutable record, and the small pure readers the judges
 * share: which request answered what, the granted scopes, the credential type.
 */





/** The last answer to a request of the plan, if it was sent (for the probed workspace, if it has one). */
function probed(evidence, id) {
    return evidence.sent.findLast((p) => p.id === id && (p.workspace === undefined || p.workspace === evidence.workspace));
}
function isUnauthorized(outcome) {
    return outcome?.kind === 'response' && outcome.status === 401;
}
/** Bitbucket answered the account request with 401: the credentials do not authenticate. */
function rejected(evidence) {
    return isUnauthorized(probed(evidence, 'user')?.outcome);
}
const scopeErrorSchema = schemas/* object */.Ikc({
    error: schemas/* object */.Ikc({
        message: schemas/* string */.YjP(),
        detail: schemas/* object */.Ikc({ required: schemas/* array */.YOg(schemas/* string */.YjP()).optional(), granted: schemas/* array */.YOg(schemas/* string */.YjP()).optional() })
            .optional()
            .catch(undefined),
    }),
});
function splitScopes(header) {
    if (header === undefined)
        return undefined;
    return header
        .split(/[\s,]+/)
        .map((s) => s.trim())
        .filter((s) => identifiers/* SCOPE_NAME */.Fj.test(s));
}
/** A 403 that says a scope is missing, with what it required and what was granted, when told. */
function scopeError(outcome) {
    if (outcome.kind !== 'response' || outcome.status !== 403)
        return undefined;
    const body = (0,src_http/* jsonBody */.J9)(outcome, scopeErrorSchema);
    if (!body || !/scope/i.test(body.error.message))
        return undefined;
    // Never x-accepted-oauth-scopes: it names the old OAuth scopes (`repository:admin`), which are not
    // the API-token scopes and would read as missing ones.
    const required = body.error.detail?.required;
    const granted = body.error.detail?.granted ?? splitScopes(outcome.headers['x-oauth-scopes']);
    return {
        ...(required ? { required: required.filter((s) => identifiers/* SCOPE_NAME */.Fj.test(s)) } : {}),
        ...(granted ? { granted: granted.filter((s) => identifiers/* SCOPE_NAME */.Fj.test(s)) } : {}),
    };
}
/** A workspace that answers its repository listing with 404 or a 403 not about scopes refuses the token. */
function refusesToken(outcome) {
    return outcome.kind === 'response' && (outcome.status === 404 || isNonScopeForbidden(outcome));
}
function isNonScopeForbidden(outcome) {
    return outcome.kind === 'response' && outcome.status === 403 && scopeError(outcome) === undefined;
}
const REFUSAL_PATTERNS = [
    ['two-step', /two-step verification|2-step verification|two-factor|\b2fa\b/i],
    ['ip-allowlist', /\bIP\b|ip address|allowlist|whitelist/i],
    ['auth-method', /authentication method|app password|not supported for this/i],
    ['no-access', /access to (this|the) workspace|not a member|no access/i],
    ['not-admin', /\badmin(istrator)?\b/i],
];
const messageSchema = schemas/* object */.Ikc({ error: schemas/* object */.Ikc({ message: schemas/* string */.YjP() }) });
/** Bitbucket's own error message, from a JSON error body; never a text or HTML body. */
function errorMessage(outcome) {
    return outcome ? (0,src_http/* jsonBody */.J9)(outcome, messageSchema)?.error.message : undefined;
}
function refusalKind(outcome) {
    const message = errorMessage(outcome) ?? '';
    return REFUSAL_PATTERNS.find(([, pattern]) => pattern.test(message))?.[0] ?? 'other';
}
/**
 * A 2xx proves something only as Bitbucket's own answer: JSON of the expected shape (a page of values
 * for a list). A sign-in page or a captive portal's 200 proves nothing. A DELETE's 204 has no body.
 */
function answeredAsBitbucket(probe) {
    const { outcome } = probe;
    if (outcome.kind !== 'response' || outcome.status < 200 || outcome.status >= 300)
        return false;
    if (outcome.status === 204)
        return outcome.body.kind === 'empty';
    return LIST_PROBES.has(probe.id)
        ? (0,src_http/* jsonBody */.J9)(outcome, pageShape) !== undefined
        : (0,src_http/* jsonBody */.J9)(outcome, objectShape) !== undefined;
}
const LIST_PROBES = new Set([
    'workspaces',
    'workspace-members',
    'admin-repositories',
    'repository-permissions',
    'branch-restrictions',
]);
const pageShape = schemas/* object */.Ikc({ values: schemas/* array */.YOg(schemas/* unknown */.L5J()) });
const objectShape = schemas/* object */.Ikc({ type: schemas/* string */.YjP() });
/** A 2xx that is not Bitbucket's answer: something else answered in its place. */
function isImpostor(probe) {
    const { outcome } = probe;
    return (outcome.kind === 'response' &&
        outcome.status >= 200 &&
        outcome.status < 300 &&
        !answeredAsBitbucket(probe));
}
const scopeRemark = (response) => (scopeError(response) ? 'scope error' : undefined);
/** `GET /2.0/user → 403 (scope error)` */
function lineOf(probe) {
    return (0,evidence/* evidenceLine */.OF)(probe, scopeRemark);
}
/** The sent requests in the plan's order: the account request first, as its answer is the surest. */
function inPlanOrder(sent) {
    const order = Object.keys(plan/* probes */.Kn);
    return [...sent].sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
}
function introspect(evidence) {
    for (const probe of evidence.sent) {
        const { outcome } = probe;
        if (outcome.kind !== 'response')
            continue;
        const granted = scopeError(outcome)?.granted ?? splitScopes(outcome.headers['x-oauth-scopes']);
        if (granted)
            return { granted: new Set(granted), evidence: [`${probe.request} → ${outcome.status}`] };
    }
    return { granted: undefined, evidence: [] };
}
/** The `x-credential-type` Bitbucket reports, from the first answer that carries one. */
function credentialType(evidence) {
    for (const probe of evidence.sent) {
        const value = probe.outcome.kind === 'response' ? probe.outcome.headers['x-credential-type'] : undefined;
        if (value)
            return { value, evidence: lineOf(probe) };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/bitbucket/gather.ts
/**
 * Sends the Bitbucket plan and records what came back; it judges nothing. Requests run in three
 * dependency levels, everything in a level at once:
 *   1. who am I (+ granted scopes), administered workspaces, an application-property probe
 *      (and, when `workspace` is given, the level-2 requests too);
 *   2. an administered repository and a sample of members in the chosen workspace;
 *   3. repository probes: read permissions, branch restrictions, and the impossible write and delete.
 * Credentials that do not authenticate stop it after level 1.
 */







const MAX_WORKSPACE_PAGES = 5;
/** Administered workspaces tried in turn when the first refuses the token. */
const MAX_WORKSPACE_TRIES = 3;
const MEMBER_SAMPLE = 20;
const workspacesPageSchema = schemas/* object */.Ikc({
    values: schemas/* array */.YOg(schemas/* object */.Ikc({ administrator: schemas/* boolean */.zMY().optional(), workspace: schemas/* object */.Ikc({ slug: schemas/* string */.YjP() }) })),
    next: schemas/* string */.YjP().optional(),
});
const repositoriesPageSchema = schemas/* object */.Ikc({ values: schemas/* array */.YOg(schemas/* object */.Ikc({ slug: schemas/* string */.YjP() })) });
const membersPageSchema = schemas/* object */.Ikc({
    values: schemas/* array */.YOg(schemas/* object */.Ikc({ user: schemas/* object */.Ikc({ account_id: schemas/* string */.YjP().optional() }).optional() })),
});
const userSchema = schemas/* object */.Ikc({ account_id: schemas/* string */.YjP().optional() });
async function gatherBitbucket(integration, options, deps) {
    const authorization = (0,evidence/* basicAuthorization */.aR)(integration.email, integration.app_token);
    const randomId = deps.randomId ?? external_node_crypto_.randomUUID;
    const sent = [];
    const send = async (id, values = {}, query = '', json) => {
        const probe = plan/* probes */.Kn[id];
        const path = (0,plan/* fillPath */.dN)(probe.operation, values);
        const outcome = await deps.http.send({
            method: probe.method,
            url: `${plan/* BITBUCKET_API */.tq}${path}${query}`,
            headers: { authorization },
            ...(json !== undefined ? { json } : {}),
        });
        const record = {
            id,
            host: plan/* BITBUCKET_HOST */.v7,
            // Shown with braces as Bitbucket writes its ids ({uuid}), not percent-encoded as sent.
            request: `${probe.method} /2.0${path.replace(/%7B/gi, '{').replace(/%7D/gi, '}')}`,
            outcome,
            ...(values.workspace ? { workspace: values.workspace } : {}),
        };
        sent.push(record);
        return record;
    };
    const workspaceLevel = (workspace) => Promise.all([
        send('admin-repositories', { workspace }, '?role=admin&pagelen=1'),
        send('workspace-members', { workspace }, `?pagelen=${MEMBER_SAMPLE}`),
    ]);
    const done = (listing, chosen, repository) => Object.freeze({
        sent: Object.freeze(inPlanOrder(sent)),
        workspaces: listing,
        workspace: chosen?.slug,
        refusedWorkspaces: chosen?.refused ?? [],
        repository,
    });
    const requested = options.workspace;
    const [user, listing, , early] = await Promise.all([
        send('user'),
        listWorkspaces(send),
        send('application-property', {
            selected_user: `{${randomId()}}`,
            app_key: plan/* PROBE_APP_KEY */.jt,
            property_name: plan/* PROBE_PROPERTY */.zg,
        }),
        requested ? workspaceLevel(requested) : Promise.resolve(undefined),
    ]);
    if (isUnauthorized(user.outcome))
        return done(listing);
    const chosen = await chooseWorkspace(workspaceCandidates(listing, requested), early, workspaceLevel);
    if (chosen === undefined)
        return done(listing);
    const [repositories, members] = chosen.level;
    deps.publishMembers?.(memberSample(members.outcome, (0,src_http/* jsonBody */.J9)(user.outcome, userSchema)?.account_id));
    const repository = pickRepository(repositories.outcome);
    if (repository === undefined)
        return done(listing, chosen);
    const target = { workspace: chosen.slug, repo_slug: repository, selected_user_id: `{${randomId()}}` };
    await Promise.all([
        send('repository-permissions', target, '?pagelen=1'),
        send('branch-restrictions', target, '?pagelen=1'),
        ...(options.probeWriteScopes
            ? [
                send('write-permission', target, '', { permission: plan/* IMPOSSIBLE_PERMISSION */.C3 }),
                send('delete-permission', target),
            ]
            : []),
    ]);
    return done(listing, chosen, repository);
}
/**
 * The first candidate that does not refuse the token (a token can be limited to some workspaces);
 * when every one refuses, the first, with the others listed. One at a time: each try costs a round
 * trip, and the first usually answers.
 */
async function chooseWorkspace(candidates, early, workspaceLevel) {
    const tried = [];
    const refusedList = (list) => list.map((t) => ({ slug: t.slug, line: lineOf(t.level[0]) }));
    for (const slug of candidates) {
        const level = tried.length === 0 && early ? early : await workspaceLevel(slug);
        if (!refusesToken(level[0].outcome))
            return { slug, level, refused: refusedList(tried) };
        tried.push({ slug, level, refused: [] });
    }
    const [first, ...others] = tried;
    return first && { ...first, refused: refusedList(others) };
}
/** The administered workspaces, following Bitbucket's `next` links (on its own host only). */
async function listWorkspaces(send) {
    const slugs = [];
    let unusable = 0;
    let query = '?administrator=true&pagelen=100';
    for (let page = 1;; page++) {
        const { outcome } = await send('workspaces', {}, query);
        const body = (0,src_http/* jsonBody */.J9)(outcome, workspacesPageSchema);
        if (!body)
            return { slugs: page === 1 ? undefined : slugs, truncated: false, unusable };
        const administered = body.values.filter((v) => v.administrator !== false).map((v) => v.workspace.slug);
        slugs.push(...administered.filter(identifiers/* isSlug */.u5));
        unusable += administered.filter((slug) => !(0,identifiers/* isSlug */.u5)(slug)).length;
        const next = body.next;
        if (!next?.startsWith(`${plan/* BITBUCKET_API */.tq}/user/workspaces?`))
            return { slugs, truncated: false, unusable };
        if (page >= MAX_WORKSPACE_PAGES)
            return { slugs, truncated: true, unusable };
        query = next.slice(`${plan/* BITBUCKET_API */.tq}/user/workspaces`.length);
    }
}
/** Administered workspace slugs, each once, sorted: the first is probed when none is named. */
function administeredSlugs(listing) {
    return [...new Set(listing.slugs ?? [])].sort();
}
/**
 * The workspaces to probe, in order: the named one when the account administers it (or when the
 * listing could not be read, since its own requests then say more); else the first few administered.
 */
function workspaceCandidates(listing, requested) {
    if (listing.slugs === undefined)
        return requested ? [requested] : [];
    const slugs = administeredSlugs(listing);
    if (requested)
        return slugs.some((s) => s.toLowerCase() === requested.toLowerCase()) ? [requested] : [];
    return slugs.slice(0, MAX_WORKSPACE_TRIES);
}
function pickRepository(outcome) {
    const slug = (0,src_http/* jsonBody */.J9)(outcome, repositoriesPageSchema)?.values[0]?.slug;
    return slug !== undefined && (0,identifiers/* isSlug */.u5)(slug) ? slug : undefined;
}
/** A few members' account ids for the Jira email check; the token owner's own email proves nothing. */
function memberSample(outcome, ownAccountId) {
    return ((0,src_http/* jsonBody */.J9)(outcome, membersPageSchema)?.values ?? [])
        .map((m) => m.user?.account_id)
        .filter((id) => id !== undefined && identifiers/* ACCOUNT_ID */.W_.test(id) && id !== ownAccountId);
}

;// CONCATENATED MODULE: ./src/judge.ts
/** Runs the judges in order; their findings appear in that order. */
function runJudges(judges, evidence, options) {
    return judges.flatMap((j) => j.judge(evidence, options));
}

// EXTERNAL MODULE: ./src/findings.ts + 1 modules
var findings = __webpack_require__(906);
;// CONCATENATED MODULE: ./src/network.ts



const NETWORK_FINDINGS = [
    'network.dns',
    'network.unreachable',
    'network.proxy_failed',
    'network.tls',
    'network.timeout',
];
const DNS = new Set(['ENOTFOUND', 'EAI_AGAIN']);
const PROXY = new Set(['UND_ERR_PRX_CONN', 'UND_ERR_PRX_TLS']);
const TLS = /^(CERT_|UNABLE_TO_|SELF_SIGNED|DEPTH_ZERO|ERR_TLS|HOSTNAME_MISMATCH|ERR_SSL_|EPROTO$)/;
/** Why an outcome got no answer, as one of the network findings; undefined for an answer. */
function networkCause(outcome) {
    if (outcome.kind === 'timeout' || outcome.kind === 'deadline')
        return 'network.timeout';
    if (outcome.kind !== 'network')
        return undefined;
    if (DNS.has(outcome.code))
        return 'network.dns';
    if (PROXY.has(outcome.code))
        return 'network.proxy_failed';
    if (TLS.test(outcome.code))
        return 'network.tls';
    return 'network.unreachable';
}
function fixFor(cause, host, proxy) {
    switch (cause) {
        case 'network.dns':
            return `The runner could not look up ${host}. Check its DNS; behind a proxy, set HTTPS_PROXY so the proxy resolves names, and keep ${host} out of NO_PROXY.`;
        case 'network.proxy_failed':
            return `The proxy ${proxy ?? ''} refused or failed the tunnel to ${host}. Check HTTPS_PROXY (host, port, credentials) and that the proxy allows CONNECT to ${host}:443.`;
        case 'network.tls':
            return `The TLS certificate presented for ${host} is not trusted. Behind a TLS-inspecting proxy, set NODE_EXTRA_CA_CERTS to the proxy's CA certificate file (PEM).`;
        case 'network.timeout':
            return `Check that the runner reaches ${host}${proxy ? ` through ${proxy}` : ''} (firewall, proxy, NO_PROXY); raise \`timeout-seconds\` if the network is slow.`;
        case 'network.unreachable':
            return `Check that the runner can reach ${host}: a firewall or allowlist may block it; on self-hosted runners set HTTPS_PROXY (and NO_PROXY) if traffic must go through a proxy.`;
    }
}
/** One finding per host that gave no answer, naming the cause and the fix; [] when every host answered. */
function reachability(sent) {
    const hosts = [...new Set(sent.filter((p) => (0,evidence/* unanswered */.bj)(p.outcome)).map((p) => p.host))];
    return hosts.map((host) => {
        const failed = sent.filter((p) => p.host === host && (0,evidence/* unanswered */.bj)(p.outcome));
        const first = failed[0];
        const cause = networkCause(first.outcome);
        const proxy = 'proxy' in first.outcome ? first.outcome.proxy : undefined;
        return (0,findings/* finding */.gk)(cause, 'inconclusive', (0,src_http/* inconclusiveReason */.f1)(first.outcome, host)?.message ?? `No answer from ${host}.`, {
            subject: host,
            fix: fixFor(cause, host, proxy),
            evidence: failed.map((p) => `${p.request} → ${p.outcome.kind === 'network' ? `network (${p.outcome.code})` : p.outcome.kind}`),
        });
    });
}
/**
 * The finding for a check whose request proves nothing: "not checked" when the host gave no answer
 * (the network finding explains it), else inconclusive with the reason (a 5xx, a 429, a cap).
 * Undefined when the outcome is an answer that says something.
 */
function cannotJudge(id, probe, init) {
    const { fallback, ...rest } = init;
    const cause = networkCause(probe.outcome);
    if (cause) {
        return (0,findings/* finding */.gk)(id, 'inconclusive', `Not checked: no answer from ${probe.host}.`, {
            ...rest,
            dependsOn: cause,
        });
    }
    const reason = (0,src_http/* inconclusiveReason */.f1)(probe.outcome, probe.host);
    if (reason)
        return (0,findings/* finding */.gk)(id, 'inconclusive', reason.message, { ...rest, fix: reason.fix });
    return fallback === undefined ? undefined : (0,findings/* finding */.gk)(id, 'inconclusive', fallback, rest);
}

// EXTERNAL MODULE: ./src/entitle.ts
var entitle = __webpack_require__(5428);
;// CONCATENATED MODULE: ./src/bitbucket/judges/access-refusals.ts
/**
 * Refusals that are not about scopes (a 403 without Bitbucket's scope error), read from Bitbucket's
 * message: an IP allowlist, two-step verification, an authentication method it refuses, a missing
 * admin role or workspace access; anything else is shown as Bitbucket said it. The checks that rest
 * on those requests prove nothing.
 */



/**
 * Left out: the account request needs read:user and is judged as authentication; what the
 * application-property lookup of a made-up user answers is not known, so its refusal says nothing.
 */
const NOT_JUDGED = new Set(['user', 'application-property']);
/** Bitbucket's message as one short line; it is scrubbed and escaped like every finding. */
function quoted(message) {
    // Nothing a server sends becomes a link: Markdown would make a bare URL clickable.
    const line = (message ?? '')
        .replace(/\b[a-z][a-z0-9+.-]*:\/\/\S*|\bwww\.\S*/gi, '(a link, not shown)')
        .replace(/\s+/g, ' ')
        .trim();
    if (line === '')
        return 'Bitbucket gave no message.';
    return `Bitbucket said: “${line.length > 160 ? `${line.slice(0, 160)}…` : line}”`;
}
function refusalFinding(kind, refused, where) {
    const init = { subject: where, evidence: refused.map(lineOf) };
    const count = refused.length === 1 ? 'a request' : `${refused.length} requests`;
    switch (kind) {
        case 'ip-allowlist':
            return (0,findings/* finding */.gk)('bitbucket.ip_allowlist', 'warning', `Bitbucket refused ${count} because of the workspace's IP allowlist; checks that depend on ${refused.length === 1 ? 'it' : 'them'} are inconclusive. Entitle calls from its own addresses (${entitle/* ENTITLE_IP_LIST */.b3}).`, init);
        case 'two-step':
            return (0,findings/* finding */.gk)('bitbucket.two_step', 'error', `Bitbucket refused ${count}: the workspace requires two-step verification, and the token's account does not have it on. Entitle's requests would be refused the same way.`, init);
        case 'auth-method':
            return (0,findings/* finding */.gk)('bitbucket.auth_method', 'error', `Bitbucket refused ${count} for the authentication method, not the scopes: ${quoted(errorMessage(refused[0]?.outcome))}`, init);
        case 'no-access':
            return (0,findings/* finding */.gk)('bitbucket.no_access', 'error', `Bitbucket refused ${count}: the token has no access to workspace ${where}. API tokens can be limited to some workspaces.`, init);
        case 'not-admin':
            return (0,findings/* finding */.gk)('bitbucket.not_admin', 'error', `Bitbucket refused ${count} because the account is not an administrator there. Entitle manages permissions, so it must be.`, init);
        case 'other':
            return (0,findings/* finding */.gk)('bitbucket.refused', 'warning', `Bitbucket refused ${count} for a reason other than scopes; checks that depend on ${refused.length === 1 ? 'it' : 'them'} are inconclusive. ${quoted(errorMessage(refused[0]?.outcome))}`, init);
    }
}
const accessRefusals = {
    name: 'Bitbucket refused requests for reasons other than scopes',
    reports: [
        'bitbucket.ip_allowlist',
        'bitbucket.two_step',
        'bitbucket.auth_method',
        'bitbucket.no_access',
        'bitbucket.not_admin',
        'bitbucket.refused',
    ],
    judge: (evidence) => {
        const refused = evidence.sent.filter((p) => !NOT_JUDGED.has(p.id) &&
            (p.workspace === undefined || p.workspace === evidence.workspace) &&
            isNonScopeForbidden(p.outcome));
        const kinds = [...new Set(refused.map((p) => refusalKind(p.outcome)))];
        const where = evidence.workspace ?? 'workspace';
        return kinds.map((kind) => refusalFinding(kind, refused.filter((p) => refusalKind(p.outcome) === kind), where));
    },
};

;// CONCATENATED MODULE: ./src/bitbucket/judges/authentication.ts
/** Whether Bitbucket accepts the email and token, and, when it does not, which of the two is wrong. */






const errorMessageSchema = schemas/* object */.Ikc({ error: schemas/* object */.Ikc({ message: schemas/* string */.YjP() }) });
/** The 401's body tells a bad token (JSON) from a wrong email and token pair (plain text). */
function rejection(response) {
    const jsonMessage = (0,src_http/* jsonBody */.J9)(response, errorMessageSchema)?.error.message ?? '';
    const text = response.body.kind === 'text' ? response.body.text : '';
    if (/invalid, expired, or not supported/i.test(jsonMessage)) {
        // Bitbucket gives this same answer for a valid token sent with another account's email.
        return (0,findings/* finding */.gk)('bitbucket.auth', 'error', 'Bitbucket rejected the email and token: either email is not the Atlassian account that created the token, or the token is invalid, expired, revoked, or a classic API token without scopes.', {
            subject: 'email',
            fix: `First check that email is the address of the Atlassian account that created the token (not a Bitbucket username). If it is, the token is wrong, expired or unscoped: ${entitle/* BITBUCKET_TOKEN_FIX */.Et}`,
        });
    }
    if (/login failed|incorrect login credentials/i.test(text)) {
        return (0,findings/* finding */.gk)('bitbucket.auth', 'error', 'Bitbucket rejected the email and token together: the email is not the token owner’s Atlassian account email, or the token is wrong or incomplete.', {
            subject: 'email',
            fix: 'Set email to the email address of the Atlassian account that created the token (not a Bitbucket username), and copy the token again in full.',
        });
    }
    return (0,findings/* finding */.gk)('bitbucket.auth', 'error', `Bitbucket did not accept the credentials (HTTP ${response.status}).`, {
        subject: 'app_token',
    });
}
function judgeAuthentication(evidence) {
    const user = probed(evidence, 'user');
    if (!user)
        return [];
    const { outcome } = user;
    const init = { subject: 'app_token', evidence: [lineOf(user)] };
    if (outcome.kind === 'response' && outcome.status === 401) {
        return [
            rejection(outcome),
            (0,findings/* finding */.gk)('remote.skipped', 'notice', 'The other Bitbucket checks were not run: the credentials do not authenticate.', {
                title: 'Bitbucket checks',
                fix: 'Fix authentication first.',
            }),
        ];
    }
    const unjudged = cannotJudge('bitbucket.auth', user, init);
    if (unjudged || outcome.kind !== 'response')
        return unjudged ? [unjudged] : [];
    if (outcome.status === 200 && !answeredAsBitbucket(user)) {
        return [
            (0,findings/* finding */.gk)('bitbucket.auth', 'inconclusive', 'The account request was answered with success, but not by Bitbucket (see the finding about the answer).', init),
        ];
    }
    if (outcome.status === 200) {
        return [
            (0,findings/* finding */.gk)('bitbucket.auth', 'pass', 'The email and token authenticate with Bitbucket Cloud.', init),
        ];
    }
    if (scopeError(outcome)) {
        // Only a token Bitbucket accepted gets as far as its scope check. The 403 is expected: the account
        // details need read:user:bitbucket, which is not one of the seven.
        return [
            (0,findings/* finding */.gk)('bitbucket.auth', 'pass', 'The email and token authenticate with Bitbucket Cloud (the account details need read:user:bitbucket, which Entitle does not use).', {
                ...init,
                evidence: [
                    `${user.request} → ${outcome.status} (expected: read:user:bitbucket is not one of the seven)`,
                ],
            }),
        ];
    }
    return [
        (0,findings/* finding */.gk)('bitbucket.auth', 'inconclusive', `Bitbucket answered HTTP ${outcome.status} to the account request.`, init),
    ];
}
const authentication = {
    name: 'Bitbucket accepts the email and token',
    reports: ['bitbucket.auth', 'remote.skipped'],
    judge: judgeAuthentication,
};

;// CONCATENATED MODULE: ./src/bitbucket/judges/credential-type.ts
/** Only a user's API token can manage permissions; Bitbucket names the kind in x-credential-type. */


/** Credential types Bitbucket names, in words; anything else a server sends is not repeated. */
const CREDENTIAL_TYPES = {
    app_password: 'an app password',
    repo_access_token: 'a repository access token',
    project_access_token: 'a project access token',
    workspace_access_token: 'a workspace access token',
    access_token: 'an access token',
    oauth2: 'an OAuth consumer’s token',
    jwt: 'a Connect app (JWT)',
    session: 'a browser session',
};
const credential_type_credentialType = {
    name: "The credential is a user's API token",
    reports: ['bitbucket.credential_type'],
    judge: (evidence) => {
        const reported = credentialType(evidence);
        if (!reported || reported.value === 'api_token')
            return [];
        const kind = Object.hasOwn(CREDENTIAL_TYPES, reported.value)
            ? CREDENTIAL_TYPES[reported.value]
            : 'another kind';
        return [
            (0,findings/* finding */.gk)('bitbucket.credential_type', 'error', `Bitbucket reports the credential as ${kind}, not a user's API token. Only a user's API token with scopes can manage permissions for Entitle.`, { subject: 'app_token', evidence: [reported.evidence] }),
        ];
    },
};

;// CONCATENATED MODULE: ./src/bitbucket/judges/extra-scopes.ts
/** Scopes beyond the seven: not wrong, but more than Entitle needs. */



function extraScopes(granted) {
    if (!granted)
        return [];
    return [...granted].filter((s) => !plan/* REQUIRED_SCOPES */.k5.includes(s)).sort();
}
const extraScopesJudge = {
    name: 'The token holds no scope Entitle does not need',
    reports: ['bitbucket.extra_scopes'],
    judge: (evidence) => {
        const introspection = introspect(evidence);
        const extra = extraScopes(introspection.granted);
        if (extra.length === 0)
            return [];
        return [
            (0,findings/* finding */.gk)('bitbucket.extra_scopes', 'notice', `The token holds scopes Entitle does not need: ${extra.join(', ')}.`, {
                subject: 'app_token',
                evidence: introspection.evidence,
            }),
        ];
    },
};

;// CONCATENATED MODULE: ./src/bitbucket/judges/impostor.ts
/** A success that is not Bitbucket's own JSON answer: something answered in its place. */


const impostor = {
    name: 'Every success came from Bitbucket',
    reports: ['bitbucket.impostor'],
    judge: (evidence) => {
        const answered = evidence.sent.filter(isImpostor);
        if (answered.length === 0)
            return [];
        const html = answered.some((p) => p.outcome.kind === 'response' && /html/i.test(p.outcome.headers['content-type'] ?? ''));
        return [
            (0,findings/* finding */.gk)('bitbucket.impostor', 'inconclusive', `Something answered in Bitbucket's place: ${answered.length === 1 ? 'a request' : `${answered.length} requests`} came back with success but ${html ? 'an HTML page' : 'not Bitbucket’s JSON'} (a captive portal, a sign-in page or an intercepting proxy). Such answers prove nothing.`, { subject: 'api.bitbucket.org', evidence: answered.map(lineOf) }),
        ];
    },
};

;// CONCATENATED MODULE: ./src/bitbucket/judges/repository.ts
/**
 * The repository-level probes need one repository the account administers. A repository found but
 * then refused for reasons other than scopes proves nothing about the probes sent to it.
 */






/** Requests about the workspace's content, whose refusal makes the repository's probes unreliable. */
const CONTENT_REQUESTS = [
    'workspace-members',
    'admin-repositories',
    'repository-permissions',
    'branch-restrictions',
    'write-permission',
    'delete-permission',
];
const pageSchema = schemas/* object */.Ikc({ values: schemas/* array */.YOg(schemas/* object */.Ikc({ slug: schemas/* string */.YjP() })) });
function judgeRepository(evidence) {
    const { workspace, repository } = evidence;
    const listing = probed(evidence, 'admin-repositories');
    if (workspace === undefined || listing === undefined)
        return [];
    const init = { subject: workspace, evidence: [lineOf(listing)] };
    if (repository !== undefined) {
        const refused = CONTENT_REQUESTS.filter((id) => {
            const p = probed(evidence, id);
            return p !== undefined && isNonScopeForbidden(p.outcome);
        });
        if (refused.length > 0) {
            return [
                (0,findings/* finding */.gk)('bitbucket.repository', 'inconclusive', `The account administers repository ${workspace}/${repository}, but Bitbucket refused requests in the workspace for reasons other than scopes, so the repository's probes prove nothing.`, { ...init, subject: `${workspace}/${repository}`, fix: (0,entitle/* allowlistFix */.Z4)('the workspace') }),
            ];
        }
        return [
            (0,findings/* finding */.gk)('bitbucket.repository', 'pass', `The account administers repository ${workspace}/${repository}.`, {
                ...init,
                subject: `${workspace}/${repository}`,
            }),
        ];
    }
    const { outcome } = listing;
    const page = (0,src_http/* jsonBody */.J9)(outcome, pageSchema);
    if (page && page.values.length > 0) {
        return [
            (0,findings/* finding */.gk)('bitbucket.repository', 'inconclusive', `Bitbucket named an administered repository in ${workspace} whose slug cannot be used in a request (such as \`..\`), so the repository-level probes were not sent.`, { ...init, fix: 'Run again; if it persists, report it with the details.' }),
        ];
    }
    if (page) {
        return [
            (0,findings/* finding */.gk)('bitbucket.repository', 'warning', `The account administers no repository in workspace ${workspace}, so the repository-level probes were not run.`, init),
        ];
    }
    if (outcome.kind === 'response' && outcome.status === 404) {
        return [
            (0,findings/* finding */.gk)('bitbucket.repository', 'error', `Workspace ${workspace} was not found.`, {
                ...init,
                fix: 'Check the workspace ID (the slug in bitbucket.org/<workspace>/) given in the `workspace` input.',
            }),
        ];
    }
    const fallback = scopeError(outcome)
        ? 'Could not list repositories: the token lacks a scope for it.'
        : 'Could not list the repositories the account administers.';
    return [cannotJudge('bitbucket.repository', listing, { ...init, fallback })];
}
const repository = {
    name: 'The account administers a repository in the workspace',
    reports: ['bitbucket.repository'],
    judge: judgeRepository,
};

;// CONCATENATED MODULE: ./src/bitbucket/judges/scopes.ts
/**
 * One verdict per scope Entitle needs, from what the requests showed:
 * - pass: granted (listed by introspection, or, when no answer listed the scopes, a probe passed the
 *   scope check), and no probe contradicts it;
 * - error: introspection or a scope 403 shows it missing (a disagreeing probe is reported beside it);
 * - inconclusive: nothing proved it either way.
 */




/** The probes of Entitle's permission writes, and the one scope each stands for. */
const WRITE_PROBES = new Map([
    ['write-permission', 'write:permission:bitbucket'],
    ['delete-permission', 'delete:permission:bitbucket'],
]);
/**
 * Scopes whose probe Bitbucket refused for a reason other than scopes: Entitle's permission writes may
 * be refused the same way, so the granted list alone cannot pass them.
 */
function blockedWriteScopes(evidence) {
    return [...WRITE_PROBES].flatMap(([id, scope]) => {
        const sent = probed(evidence, id);
        if (!sent || !isNonScopeForbidden(sent.outcome))
            return [];
        return [{ scope, kind: refusalKind(sent.outcome), evidence: lineOf(sent) }];
    });
}
function blockedVerdict(blocked, evidence) {
    const init = { subject: blocked.scope, scope: blocked.scope, evidence, title: 'Scope' };
    if (blocked.kind === 'auth-method') {
        return (0,findings/* finding */.gk)('bitbucket.scope', 'error', `Bitbucket refuses ${blocked.scope}'s operation for this kind of credential, whatever its scopes: Entitle's permission changes would be refused the same way.`, { ...init, fix: 'See the Authentication method finding: Bitbucket named the method it refuses.' });
    }
    return (0,findings/* finding */.gk)('bitbucket.scope', 'inconclusive', `Could not prove ${blocked.scope}: Bitbucket refused its probe for a reason other than scopes, so Entitle's permission changes may be refused too.`, { ...init, fix: 'See the Bitbucket finding that names the refusal, and resolve it; then run again.' });
}
/** What one probe's answer shows about the scopes it exercises. */
function classifyProbe(sent) {
    const proves = plan/* probes */.Kn[sent.id].proves;
    const evidence = lineOf(sent);
    const { outcome } = sent;
    if (outcome.kind !== 'response')
        return { kind: 'unproven', scopes: proves, evidence, noAnswer: true };
    const scope = scopeError(outcome);
    if (scope) {
        if (scope.required && scope.granted) {
            const granted = new Set(scope.granted);
            const missing = scope.required.filter((s) => !granted.has(s));
            // Only the missing ones are claimed; the rest of the operation's scopes are not judged by it.
            const claimed = proves.filter((s) => missing.includes(s));
            return claimed.length > 0
                ? { kind: 'missing', scopes: claimed, evidence }
                : { kind: 'unproven', scopes: proves, evidence };
        }
        return { kind: proves.length === 1 ? 'missing' : 'unproven', scopes: proves, evidence };
    }
    const { status } = outcome;
    // A write or delete that succeeded is an alarm (judged elsewhere), never proof; nor is a 2xx that
    // is not Bitbucket's own answer.
    if (status >= 200 && status < 300) {
        const proof = answeredAsBitbucket(sent) && !WRITE_PROBES.has(sent.id);
        return { kind: proof ? 'proved' : 'unproven', scopes: proves, evidence };
    }
    // The impossible probes end here: past the scope check, refused for the target or the body.
    if (status === 400 || status === 404)
        return { kind: 'refused-later', scopes: proves, evidence };
    return { kind: 'unproven', scopes: proves, evidence };
}
/** Neither proven nor refused: "not checked" when Bitbucket gave no answer at all, else inconclusive. */
function unproven(scope, about, evidence, unreachable) {
    const init = { subject: scope, scope, evidence, title: 'Scope' };
    if (unreachable && about.every((r) => r.kind === 'unproven' && r.noAnswer)) {
        const message = `Not checked: Bitbucket gave no answer to the requests that show ${scope}.`;
        return (0,findings/* finding */.gk)('bitbucket.scope', 'inconclusive', message, { ...init, dependsOn: unreachable });
    }
    return (0,findings/* finding */.gk)('bitbucket.scope', 'inconclusive', `Could not tell whether the token holds ${scope}: no answer listed the granted scopes, and no request that needs it succeeded or was refused for scopes.`, {
        ...init,
        fix: 'See the other Bitbucket findings for what stopped the requests; run again once they are resolved.',
    });
}
function verdictFor(scope, introspection, results, blocked, unreachable) {
    const about = results.filter((r) => r.scopes.includes(scope));
    const missing = about.some((r) => r.kind === 'missing');
    const proved = about.some((r) => r.kind === 'proved');
    const corroborated = about.some((r) => r.kind === 'proved' || r.kind === 'refused-later');
    const granted = introspection.granted;
    const listed = granted?.has(scope) ?? false;
    const evidence = [
        ...(granted
            ? [`${introspection.evidence.join('; ')}: ${listed ? 'lists' : 'does not list'} ${scope}`]
            : []),
        ...about.map((r) => r.evidence),
    ];
    const init = { subject: scope, scope, evidence, title: 'Scope' };
    if (missing) {
        const disagreement = listed
            ? ' (the granted-scopes list names it, but the request was refused for it)'
            : '';
        return [
            (0,findings/* finding */.gk)('bitbucket.scope', 'error', `The token lacks ${scope}: Bitbucket refused a request for it${disagreement}.`, init),
        ];
    }
    if (granted && !listed) {
        // The granted list is Bitbucket's own statement; a probe that got past it does not overrule it.
        const lacks = (0,findings/* finding */.gk)('bitbucket.scope', 'error', `The token lacks ${scope}: it is not among the scopes Bitbucket lists for it.`, init);
        if (!corroborated)
            return [lacks];
        return [
            lacks,
            (0,findings/* finding */.gk)('bitbucket.scope_disagreement', 'notice', `Bitbucket's list of granted scopes omits ${scope}, yet a request that needs it was not refused for scopes.`, { subject: scope, evidence }),
        ];
    }
    if (blocked)
        return [blockedVerdict(blocked, evidence)];
    if (listed || proved) {
        const how = listed && corroborated
            ? 'listed as granted, and a request that needs it passed the scope check'
            : listed
                ? 'listed as granted'
                : 'a request that needs it succeeded';
        return [(0,findings/* finding */.gk)('bitbucket.scope', 'pass', `The token holds ${scope} (${how}).`, init)];
    }
    return [unproven(scope, about, evidence, unreachable)];
}
function scopeVerdicts(introspection, results, blocked = [], unreachable) {
    return plan/* REQUIRED_SCOPES */.k5.flatMap((scope) => verdictFor(scope, introspection, results, blocked.find((b) => b.scope === scope), unreachable));
}
const scopes = {
    name: 'The token holds each scope Entitle needs',
    reports: ['bitbucket.scope', 'bitbucket.scope_disagreement'],
    judge: (evidence) => scopeVerdicts(introspect(evidence), evidence.sent.filter((p) => plan/* probes */.Kn[p.id].proves.length > 0).map(classifyProbe), blockedWriteScopes(evidence), evidence.sent.map((p) => networkCause(p.outcome)).find((cause) => cause !== undefined)),
};

;// CONCATENATED MODULE: ./src/bitbucket/judges/workspace.ts
/**
 * Entitle manages permissions, so the token's account must administer the workspace: the named one,
 * or, when none is named, any (the first is probed).
 */




const NOT_ADMIN = 'Entitle manages permissions, so the account that owns the token must be an administrator of the workspace.';
function shownList(slugs, truncated) {
    return (slugs.slice(0, 20).join(', ') +
        (slugs.length > 20 ? `, and ${slugs.length - 20} more` : '') +
        (truncated ? ` (listing stopped after ${MAX_WORKSPACE_PAGES} pages)` : ''));
}
function judgeWorkspace(evidence, options) {
    const listingProbe = probed(evidence, 'workspaces');
    if (!listingProbe)
        return [];
    const requested = options.workspace;
    const init = { subject: requested ?? 'workspace', evidence: [lineOf(listingProbe)] };
    if (evidence.workspaces.slugs === undefined) {
        const fallback = 'Could not list the workspaces the account administers.';
        return [cannotJudge('bitbucket.workspace', listingProbe, { ...init, fallback })];
    }
    const slugs = administeredSlugs(evidence.workspaces);
    const shown = shownList(slugs, evidence.workspaces.truncated);
    if (requested) {
        if (evidence.workspace !== undefined) {
            return [
                (0,findings/* finding */.gk)('bitbucket.workspace', 'pass', `The account administers workspace ${requested}.`, init),
            ];
        }
        return [
            (0,findings/* finding */.gk)('bitbucket.workspace', 'error', `The account is not an administrator of workspace ${requested}. ${NOT_ADMIN}`, {
                ...init,
                fix: `Make the token's account an administrator of ${requested} (Workspace settings → User groups or Users), or set \`workspace\` to one it administers${slugs.length ? ` (${shown})` : ''}.`,
            }),
        ];
    }
    const chosen = evidence.workspace;
    if (chosen === undefined && (evidence.workspaces.unusable ?? 0) > 0) {
        return [
            (0,findings/* finding */.gk)('bitbucket.workspace', 'inconclusive', 'Bitbucket listed administered workspaces whose IDs cannot be used in a request (such as `..`), so none was probed.', { ...init, fix: 'Set `workspace` to the ID of the workspace Entitle manages.' }),
        ];
    }
    if (chosen === undefined) {
        return [
            (0,findings/* finding */.gk)('bitbucket.workspace', 'error', `The account administers no workspace. ${NOT_ADMIN}`, init),
        ];
    }
    const many = slugs.length > 1;
    const refused = evidence.refusedWorkspaces;
    const why = refused.length > 0
        ? `; ${refused.map((r) => r.slug).join(', ')} refused the token, so ${chosen} was probed (set \`workspace\` to the one Entitle manages)`
        : many
            ? `; probed ${chosen} (set \`workspace\` to choose)`
            : '';
    return [
        (0,findings/* finding */.gk)('bitbucket.workspace', 'pass', `The account administers ${many ? `${slugs.length} workspaces:` : 'workspace'} ${shown}${why}.`, { ...init, subject: chosen, evidence: [...init.evidence, ...refused.map((r) => r.line)] }),
    ];
}
const workspace = {
    name: 'The account administers the workspace',
    reports: ['bitbucket.workspace'],
    judge: judgeWorkspace,
};

;// CONCATENATED MODULE: ./src/bitbucket/judges/write-alarm.ts
/**
 * The permission PUT and DELETE are built so they cannot succeed. If one does, it is not proof of a
 * scope but an alarm: something accepted a permission change in the customer's repository.
 */


const writeAlarm = {
    name: 'No write probe succeeded',
    reports: ['bitbucket.write_probe_succeeded'],
    judge: (evidence) => evidence.sent
        .filter((p) => p.id === 'write-permission' || p.id === 'delete-permission')
        .filter((p) => p.outcome.kind === 'response' && p.outcome.status >= 200 && p.outcome.status < 300)
        .map((p) => (0,findings/* finding */.gk)('bitbucket.write_probe_succeeded', 'error', `The ${p.id === 'write-permission' ? 'write' : 'delete'} probe succeeded: a permission may have changed on ${evidence.workspace}/${evidence.repository}; check its user permissions.`, { subject: `${evidence.workspace}/${evidence.repository}`, evidence: [lineOf(p)] })),
};

;// CONCATENATED MODULE: ./src/bitbucket/judges/write-probes.ts
/** Says when the impossible PUT and DELETE were not sent, so their scopes rest on the list alone. */

const writeProbes = {
    name: 'The write and delete probes were sent',
    reports: ['bitbucket.write_probes_skipped'],
    judge: (_evidence, options) => options.probeWriteScopes
        ? []
        : [
            (0,findings/* finding */.gk)('bitbucket.write_probes_skipped', 'notice', 'probe-write-scopes is false: write:permission and delete:permission were judged from the granted-scopes list alone.'),
        ],
};

;// CONCATENATED MODULE: ./src/bitbucket/judges/index.ts













/** Bitbucket's host answered; when it did not, one finding names why, and the checks defer to it. */
const reachable = {
    name: 'Bitbucket answers',
    reports: NETWORK_FINDINGS,
    judge: (evidence) => reachability(evidence.sent),
};
const bitbucketJudges = [
    reachable,
    authentication,
    impostor,
    writeAlarm,
    credential_type_credentialType,
    workspace,
    repository,
    writeProbes,
    accessRefusals,
    scopes,
    extraScopesJudge,
];
function judgeBitbucket(evidence, options) {
    return runJudges(rejected(evidence) ? [authentication] : bitbucketJudges, evidence, options);
}

;// CONCATENATED MODULE: ./src/bitbucket/checks.ts


function checkBitbucket(integration, options, deps) {
    let publishMembers = () => { };
    const memberAccountIds = new Promise((resolve) => {
        publishMembers = resolve;
    });
    const findings = gatherBitbucket(integration, options, { ...deps, publishMembers })
        .then((evidence) => judgeBitbucket(evidence, options))
        .finally(() => publishMembers([]));
    return { findings, memberAccountIds };
}

;// CONCATENATED MODULE: ./src/jira/evidence.ts
/**
 * What the Jira checks gathered, as one immutable record, and the pure readers that the gathering
 * (to decide what to ask next) and the judges share. Status alone proves nothing here: Jira answers
 * some requests with 200 for rejected credentials, marking them only with X-Seraph-LoginReason.
 */



const JIRA_GATEWAY_HOST = 'api.atlassian.com';
const tenantInfoSchema = schemas/* object */.Ikc({ cloudId: schemas/* string */.YjP().regex(/^[A-Za-z0-9-]{1,64}$/) });
const myselfSchema = schemas/* object */.Ikc({
    accountId: schemas/* string */.YjP().min(1),
    accountType: schemas/* string */.YjP().optional(),
    active: schemas/* boolean */.zMY().optional(),
});
/** Seraph's verdict on the credentials, when it gives one that is not "OK". */
function failedLogin(outcome) {
    if (outcome.kind !== 'response')
        return undefined;
    return outcome.headers['x-seraph-loginreason']
        ?.split(',')
        .map((r) => r.trim())
        .find((r) => r !== 'OK' && r !== '');
}
const loginRemark = (response) => {
    const reason = failedLogin(response);
    if (!reason)
        return undefined;
    return `X-Seraph-LoginReason: ${/^[A-Z_]{1,40}$/.test(reason) ? reason : 'failed'}`;
};
/** `GET site.atlassian.net/rest/api/3/myself → 200 (X-Seraph-LoginReason: AUTHENTICATED_FAILED)` */
function evidence_lineOf(probe) {
    return (0,evidence/* evidenceLine */.OF)(probe, loginRemark);
}
/** The only server-given URLs ever shown: `https://<site>.atlassian.net`, as an origin. */
const SITE_ORIGIN = /^https:\/\/[a-z0-9][a-z0-9-]{0,62}\.atlassian\.net$/;
function redirectOf(outcome) {
    if (outcome.kind !== 'response' || outcome.status < 300 || outcome.status >= 400)
        return undefined;
    try {
        const origin = new URL(outcome.headers.location ?? '').origin.toLowerCase();
        return SITE_ORIGIN.test(origin) ? { kind: 'site', origin } : { kind: 'elsewhere' };
    }
    catch {
        return { kind: 'elsewhere' };
    }
}
function cloudIdOf(evidence) {
    return (0,src_http/* jsonBody */.J9)(evidence.tenant.outcome, tenantInfoSchema)?.cloudId;
}
function accountOf(evidence) {
    return (0,src_http/* jsonBody */.J9)(evidence.myself.outcome, myselfSchema);
}
/** A 404 marked `atl-missing-tcs`: Atlassian's answer where there is no product to serve it. */
function missingProduct(outcome) {
    return (outcome.kind === 'response' && outcome.status === 404 && outcome.headers['atl-missing-tcs'] !== undefined);
}
function siteState(evidence) {
    const tenant = evidence.tenant.outcome;
    if (redirectOf(tenant) ?? redirectOf(evidence.myself.outcome))
        return 'moved';
    if (tenant.kind === 'response' &&
        (tenant.status === 404 || tenant.headers['atl-missing-tcs'] !== undefined))
        return 'missing';
    if (tenant.kind === 'response' && tenant.status === 403)
        return 'refused';
    if ((0,src_http/* inconclusiveReason */.f1)(tenant, evidence.host))
        return 'unreachable';
    if (cloudIdOf(evidence) === undefined)
        return 'not-atlassian';
    // The site answers, but its REST API does not: Jira was removed from it, or never added.
    return missingProduct(evidence.myself.outcome) ? 'no-jira' : 'live';
}
function siteEndsChecks(state) {
    return state === 'moved' || state === 'missing' || state === 'no-jira' || state === 'not-atlassian';
}
/** The gateway's 401 for a scoped token without the scopes it needs: it names the scopes. */
function scopeMismatch(outcome) {
    if (outcome.kind !== 'response' || outcome.status !== 401)
        return false;
    const text = outcome.body.kind === 'json'
        ? JSON.stringify(outcome.body.value)
        : outcome.body.kind === 'text'
            ? outcome.body.text
            : '';
    return /scope does not match/i.test(text);
}
function authState(evidence) {
    const { outcome } = evidence.myself;
    const failure = failedLogin(outcome);
    const status = outcome.kind === 'response' ? outcome.status : undefined;
    if (status === 200 && accountOf(evidence) && !failure)
        return 'authenticated';
    const denied = outcome.kind === 'response' ? outcome.headers['x-authentication-denied-reason'] : undefined;
    if (denied !== undefined || failure === 'AUTHENTICATION_DENIED')
        return 'captcha';
    if (status === 401 || failure === 'AUTHENTICATED_FAILED')
        return 'rejected';
    if (status === 403)
        return 'forbidden';
    return 'unknown';
}
/** Authenticated, and not then refused on the permissions request: the user checks can be judged. */
function usersReachable(evidence) {
    return authState(evidence) === 'authenticated' && !failedLogin(evidence.permissions.outcome);
}

;// CONCATENATED MODULE: ./src/jira/gather.ts
/**
 * Sends the Jira requests and records what came back; it judges nothing.
 *   round 1: the site (`/_edge/tenant_info`, no credentials), who am I (`/myself`), and the Browse
 *            users permission;
 *   round 2: after a 401 only, `/myself` through the api.atlassian.com gateway, to tell a scoped token
 *            from a wrong one; once authenticated, the emails of a sample of Bitbucket members.
 */


const EMAIL_SAMPLE_SIZE = 10;
async function gatherJira(credentials, deps) {
    const origin = new URL(credentials.url).origin.toLowerCase();
    const host = new URL(origin).host;
    const authorization = (0,evidence/* basicAuthorization */.aR)(credentials.user, credentials.key);
    const get = async (url, shown, withCredentials = true) => ({
        host: new URL(url).host,
        request: `GET ${shown}`,
        outcome: await deps.http.send({ method: 'GET', url, headers: withCredentials ? { authorization } : {} }),
    });
    const onSite = (path, withCredentials = true) => get(`${origin}${path}`, `${host}${path}`, withCredentials);
    const [tenant, myself, permissions] = await Promise.all([
        onSite('/_edge/tenant_info', false),
        onSite('/rest/api/3/myself'),
        onSite('/rest/api/3/mypermissions?permissions=USER_PICKER'),
    ]);
    const round1 = {
        origin,
        host,
        tenant,
        myself,
        permissions,
        gateway: undefined,
        emails: undefined,
    };
    if (siteEndsChecks(siteState(round1)))
        return Object.freeze(round1);
    const cloudId = cloudIdOf(round1);
    if (authState(round1) === 'rejected' && cloudId) {
        const path = `/ex/jira/${cloudId}/rest/api/3/myself`;
        const gateway = await get(`https://${JIRA_GATEWAY_HOST}${path}`, `${JIRA_GATEWAY_HOST}${path}`);
        return Object.freeze({ ...round1, gateway });
    }
    if (!usersReachable(round1))
        return Object.freeze(round1);
    // The token owner's own email is always visible to itself, so it proves nothing.
    const ownAccountId = accountOf(round1)?.accountId;
    const sample = [...new Set(await deps.memberAccountIds)]
        .filter((id) => id !== ownAccountId)
        .slice(0, EMAIL_SAMPLE_SIZE);
    if (sample.length === 0)
        return Object.freeze({ ...round1, emails: { sample, lookup: undefined } });
    const query = sample.map((id) => `accountId=${encodeURIComponent(id)}`).join('&');
    const lookup = await get(`${origin}/rest/api/3/user/bulk?maxResults=${sample.length}&${query}`, `${host}/rest/api/3/user/bulk (${sample.length} members)`);
    return Object.freeze({ ...round1, emails: Object.freeze({ sample, lookup }) });
}

;// CONCATENATED MODULE: ./src/jira/judges/account.ts
/** The credentials belong to an active, regular Atlassian user account. */


const account = {
    name: 'The Jira account is an active user account',
    reports: ['jira.account'],
    judge: (evidence) => {
        if (authState(evidence) !== 'authenticated')
            return [];
        const me = accountOf(evidence);
        const init = { subject: 'jira_credentials.user', evidence: [evidence_lineOf(evidence.myself)] };
        if (me?.accountType !== undefined && me.accountType !== 'atlassian') {
            return [
                (0,findings/* finding */.gk)('jira.account', 'error', 'The Jira credentials belong to an account that is not a regular Atlassian user account.', init),
            ];
        }
        if (me?.active === false)
            return [(0,findings/* finding */.gk)('jira.account', 'error', 'The Jira account is deactivated.', init)];
        return [
            (0,findings/* finding */.gk)('jira.account', 'pass', 'The Jira account is an active user account.', {
                subject: 'jira_credentials.user',
            }),
        ];
    },
};

;// CONCATENATED MODULE: ./src/jira/judges/authentication.ts
/**
 * Whether the site accepts jira_credentials.user and key. After a 401 the gateway's answer tells a
 * scoped token (accepted there, refused on the site) from wrong credentials.
 */




function rejectedCredentials(evidence, lines) {
    const gateway = evidence.gateway;
    const accepted = gateway?.outcome.kind === 'response' && gateway.outcome.status === 200 && !failedLogin(gateway.outcome);
    // A scoped token is accepted by the gateway, or refused there for its scopes (and says so).
    if (accepted || (gateway !== undefined && scopeMismatch(gateway.outcome))) {
        return (0,findings/* finding */.gk)('jira.scoped_token', 'error', 'jira_credentials.key is an API token with scopes: the site refuses it, and the api.atlassian.com gateway recognises it as one. Entitle calls the site, so it needs a classic API token.', { subject: 'jira_credentials.key', evidence: lines });
    }
    return (0,findings/* finding */.gk)('jira.auth', 'error', 'Jira rejected the credentials: the user is not the token owner’s email, or the token is wrong, expired or revoked.', { subject: 'jira_credentials.key', evidence: lines });
}
function authentication_judgeAuthentication(evidence) {
    const lines = [evidence_lineOf(evidence.myself), ...(evidence.gateway ? [evidence_lineOf(evidence.gateway)] : [])];
    const init = { subject: 'jira_credentials.key', evidence: lines };
    switch (authState(evidence)) {
        case 'authenticated':
            return [(0,findings/* finding */.gk)('jira.auth', 'pass', 'The Jira credentials authenticate.', init)];
        case 'captcha':
            return [
                (0,findings/* finding */.gk)('jira.captcha', 'error', 'Jira refuses these credentials until someone signs in through the browser: too many failed logins triggered a CAPTCHA.', {
                    ...init,
                    subject: 'jira_credentials.user',
                    // The site's own origin, never the login URL the server sent: its path is not ours to show.
                    fix: `Sign in once as that user at ${evidence.origin} and solve the CAPTCHA, then run again. Check the key first, so the failures do not start again.`,
                }),
            ];
        case 'rejected':
            return [rejectedCredentials(evidence, lines)];
        case 'forbidden':
            return [
                (0,findings/* finding */.gk)('jira.auth', 'inconclusive', 'Jira refused the request without saying the credentials are wrong; the site may allow access only from listed IP addresses.', { ...init, subject: 'jira_credentials.url', fix: (0,entitle/* allowlistFix */.Z4)('the Jira site') }),
            ];
        case 'unknown': {
            const { outcome } = evidence.myself;
            const status = outcome.kind === 'response' ? outcome.status : '?';
            const fix = 'Run again; if it persists, check the site and the credentials.';
            const fallback = `Jira answered HTTP ${status} without an account.`;
            return [cannotJudge('jira.auth', evidence.myself, { ...init, fix, fallback })];
        }
    }
}
const authentication_authentication = {
    name: 'The Jira site accepts the credentials',
    reports: ['jira.auth', 'jira.captcha', 'jira.scoped_token'],
    judge: authentication_judgeAuthentication,
};

;// CONCATENATED MODULE: ./src/jira/judges/browse-users.ts
/**
 * The global permission Browse users and groups (USER_PICKER). A failing login reason on this request
 * makes any status an authentication failure: Jira answered as for an anonymous user.
 */





const permissionsSchema = schemas/* object */.Ikc({
    permissions: schemas/* object */.Ikc({ USER_PICKER: schemas/* object */.Ikc({ havePermission: schemas/* boolean */.zMY() }) }),
});
function judgeBrowseUsers(evidence) {
    if (authState(evidence) !== 'authenticated')
        return [];
    const { outcome } = evidence.permissions;
    const init = { evidence: [evidence_lineOf(evidence.permissions)] };
    if (failedLogin(outcome)) {
        return [
            (0,findings/* finding */.gk)('jira.auth', 'error', 'Jira rejected the credentials on the permissions request (it answered as for an anonymous user).', { ...init, subject: 'jira_credentials.key' }),
        ];
    }
    const havePermission = (0,src_http/* jsonBody */.J9)(outcome, permissionsSchema)?.permissions.USER_PICKER.havePermission;
    if (havePermission === true) {
        return [
            (0,findings/* finding */.gk)('jira.browse_users', 'pass', 'The account has the global permission Browse users and groups.', init),
        ];
    }
    if (havePermission === false) {
        // Reading users by account id needs only access to Jira; the email sample says whether it works.
        return [
            (0,findings/* finding */.gk)('jira.browse_users', 'notice', 'The account lacks the global permission Browse users and groups. Reading users by account id does not need it; the email check below shows what Entitle can read.', init),
        ];
    }
    const fallback = 'Could not read the account’s global permissions.';
    return [
        cannotJudge('jira.browse_users', evidence.permissions, {
            ...init,
            fix: 'Run again.',
            fallback,
        }),
    ];
}
const browseUsers = {
    name: 'The account may browse users and groups',
    reports: ['jira.browse_users', 'jira.auth'],
    judge: judgeBrowseUsers,
};

;// CONCATENATED MODULE: ./src/jira/judges/email-visibility.ts
/** Whether Jira returns the email addresses of a sample of the Bitbucket workspace's members. */





const bulkUsersSchema = schemas/* object */.Ikc({
    values: schemas/* array */.YOg(schemas/* object */.Ikc({ accountId: schemas/* string */.YjP(), emailAddress: schemas/* string */.YjP().optional() })),
});
function judgeEmailVisibility(evidence) {
    if (!usersReachable(evidence) || evidence.emails === undefined)
        return [];
    const { sample, lookup } = evidence.emails;
    if (lookup === undefined) {
        return [
            (0,findings/* finding */.gk)('jira.email_visibility', 'notice', 'Email visibility was not checked: no Bitbucket workspace members other than the token owner were available to sample.', {
                fix: 'Nothing to do unless email matching matters; the Bitbucket findings say why no members were read.',
            }),
        ];
    }
    const init = { evidence: [evidence_lineOf(lookup)] };
    if (failedLogin(lookup.outcome)) {
        return [
            (0,findings/* finding */.gk)('jira.auth', 'error', 'Jira rejected the credentials on the user lookup.', {
                ...init,
                subject: 'jira_credentials.key',
            }),
        ];
    }
    const users = (0,src_http/* jsonBody */.J9)(lookup.outcome, bulkUsersSchema);
    if (!users) {
        const unjudged = cannotJudge('jira.email_visibility', lookup, init);
        if (unjudged)
            return [unjudged];
        const status = lookup.outcome.kind === 'response' ? lookup.outcome.status : '?';
        return [
            (0,findings/* finding */.gk)('jira.email_visibility', 'warning', `Jira did not return the sampled users (HTTP ${status}).`, {
                ...init,
                fix: 'Reading users by account id needs the account to have access to Jira on this site: check its product access (admin.atlassian.com → Products → Jira → Users), then run again.',
            }),
        ];
    }
    const found = users.values.filter((u) => sample.includes(u.accountId));
    const withEmail = found.filter((u) => (u.emailAddress ?? '') !== '').length;
    if (withEmail === 0) {
        return [
            (0,findings/* finding */.gk)('jira.email_visibility', 'warning', `None of the ${found.length} sampled Bitbucket members came back with an email address, so Entitle cannot match them by email.`, {
                ...init,
                fix: "Emails are hidden by each user's profile visibility. An organization admin can make them visible (admin.atlassian.com → the managed accounts' profile visibility), or users can set email visibility to Anyone.",
            }),
        ];
    }
    return [
        (0,findings/* finding */.gk)('jira.email_visibility', 'notice', `${withEmail} of ${found.length} sampled Bitbucket members have an email address visible to the account.`, {
            ...init,
            fix: 'Members without a visible email cannot be matched by Entitle; their profile visibility hides it.',
        }),
    ];
}
const emailVisibility = {
    name: "Jira shows the sampled members' email addresses",
    reports: ['jira.email_visibility', 'jira.auth'],
    judge: judgeEmailVisibility,
};

;// CONCATENATED MODULE: ./src/jira/judges/site.ts
/** Whether jira_credentials.url is a live Jira Cloud site; checked without sending credentials. */




function judgeSite(evidence) {
    const { origin, host, tenant, myself } = evidence;
    const init = { subject: 'jira_credentials.url', evidence: [evidence_lineOf(tenant)] };
    switch (siteState(evidence)) {
        case 'moved': {
            const moved = redirectOf(tenant.outcome) ?? redirectOf(myself.outcome);
            if (moved?.kind !== 'site') {
                return [
                    (0,findings/* finding */.gk)('jira.site', 'error', `The Jira site ${origin} redirected to another host, which is not a Jira Cloud site; the credentials were not sent there.`, {
                        ...init,
                        fix: 'Set jira_credentials.url to the address you open Jira with, https://<site>.atlassian.net.',
                    }),
                ];
            }
            return [
                (0,findings/* finding */.gk)('jira.site', 'error', `The Jira site ${origin} redirects to ${moved.origin}; it was probably renamed. The credentials were not sent there.`, {
                    ...init,
                    fix: `If ${moved.origin} is your Jira site, set jira_credentials.url to ${moved.origin}.`,
                }),
            ];
        }
        case 'missing':
            return [
                (0,findings/* finding */.gk)('jira.site', 'error', `There is no Jira Cloud site at ${origin}.`, {
                    ...init,
                    fix: 'Check the site name: it is the address you open Jira with, https://<site>.atlassian.net.',
                }),
            ];
        case 'no-jira':
            return [
                (0,findings/* finding */.gk)('jira.site', 'error', `${origin} is an Atlassian site, but it has no Jira: its REST API answers 404 marked atl-missing-tcs (Jira was removed from the site, or never added).`, {
                    ...init,
                    evidence: [...init.evidence, evidence_lineOf(evidence.myself)],
                    fix: 'Set jira_credentials.url to the site where your Jira is (the address you open Jira with), or add Jira to this site; without Jira, remove jira_credentials.',
                }),
            ];
        case 'refused':
            return [
                (0,findings/* finding */.gk)('jira.site', 'inconclusive', `${origin} refused the site request; it may allow access only from listed IP addresses.`, { ...init, fix: (0,entitle/* allowlistFix */.Z4)('the Jira site') }),
            ];
        case 'unreachable':
            return [cannotJudge('jira.site', tenant, { ...init, fallback: `Could not reach ${host}.` })];
        case 'not-atlassian':
            return [
                (0,findings/* finding */.gk)('jira.site', 'error', `${origin} did not answer as an Atlassian Cloud site does.`, {
                    ...init,
                    fix: 'Set jira_credentials.url to your Jira Cloud site, https://<site>.atlassian.net.',
                }),
            ];
        case 'live':
            return [(0,findings/* finding */.gk)('jira.site', 'pass', `${origin} is a Jira Cloud site.`, init)];
    }
}
const site = {
    name: 'jira_credentials.url is a live Jira Cloud site',
    reports: ['jira.site'],
    judge: judgeSite,
};

;// CONCATENATED MODULE: ./src/jira/judges/token-expiry.ts
/** API tokens expire, and the expiry cannot be read: a reminder once the credentials work. */


const tokenExpiry = {
    name: 'The token will expire',
    reports: ['jira.token_expiry'],
    judge: (evidence) => usersReachable(evidence)
        ? [
            (0,findings/* finding */.gk)('jira.token_expiry', 'notice', 'API tokens expire (at most a year after creation), and the expiry date cannot be read through the API.', { subject: 'jira_credentials.key' }),
        ]
        : [],
};

;// CONCATENATED MODULE: ./src/jira/judges/index.ts









/** Every Jira request, in the order sent. */
function sentTo(evidence) {
    return [
        evidence.tenant,
        evidence.myself,
        evidence.permissions,
        ...(evidence.gateway ? [evidence.gateway] : []),
        ...(evidence.emails?.lookup ? [evidence.emails.lookup] : []),
    ];
}
/** Jira's hosts answered; when one did not, one finding names why, and the checks defer to it. */
const judges_reachable = {
    name: 'Jira answers',
    reports: NETWORK_FINDINGS,
    judge: (evidence) => reachability(sentTo(evidence)),
};
const jiraJudges = [
    judges_reachable,
    site,
    authentication_authentication,
    account,
    browseUsers,
    emailVisibility,
    tokenExpiry,
];
function judgeJira(evidence) {
    return runJudges(siteEndsChecks(siteState(evidence)) ? [judges_reachable, site] : jiraJudges, evidence, undefined);
}

;// CONCATENATED MODULE: ./src/jira/checks.ts


async function checkJira(credentials, deps) {
    return judgeJira(await gatherJira(credentials, deps));
}

// EXTERNAL MODULE: ./src/proxy.ts
var proxy = __webpack_require__(8903);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/remote.ts
/**
 * The remote half of the engine: builds the one HTTP client from the options and runs the Bitbucket
 * and Jira checks concurrently. Loaded only for full runs, so an offline run never loads undici.
 */






performance.mark('ebc:http-loaded');
/** Per-attempt cap; the run's deadline (timeout-seconds) bounds everything together. */
const REQUEST_TIMEOUT_MS = 20_000;
/** TCP and TLS, and a proxy's answer to CONNECT: each takes well under a second when all is well. */
const CONNECT_TIMEOUT_MS = 10_000;
function createRemoteChecks(options, deps) {
    return async (integration, context) => {
        const env = deps.env ?? process.env;
        const problems = deps.http ? [] : (0,proxy/* proxyProblems */.Dg)(env);
        if (problems.length > 0)
            return problems.map((p) => proxyFinding(p.variable, p.problem));
        const dispatcher = deps.http
            ? undefined
            : (deps.dispatcher ?? (0,src_http/* createDefaultDispatcher */.hT)(phaseLimits(options)));
        const http = deps.http ?? networkClient(options, deps, env, dispatcher);
        try {
            const bitbucket = checkBitbucket(integration, bitbucketOptions(options), { http });
            const jira = jiraChecks(integration.jira_credentials, context.jiraRejected, options.jira, () => checkJira(integration.jira_credentials, {
                http,
                memberAccountIds: bitbucket.memberAccountIds,
            }));
            const [bitbucketFindings, jiraFindings] = await Promise.all([bitbucket.findings, jira]);
            return [...bitbucketFindings, ...jiraFindings];
        }
        finally {
            // A request stopped at its time limit may still hold a socket; nothing more is sent.
            if (dispatcher && !deps.dispatcher)
                dispatcher.destroy().catch(() => { });
        }
    };
}
function phaseLimits(options) {
    const budgetMs = options.timeoutSeconds * 1000;
    const requestMs = Math.min(REQUEST_TIMEOUT_MS, budgetMs);
    return { connectMs: Math.min(CONNECT_TIMEOUT_MS, budgetMs), headersMs: requestMs, bodyMs: requestMs };
}
function networkClient(options, deps, env, dispatcher) {
    const budgetMs = options.timeoutSeconds * 1000;
    return (0,src_http/* createHttpClient */.uT)({
        dispatcher,
        deadline: Date.now() + budgetMs,
        requestTimeoutMs: Math.min(REQUEST_TIMEOUT_MS, budgetMs),
        maxRetries: options.maxRetries,
        userAgent: version/* USER_AGENT */._,
        log: deps.log,
        proxyFor: (url) => (0,proxy/* proxyFor */.iJ)(env, url),
        ...(deps.onExchange ? { onExchange: deps.onExchange } : {}),
        ...(deps.onOutcome ? { onOutcome: deps.onOutcome } : {}),
        ...(deps.backoffBaseMs !== undefined ? { backoffBaseMs: deps.backoffBaseMs } : {}),
    });
}
function bitbucketOptions(options) {
    return {
        ...(options.workspace ? { workspace: options.workspace } : {}),
        probeWriteScopes: options.probeWriteScopes,
    };
}
function proxyFinding(variable, problem) {
    return (0,findings/* finding */.gk)('network.proxy', 'inconclusive', `The environment variable ${variable} ${problem}, so no request was sent to Bitbucket or Jira.`, { subject: variable });
}
async function jiraChecks(credentials, rejected, mode, run) {
    if (mode === 'skip') {
        return [
            (0,findings/* finding */.gk)('jira.skipped', 'notice', '`jira: skip`: no request was sent to Jira.', {
                fix: 'Set `jira: auto` to check jira_credentials.',
            }),
        ];
    }
    if (rejected) {
        return [
            (0,findings/* finding */.gk)('jira.skipped', mode === 'required' ? 'error' : 'notice', 'Jira was not contacted because jira_credentials has structure errors.', {
                fix: 'Fix the jira_credentials findings in the document section.',
            }),
        ];
    }
    if (credentials == null) {
        return mode === 'required'
            ? [
                (0,findings/* finding */.gk)('jira.absent', 'error', 'The document has no jira_credentials, and `jira: required` asks for them.', { subject: 'jira_credentials' }),
            ]
            : [
                (0,findings/* finding */.gk)('jira.absent', 'notice', 'No jira_credentials: Entitle cannot read the email addresses Bitbucket hides, so matching users by email is off.', { subject: 'jira_credentials' }),
            ];
    }
    return run();
}


/***/ })

};
