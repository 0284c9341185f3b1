export const id = 999;
export const ids = [999];
export const modules = {

/***/ 2999:
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
// EXTERNAL MODULE: ./src/entitle.ts
var entitle = __webpack_require__(5428);
// EXTERNAL MODULE: ./src/findings.ts + 1 modules
var src_findings = __webpack_require__(906);
// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(6752);
;// CONCATENATED MODULE: ./src/http.ts
/**
 * The one HTTP client every remote check uses. It turns every request into one of four outcomes,
 * so a check can tell "the credential is wrong" (a response) from "we could not find out" (timeout,
 * network error, deadline), which is inconclusive, never a pass and never a missing scope.
 *
 * Retries are written here rather than taken from undici's retry interceptor: the interceptor turns
 * a status that is still retryable after the last attempt into an error, losing the response (its
 * status, headers and body) that the checks classify, and it knows nothing of the run's deadline.
 */

/**
 * The production dispatcher: honours HTTPS_PROXY, HTTP_PROXY and NO_PROXY (either case), as
 * self-hosted runners behind a corporate proxy need. TLS trusts Node's store, which includes
 * NODE_EXTRA_CA_CERTS, so a TLS-inspecting proxy's CA works too.
 */
function createDefaultDispatcher() {
    return new undici/* EnvHttpProxyAgent */.J2();
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
    if (NETWORK_DESCRIPTIONS[code])
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
function createHttpClient(options) {
    const now = options.now ?? Date.now;
    const sleep = options.sleep ?? defaultSleep;
    const random = options.random ?? Math.random;
    const cap = options.maxBodyBytes ?? MAX_BODY_BYTES;
    const backoffBase = options.backoffBaseMs ?? 500;
    const maxRequests = options.maxRequests ?? MAX_REQUESTS;
    let sent = 0;
    async function attempt(req, timeoutMs) {
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
        const response = await (0,undici/* request */.Em)(req.url, {
            method: req.method,
            headers,
            body,
            dispatcher: options.dispatcher,
            signal: AbortSignal.timeout(timeoutMs),
            headersTimeout: timeoutMs,
            bodyTimeout: timeoutMs,
        });
        const flat = flattenHeaders(response.headers);
        const parsed = await readBody(response.body, flat['content-type'], cap);
        return { kind: 'response', status: response.statusCode, headers: flat, body: parsed, attempts: 0 };
    }
    return {
        async send(req) {
            const url = new URL(req.url);
            const where = `${req.method} ${url.host}${url.pathname}`;
            let attempts = 0;
            let last;
            for (;;) {
                const remaining = options.deadline - now();
                if (remaining <= 0)
                    return { kind: 'deadline', attempts };
                // Out of requests: the last answer, if there was one, says more than the cap does.
                if (sent >= maxRequests)
                    return last ?? { kind: 'budget', attempts, limit: maxRequests };
                sent++;
                const timeoutMs = Math.min(options.requestTimeoutMs, remaining);
                const cutByDeadline = timeoutMs < options.requestTimeoutMs;
                attempts++;
                let outcome;
                try {
                    outcome = { ...(await attempt(req, timeoutMs)), attempts };
                }
                catch (error) {
                    const code = errorCode(error);
                    if (isTimeout(error, code) && code !== 'UND_ERR_CONNECT_TIMEOUT') {
                        outcome = cutByDeadline
                            ? { kind: 'deadline', attempts }
                            : { kind: 'timeout', attempts, timeoutMs };
                    }
                    else {
                        outcome = { kind: 'network', attempts, code, description: describeNetworkCode(code) };
                    }
                }
                options.onExchange?.({
                    method: req.method,
                    host: url.host,
                    path: url.pathname,
                    attempt: attempts,
                    result: outcome.kind === 'response' ? String(outcome.status) : outcome.kind,
                });
                const retryable = (outcome.kind === 'response' && RETRYABLE_STATUSES.has(outcome.status)) ||
                    (outcome.kind === 'network' && !CERTIFICATE_CODES.test(outcome.code));
                if (!retryable || attempts > options.maxRetries)
                    return outcome;
                last = outcome;
                const retryAfter = outcome.kind === 'response' ? parseRetryAfter(outcome.headers['retry-after'], now()) : undefined;
                const backoff = backoffBase * 2 ** (attempts - 1) * (0.5 + random() / 2);
                const wait = Math.round(retryAfter ?? backoff);
                if (now() + wait >= options.deadline) {
                    options.log(`Not retrying ${where}: waiting ${formatMs(wait)} would pass the run's deadline.`);
                    return outcome;
                }
                const reason = outcome.kind === 'response'
                    ? `HTTP ${outcome.status}${retryAfter !== undefined ? ' with Retry-After' : ''}`
                    : outcome.kind === 'network'
                        ? `${outcome.description} (${outcome.code})`
                        : outcome.kind;
                options.log(`Retrying ${where} in ${formatMs(wait)} after ${reason} (attempt ${attempts + 1} of ${options.maxRetries + 1}).`);
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
    const network = `Check that the runner can reach ${host} (on self-hosted runners: HTTPS_PROXY and NO_PROXY, and ` +
        'NODE_EXTRA_CA_CERTS for a TLS-inspecting proxy), then run again.';
    switch (outcome.kind) {
        case 'timeout':
            return {
                message: `${host} did not answer within ${Math.round(outcome.timeoutMs / 1000)} s${tries}.`,
                fix: `${network} Raise \`timeout-seconds\` if the network is slow.`,
            };
        case 'budget':
            return {
                message: `The run's cap of ${outcome.limit} requests was reached before the request to ${host} could be sent.`,
                fix: 'Run again; if it recurs, report it: a healthy run sends far fewer requests.',
            };
        case 'deadline':
            return {
                message: `The run's deadline passed before ${host} answered${tries}.`,
                fix: 'Raise `timeout-seconds`, or run again when the network is less busy.',
            };
        case 'network':
            return {
                message: `Could not reach ${host}: ${outcome.description} (${outcome.code})${tries}.`,
                fix: outcome.description === 'the server certificate was not trusted'
                    ? `The TLS certificate presented for ${host} is not trusted. Behind a TLS-inspecting proxy, set NODE_EXTRA_CA_CERTS to the proxy's CA certificate file.`
                    : network,
            };
        case 'response': {
            const { status } = outcome;
            if (status === 429) {
                return {
                    message: `${host} rate-limited the request (HTTP 429)${tries}. The token's hourly request budget is shared with Entitle.`,
                    fix: 'Run again later; avoid scheduling the check more often than needed.',
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

;// CONCATENATED MODULE: ./src/bitbucket/plan.ts
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

;// CONCATENATED MODULE: ./src/bitbucket/verdicts.ts
/**
 * From what the requests showed to one verdict per scope. Pure, so the rules are tested on their own:
 * - pass: granted (listed by introspection, or, when no answer listed the scopes, a probe passed the
 *   scope check), and no probe contradicts it;
 * - error: introspection or a scope 403 shows it missing (a disagreeing probe is reported beside it);
 * - inconclusive: nothing proved it either way.
 */


const SCOPE_FIX = 'Scopes cannot be added to an existing token. Create a new API token with scopes at https://id.atlassian.com/manage-profile/security/api-tokens (app Bitbucket) with all seven scopes Entitle needs, then replace app_token in the secret and in Entitle.';
function scopeVerdicts(introspection, results) {
    const findings = [];
    for (const scope of REQUIRED_SCOPES) {
        const about = results.filter((r) => r.scopes.includes(scope));
        const missingBy = about.filter((r) => r.kind === 'missing');
        const provedBy = about.filter((r) => r.kind === 'proved');
        const corroboratedBy = about.filter((r) => r.kind === 'proved' || r.kind === 'refused-later');
        const granted = introspection.granted;
        const listed = granted?.has(scope);
        const evidence = [
            ...(granted
                ? [`${introspection.evidence.join('; ')}: ${listed ? 'lists' : 'does not list'} ${scope}`]
                : []),
            ...about.map((r) => r.evidence),
        ];
        const init = { subject: scope, scope, evidence, title: 'Scope' };
        if (missingBy.length > 0) {
            const disagreement = listed
                ? ' (the granted-scopes list names it, but the request was refused for it)'
                : '';
            findings.push((0,src_findings/* finding */.gk)('bitbucket.scope', 'error', `The token lacks ${scope}: Bitbucket refused a request for it${disagreement}.`, {
                ...init,
                fix: SCOPE_FIX,
            }));
        }
        else if (granted && !listed) {
            // The granted list is Bitbucket's own statement; a probe that got past it does not overrule it.
            findings.push((0,src_findings/* finding */.gk)('bitbucket.scope', 'error', `The token lacks ${scope}: it is not among the scopes Bitbucket lists for it.`, {
                ...init,
                fix: SCOPE_FIX,
            }));
            if (corroboratedBy.length > 0) {
                findings.push((0,src_findings/* finding */.gk)('bitbucket.scope_disagreement', 'notice', `Bitbucket's list of granted scopes omits ${scope}, yet a request that needs it was not refused for scopes.`, { subject: scope, evidence }));
            }
        }
        else if (listed || provedBy.length > 0) {
            const how = listed && corroboratedBy.length > 0
                ? 'listed as granted, and a request that needs it passed the scope check'
                : listed
                    ? 'listed as granted'
                    : 'a request that needs it succeeded';
            findings.push((0,src_findings/* finding */.gk)('bitbucket.scope', 'pass', `The token holds ${scope} (${how}).`, init));
        }
        else {
            findings.push((0,src_findings/* finding */.gk)('bitbucket.scope', 'inconclusive', `Could not tell whether the token holds ${scope}: no answer listed the granted scopes, and no request that needs it succeeded or was refused for scopes.`, {
                ...init,
                fix: 'See the other Bitbucket findings for what stopped the requests; run again once they are resolved.',
            }));
        }
    }
    return findings;
}
/** Scopes beyond the seven: not wrong, but more than Entitle needs. */
function extraScopes(granted) {
    if (!granted)
        return [];
    return [...granted].filter((s) => !REQUIRED_SCOPES.includes(s)).sort();
}

;// CONCATENATED MODULE: ./src/bitbucket/checks.ts
/**
 * The Bitbucket Cloud checks: the token authenticates as a user's API token, the account administers
 * a workspace and a repository, and the token holds each of the seven scopes, proven without
 * changing anything. Requests run in three dependency levels, everything in a level at once:
 *   1. who am I (+ granted scopes), administered workspaces, an application-property probe
 *      (and, when `workspace` is given, the level-2 requests too);
 *   2. an administered repository and a sample of members in the chosen workspace;
 *   3. repository probes: read permissions, branch restrictions, and the impossible write and delete.
 */







const MAX_WORKSPACE_PAGES = 5;
const MEMBER_SAMPLE = 20;
const SLUG = /^[A-Za-z0-9_.-]{1,128}$/;
/** Scope names as Atlassian writes them, e.g. read:repository:bitbucket. */
const SCOPE_NAME = /^[a-z][a-z_-]*(:[a-z][a-z_-]*){1,3}$/;
/** Credential types shown by name; anything else a server sends is not repeated. */
const KNOWN_CREDENTIAL_TYPES = new Set([
    'api_token',
    'app_password',
    'access_token',
    'repository_access_token',
    'project_access_token',
    'workspace_access_token',
    'oauth2',
    'jwt',
    'session',
]);
const ACCOUNT_ID = /^[A-Za-z0-9:_-]{1,128}$/;
const scopeErrorSchema = schemas/* object */.Ikc({
    error: schemas/* object */.Ikc({
        message: schemas/* string */.YjP(),
        detail: schemas/* object */.Ikc({ required: schemas/* array */.YOg(schemas/* string */.YjP()).optional(), granted: schemas/* array */.YOg(schemas/* string */.YjP()).optional() })
            .optional()
            .catch(undefined),
    }),
});
const errorMessageSchema = schemas/* object */.Ikc({ error: schemas/* object */.Ikc({ message: schemas/* string */.YjP() }) });
const workspacesPageSchema = schemas/* object */.Ikc({
    values: schemas/* array */.YOg(schemas/* object */.Ikc({ administrator: schemas/* boolean */.zMY().optional(), workspace: schemas/* object */.Ikc({ slug: schemas/* string */.YjP() }) })),
    next: schemas/* string */.YjP().optional(),
});
const repositoriesPageSchema = schemas/* object */.Ikc({ values: schemas/* array */.YOg(schemas/* object */.Ikc({ slug: schemas/* string */.YjP() })) });
const membersPageSchema = schemas/* object */.Ikc({
    values: schemas/* array */.YOg(schemas/* object */.Ikc({ user: schemas/* object */.Ikc({ account_id: schemas/* string */.YjP().optional() }).optional() })),
});
const userSchema = schemas/* object */.Ikc({ account_id: schemas/* string */.YjP().optional() });
function splitScopes(header) {
    if (header === undefined)
        return undefined;
    return header
        .split(/[\s,]+/)
        .map((s) => s.trim())
        .filter((s) => SCOPE_NAME.test(s));
}
/** A 403 that says a scope is missing, with what it required and what was granted, when told. */
function scopeError(outcome) {
    if (outcome.kind !== 'response' || outcome.status !== 403)
        return undefined;
    const body = jsonBody(outcome, scopeErrorSchema);
    if (!body || !/scope/i.test(body.error.message))
        return undefined;
    const required = body.error.detail?.required ?? splitScopes(outcome.headers['x-accepted-oauth-scopes']);
    const granted = body.error.detail?.granted ?? splitScopes(outcome.headers['x-oauth-scopes']);
    return {
        ...(required ? { required: required.filter((s) => SCOPE_NAME.test(s)) } : {}),
        ...(granted ? { granted: granted.filter((s) => SCOPE_NAME.test(s)) } : {}),
    };
}
function describeOutcome(outcome) {
    if (outcome.kind !== 'response')
        return outcome.kind === 'network' ? `${outcome.kind} (${outcome.code})` : outcome.kind;
    if (scopeError(outcome))
        return `${outcome.status} (scope error)`;
    return String(outcome.status);
}
function evidenceLine(probe, path, outcome) {
    return `${probe.method} /2.0${path} → ${describeOutcome(outcome)}`;
}
/** What one probe's answer shows about the scopes it exercises. */
function classifyProbe(probe, path, outcome) {
    const evidence = evidenceLine(probe, path, outcome);
    if (outcome.kind !== 'response')
        return { kind: 'unproven', scopes: probe.proves, evidence };
    const scope = scopeError(outcome);
    if (scope) {
        if (scope.required && scope.granted) {
            const granted = new Set(scope.granted);
            const missing = scope.required.filter((s) => !granted.has(s));
            const claimed = probe.proves.filter((s) => missing.includes(s));
            // Only the missing ones are claimed; the rest of the operation's scopes are not judged by it.
            if (claimed.length > 0)
                return { kind: 'missing', scopes: claimed, evidence };
            return { kind: 'unproven', scopes: probe.proves, evidence };
        }
        return probe.proves.length === 1
            ? { kind: 'missing', scopes: probe.proves, evidence }
            : { kind: 'unproven', scopes: probe.proves, evidence };
    }
    const { status } = outcome;
    if (status >= 200 && status < 300)
        return { kind: 'proved', scopes: probe.proves, evidence };
    // The impossible probes end here: past the scope check, refused for the target or the body.
    if (status === 400 || status === 404)
        return { kind: 'refused-later', scopes: probe.proves, evidence };
    return { kind: 'unproven', scopes: probe.proves, evidence };
}
function isNonScopeForbidden(outcome) {
    return outcome.kind === 'response' && outcome.status === 403 && scopeError(outcome) === undefined;
}
function authFailure(outcome) {
    const jsonMessage = jsonBody(outcome, errorMessageSchema)?.error.message ?? '';
    const text = outcome.body.kind === 'text' ? outcome.body.text : '';
    if (/invalid, expired, or not supported/i.test(jsonMessage)) {
        return (0,src_findings/* finding */.gk)('bitbucket.auth', 'error', 'Bitbucket rejected the token: it is invalid, expired or revoked, or a classic API token without scopes, which Bitbucket does not accept.', {
            subject: 'app_token',
            fix: 'Create an API token with scopes at https://id.atlassian.com/manage-profile/security/api-tokens ("Create API token with scopes", app Bitbucket, the seven scopes Entitle needs; tokens expire within a year), then replace app_token.',
        });
    }
    if (/login failed|incorrect login credentials/i.test(text)) {
        return (0,src_findings/* finding */.gk)('bitbucket.auth', 'error', 'Bitbucket rejected the email and token together: the email is not the token owner’s Atlassian account email, or the token is wrong or incomplete.', {
            subject: 'email',
            fix: 'Set email to the email address of the Atlassian account that created the token (not a Bitbucket username), and copy the token again in full.',
        });
    }
    return (0,src_findings/* finding */.gk)('bitbucket.auth', 'error', `Bitbucket did not accept the credentials (HTTP ${outcome.status}).`, {
        subject: 'app_token',
    });
}
function checkBitbucket(integration, options, deps) {
    let resolveMembers = () => { };
    const memberAccountIds = new Promise((resolve) => {
        resolveMembers = resolve;
    });
    const findings = run(integration, options, deps, (ids) => resolveMembers(ids)).finally(() => resolveMembers([]));
    return { findings, memberAccountIds };
}
async function run(integration, options, deps, publishMembers) {
    const authorization = `Basic ${Buffer.from(`${integration.email}:${integration.app_token}`).toString('base64')}`;
    const randomId = deps.randomId ?? external_node_crypto_.randomUUID;
    const results = [];
    const findings = [];
    const evidenceFor = {};
    const outcomes = {};
    let introspection = { granted: undefined, evidence: [] };
    let credentialType;
    const send = async (id, values = {}, query = '', json) => {
        const probe = probes[id];
        const path = fillPath(probe.operation, values);
        const outcome = await deps.http.send({
            method: probe.method,
            url: `${BITBUCKET_API}${path}${query}`,
            headers: { authorization },
            ...(json !== undefined ? { json } : {}),
        });
        outcomes[id] = outcome;
        const classified = classifyProbe(probe, path, outcome);
        evidenceFor[id] = classified.evidence;
        if (probe.proves.length > 0)
            results.push(classified);
        if (outcome.kind === 'response') {
            const granted = scopeError(outcome)?.granted ?? splitScopes(outcome.headers['x-oauth-scopes']);
            if (granted && (!introspection.granted || id === 'user')) {
                introspection = {
                    granted: new Set(granted),
                    evidence: [`${probe.method} /2.0${path} → ${outcome.status}`],
                };
            }
            const type = outcome.headers['x-credential-type'];
            if (type && (!credentialType || id === 'user'))
                credentialType = { value: type, evidence: classified.evidence };
        }
        return outcome;
    };
    const requested = options.workspace;
    const sendWorkspaceLevel = (workspace) => Promise.all([
        send('admin-repositories', { workspace }, '?role=admin&pagelen=1'),
        send('workspace-members', { workspace }, `?pagelen=${MEMBER_SAMPLE}`),
    ]);
    // Level 1.
    const [user, workspacesOutcome, , early] = await Promise.all([
        send('user'),
        listWorkspaces(send),
        send('application-property', {
            selected_user: `{${randomId()}}`,
            app_key: PROBE_APP_KEY,
            property_name: PROBE_PROPERTY,
        }),
        requested ? sendWorkspaceLevel(requested) : Promise.resolve(undefined),
    ]);
    // Authentication.
    if (user.kind === 'response' && user.status === 401) {
        findings.push(authFailure(user));
        findings.push((0,src_findings/* finding */.gk)('remote.skipped', 'notice', 'The other Bitbucket checks were not run: the credentials do not authenticate.', {
            title: 'Bitbucket checks',
            fix: 'Fix authentication first.',
        }));
        publishMembers([]);
        return findings;
    }
    const userReason = inconclusiveReason(user, BITBUCKET_HOST);
    if (userReason || user.kind !== 'response') {
        findings.push((0,src_findings/* finding */.gk)('bitbucket.auth', 'inconclusive', userReason?.message ?? 'No answer from Bitbucket.', {
            subject: 'app_token',
            fix: userReason?.fix ?? 'Run again.',
            evidence: [evidenceFor.user ?? ''],
        }));
    }
    else if (user.status === 200 || scopeError(user)) {
        findings.push((0,src_findings/* finding */.gk)('bitbucket.auth', 'pass', user.status === 200
            ? 'The email and token authenticate with Bitbucket Cloud.'
            : 'The email and token authenticate with Bitbucket Cloud (the account details need read:user:bitbucket, which Entitle does not use).', { subject: 'app_token', evidence: [evidenceFor.user ?? ''] }));
    }
    else {
        findings.push((0,src_findings/* finding */.gk)('bitbucket.auth', 'inconclusive', `Bitbucket answered HTTP ${user.status} to the account request.`, {
            subject: 'app_token',
            evidence: [evidenceFor.user ?? ''],
        }));
    }
    const ownAccountId = jsonBody(user, userSchema)?.account_id;
    if (credentialType && credentialType.value !== 'api_token') {
        findings.push((0,src_findings/* finding */.gk)('bitbucket.credential_type', 'error', `Bitbucket reports the credential as ${KNOWN_CREDENTIAL_TYPES.has(credentialType.value) ? credentialType.value : 'another kind'}, not a user's API token. Only a user's API token with scopes can manage permissions for Entitle.`, { subject: 'app_token', evidence: [credentialType.evidence] }));
    }
    // Workspace.
    const workspaceChoice = chooseWorkspace(workspacesOutcome, requested, evidenceFor.workspaces ?? '');
    findings.push(workspaceChoice.finding);
    const workspace = workspaceChoice.workspace;
    // Level 2 (already sent at level 1 when the workspace was given).
    const [repositoriesOutcome, membersOutcome] = workspace
        ? (early ?? (await sendWorkspaceLevel(workspace)))
        : [undefined, undefined];
    const members = membersOutcome ? jsonBody(membersOutcome, membersPageSchema) : undefined;
    publishMembers((members?.values ?? [])
        .map((m) => m.user?.account_id)
        .filter((id) => id !== undefined && ACCOUNT_ID.test(id) && id !== ownAccountId));
    // Repository.
    let repository;
    if (workspace && repositoriesOutcome) {
        const page = jsonBody(repositoriesOutcome, repositoriesPageSchema);
        const slug = page?.values[0]?.slug;
        const evidence = [evidenceFor['admin-repositories'] ?? ''];
        const reason = inconclusiveReason(repositoriesOutcome, BITBUCKET_HOST);
        if (slug && SLUG.test(slug)) {
            repository = slug;
            findings.push((0,src_findings/* finding */.gk)('bitbucket.repository', 'pass', `The account administers repository ${workspace}/${slug}.`, {
                subject: `${workspace}/${slug}`,
                evidence,
            }));
        }
        else if (page) {
            findings.push((0,src_findings/* finding */.gk)('bitbucket.repository', 'warning', `The account administers no repository in workspace ${workspace}, so the repository-level probes were not run.`, { subject: workspace, evidence }));
        }
        else if (repositoriesOutcome.kind === 'response' && repositoriesOutcome.status === 404) {
            findings.push((0,src_findings/* finding */.gk)('bitbucket.repository', 'error', `Workspace ${workspace} was not found.`, {
                subject: workspace,
                evidence,
                fix: 'Check the workspace ID (the slug in bitbucket.org/<workspace>/) given in the `workspace` input.',
            }));
        }
        else {
            findings.push((0,src_findings/* finding */.gk)('bitbucket.repository', 'inconclusive', reason?.message ??
                (scopeError(repositoriesOutcome)
                    ? 'Could not list repositories: the token lacks a scope for it.'
                    : 'Could not list the repositories the account administers.'), { subject: workspace, evidence, ...(reason ? { fix: reason.fix } : {}) }));
        }
    }
    // Level 3.
    if (workspace && repository) {
        const target = { workspace, repo_slug: repository, selected_user_id: `{${randomId()}}` };
        await Promise.all([
            send('repository-permissions', target, '?pagelen=1'),
            send('branch-restrictions', target, '?pagelen=1'),
            ...(options.probeWriteScopes
                ? [
                    send('write-permission', target, '', { permission: IMPOSSIBLE_PERMISSION }),
                    send('delete-permission', target),
                ]
                : []),
        ]);
    }
    if (!options.probeWriteScopes) {
        findings.push((0,src_findings/* finding */.gk)('bitbucket.write_probes_skipped', 'notice', 'probe-write-scopes is false: write:permission and delete:permission were judged from the granted-scopes list alone.'));
    }
    // IP allowlist: a refusal that is not about scopes, on workspace or repository resources.
    const forbidden = Object.keys(outcomes).filter((id) => id !== 'user' && isNonScopeForbidden(outcomes[id]));
    if (forbidden.length > 0) {
        findings.push((0,src_findings/* finding */.gk)('bitbucket.ip_allowlist', 'warning', `Bitbucket refused ${forbidden.length === 1 ? 'a request' : `${forbidden.length} requests`} for reasons other than scopes. The workspace may restrict access by IP address; checks that depend on those requests are inconclusive.`, {
            subject: workspace ?? 'workspace',
            evidence: forbidden.map((id) => evidenceFor[id] ?? ''),
            fix: (0,entitle/* allowlistFix */.Z4)('the workspace'),
        }));
        if (forbidden.some((id) => id !== 'workspaces' && id !== 'application-property')) {
            const repo = findings.find((f) => f.id === 'bitbucket.repository' && f.severity === 'pass');
            if (repo)
                repo.severity = 'inconclusive';
        }
    }
    findings.push(...scopeVerdicts(introspection, results));
    const extra = extraScopes(introspection.granted);
    if (extra.length > 0) {
        findings.push((0,src_findings/* finding */.gk)('bitbucket.extra_scopes', 'notice', `The token holds scopes Entitle does not need: ${extra.join(', ')}.`, {
            subject: 'app_token',
            evidence: introspection.evidence,
            fix: 'For least privilege, create a token with only the seven scopes Entitle needs.',
        }));
    }
    return findings;
}
/** The administered workspaces, following Bitbucket's `next` links (on its own host only). */
async function listWorkspaces(send) {
    const slugs = [];
    let query = '?administrator=true&pagelen=100';
    for (let page = 1;; page++) {
        const outcome = await send('workspaces', {}, query);
        const body = jsonBody(outcome, workspacesPageSchema);
        if (!body)
            return { outcome, slugs: page === 1 ? undefined : slugs };
        slugs.push(...body.values
            .filter((v) => v.administrator !== false && SLUG.test(v.workspace.slug))
            .map((v) => v.workspace.slug));
        const next = body.next;
        if (!next?.startsWith(`${BITBUCKET_API}/user/workspaces?`))
            return { outcome, slugs };
        if (page >= MAX_WORKSPACE_PAGES)
            return { outcome, slugs, truncated: true };
        query = next.slice(`${BITBUCKET_API}/user/workspaces`.length);
    }
}
function chooseWorkspace(listed, requested, evidenceLine) {
    const evidence = [evidenceLine];
    const notAdmin = 'Entitle manages permissions, so the account that owns the token must be an administrator of the workspace.';
    if (listed.slugs === undefined) {
        const reason = inconclusiveReason(listed.outcome, BITBUCKET_HOST);
        const message = reason?.message ?? 'Could not list the workspaces the account administers.';
        return {
            finding: (0,src_findings/* finding */.gk)('bitbucket.workspace', 'inconclusive', message, {
                subject: requested ?? 'workspace',
                evidence,
                ...(reason ? { fix: reason.fix } : {}),
            }),
            // A named workspace is still probed: its own requests say more.
            workspace: requested,
        };
    }
    const slugs = [...new Set(listed.slugs)].sort();
    const shown = slugs.slice(0, 20).join(', ') +
        (slugs.length > 20 ? `, and ${slugs.length - 20} more` : '') +
        (listed.truncated ? ` (listing stopped after ${MAX_WORKSPACE_PAGES} pages)` : '');
    if (requested) {
        if (slugs.some((s) => s.toLowerCase() === requested.toLowerCase())) {
            return {
                finding: (0,src_findings/* finding */.gk)('bitbucket.workspace', 'pass', `The account administers workspace ${requested}.`, {
                    subject: requested,
                    evidence,
                }),
                workspace: requested,
            };
        }
        return {
            finding: (0,src_findings/* finding */.gk)('bitbucket.workspace', 'error', `The account is not an administrator of workspace ${requested}. ${notAdmin}`, {
                subject: requested,
                evidence,
                fix: `Make the token's account an administrator of ${requested} (Workspace settings → User groups or Users), or set \`workspace\` to one it administers${slugs.length ? ` (${shown})` : ''}.`,
            }),
            workspace: undefined,
        };
    }
    const chosen = slugs[0];
    if (chosen === undefined) {
        return {
            finding: (0,src_findings/* finding */.gk)('bitbucket.workspace', 'error', `The account administers no workspace. ${notAdmin}`, {
                subject: 'workspace',
                evidence,
                fix: "Make the token's account an administrator of the workspace Entitle manages, or use a token of an account that is.",
            }),
            workspace: undefined,
        };
    }
    return {
        finding: (0,src_findings/* finding */.gk)('bitbucket.workspace', 'pass', `The account administers ${slugs.length === 1 ? 'workspace' : `${slugs.length} workspaces:`} ${shown}${slugs.length > 1 ? `; probed ${chosen} (set \`workspace\` to choose)` : ''}.`, { subject: chosen, evidence }),
        workspace: chosen,
    };
}

;// CONCATENATED MODULE: ./src/jira/checks.ts
/**
 * The Jira Cloud checks for the optional jira_credentials, which Entitle uses only to read the email
 * addresses Bitbucket hides. Status alone proves nothing here: Jira answers some endpoints with 200
 * for rejected credentials, marking them only with `X-Seraph-LoginReason: AUTHENTICATED_FAILED`.
 *
 *   round 1: J2 the site (`/_edge/tenant_info`), J3 who am I (`/myself`), J6 Browse users permission
 *   round 2: J3b on a 401 only, the same credentials through the api.atlassian.com gateway, to tell a
 *            scoped token from a wrong one; J7 email visibility of a sample of Bitbucket members.
 */




const JIRA_GATEWAY_HOST = 'api.atlassian.com';
const EMAIL_SAMPLE_SIZE = 10;
const tenantInfoSchema = schemas/* object */.Ikc({ cloudId: schemas/* string */.YjP().regex(/^[A-Za-z0-9-]{1,64}$/) });
const myselfSchema = schemas/* object */.Ikc({
    accountId: schemas/* string */.YjP().min(1),
    accountType: schemas/* string */.YjP().optional(),
    active: schemas/* boolean */.zMY().optional(),
});
const permissionsSchema = schemas/* object */.Ikc({
    permissions: schemas/* object */.Ikc({ USER_PICKER: schemas/* object */.Ikc({ havePermission: schemas/* boolean */.zMY() }) }),
});
const bulkUsersSchema = schemas/* object */.Ikc({
    values: schemas/* array */.YOg(schemas/* object */.Ikc({ accountId: schemas/* string */.YjP(), emailAddress: schemas/* string */.YjP().optional() })),
});
/** Seraph's verdict on the credentials, when it gives one that is not "OK". */
function failedLogin(outcome) {
    if (outcome.kind !== 'response')
        return undefined;
    const reason = outcome.headers['x-seraph-loginreason'];
    if (reason === undefined)
        return undefined;
    const failing = reason
        .split(',')
        .map((r) => r.trim())
        .find((r) => r !== 'OK' && r !== '');
    return failing;
}
function checks_status(outcome) {
    return outcome.kind === 'response' ? outcome.status : undefined;
}
function checks_describeOutcome(outcome) {
    if (outcome.kind !== 'response')
        return outcome.kind;
    const reason = failedLogin(outcome);
    return `${outcome.status}${reason ? ` (X-Seraph-LoginReason: ${/^[A-Z_]{1,40}$/.test(reason) ? reason : 'failed'})` : ''}`;
}
/** The https origin a redirect points to, when it is a plain one; nothing else is shown. */
function redirectOrigin(outcome) {
    if (outcome.kind !== 'response' || outcome.status < 300 || outcome.status >= 400)
        return undefined;
    try {
        const url = new URL(outcome.headers.location ?? '');
        return url.protocol === 'https:' && /^[a-z0-9.-]+$/i.test(url.hostname) ? url.origin : undefined;
    }
    catch {
        return undefined;
    }
}
const AUTH_FIX = 'Set jira_credentials.user to the email of the Atlassian account that created the token, and jira_credentials.key to a classic API token ("Create API token" at https://id.atlassian.com/manage-profile/security/api-tokens) that has not expired or been revoked; API tokens last at most a year.';
async function checkJira(credentials, deps) {
    const origin = new URL(credentials.url).origin.toLowerCase();
    const host = new URL(origin).host;
    const authorization = `Basic ${Buffer.from(`${credentials.user}:${credentials.key}`).toString('base64')}`;
    const findings = [];
    const get = (url, withCredentials = true) => deps.http.send({ method: 'GET', url, headers: withCredentials ? { authorization } : {} });
    const line = (path, outcome, where = host) => `GET ${where}${path} → ${checks_describeOutcome(outcome)}`;
    // Round 1. The site check sends no credentials.
    const [tenant, myself, permissions] = await Promise.all([
        get(`${origin}/_edge/tenant_info`, false),
        get(`${origin}/rest/api/3/myself`),
        get(`${origin}/rest/api/3/mypermissions?permissions=USER_PICKER`),
    ]);
    // J2: the site.
    const tenantEvidence = [line('/_edge/tenant_info', tenant)];
    const moved = redirectOrigin(tenant) ?? redirectOrigin(myself);
    const cloudId = jsonBody(tenant, tenantInfoSchema)?.cloudId;
    const siteReason = inconclusiveReason(tenant, host);
    if (moved) {
        findings.push((0,src_findings/* finding */.gk)('jira.site', 'error', `The Jira site ${origin} redirects to ${moved}; it was probably renamed. The credentials were not sent there.`, {
            subject: 'jira_credentials.url',
            evidence: tenantEvidence,
            fix: `If ${moved} is your Jira site, set jira_credentials.url to ${moved}.`,
        }));
        return findings;
    }
    if (checks_status(tenant) === 404 ||
        (tenant.kind === 'response' && tenant.headers['atl-missing-tcs'] !== undefined)) {
        findings.push((0,src_findings/* finding */.gk)('jira.site', 'error', `There is no Jira Cloud site at ${origin}.`, {
            subject: 'jira_credentials.url',
            evidence: tenantEvidence,
            fix: 'Check the site name: it is the address you open Jira with, https://<site>.atlassian.net.',
        }));
        return findings;
    }
    if (checks_status(tenant) === 403) {
        findings.push((0,src_findings/* finding */.gk)('jira.site', 'inconclusive', `${origin} refused the site request; it may allow access only from listed IP addresses.`, {
            subject: 'jira_credentials.url',
            evidence: tenantEvidence,
            fix: (0,entitle/* allowlistFix */.Z4)('the Jira site'),
        }));
    }
    else if (siteReason) {
        findings.push((0,src_findings/* finding */.gk)('jira.site', 'inconclusive', siteReason.message, {
            subject: 'jira_credentials.url',
            evidence: tenantEvidence,
            fix: siteReason.fix,
        }));
    }
    else if (cloudId === undefined) {
        findings.push((0,src_findings/* finding */.gk)('jira.site', 'error', `${origin} did not answer as an Atlassian Cloud site does.`, {
            subject: 'jira_credentials.url',
            evidence: tenantEvidence,
            fix: 'Set jira_credentials.url to your Jira Cloud site, https://<site>.atlassian.net.',
        }));
        return findings;
    }
    else {
        findings.push((0,src_findings/* finding */.gk)('jira.site', 'pass', `${origin} is a Jira Cloud site.`, {
            subject: 'jira_credentials.url',
            evidence: tenantEvidence,
        }));
    }
    // J3: authentication. Pass only on 200 with an accountId and no failing login reason.
    const myselfEvidence = [line('/rest/api/3/myself', myself)];
    const me = jsonBody(myself, myselfSchema);
    const myselfFailure = failedLogin(myself);
    const denied = myself.kind === 'response' ? myself.headers['x-authentication-denied-reason'] : undefined;
    let authenticated = false;
    if (checks_status(myself) === 200 && me && !myselfFailure) {
        authenticated = true;
        findings.push((0,src_findings/* finding */.gk)('jira.auth', 'pass', 'The Jira credentials authenticate.', {
            subject: 'jira_credentials.key',
            evidence: myselfEvidence,
        }));
    }
    else if (denied !== undefined || myselfFailure === 'AUTHENTICATION_DENIED') {
        const login = /login-url=(https:\/\/[a-z0-9.-]+\.atlassian\.net\/[^\s;,]*)/i.exec(denied ?? '')?.[1];
        findings.push((0,src_findings/* finding */.gk)('jira.captcha', 'error', 'Jira refuses these credentials until someone signs in through the browser: too many failed logins triggered a CAPTCHA.', {
            subject: 'jira_credentials.user',
            evidence: myselfEvidence,
            fix: `Sign in once as that user at ${login ?? `${origin}/login.jsp`} and solve the CAPTCHA, then run again. Check the key first, so the failures do not start again.`,
        }));
    }
    else if (checks_status(myself) === 401 || myselfFailure === 'AUTHENTICATED_FAILED') {
        findings.push(await explainUnauthorized(cloudId, myselfEvidence, get));
    }
    else if (checks_status(myself) === 403) {
        findings.push((0,src_findings/* finding */.gk)('jira.auth', 'inconclusive', 'Jira refused the request without saying the credentials are wrong; the site may allow access only from listed IP addresses.', {
            subject: 'jira_credentials.url',
            evidence: myselfEvidence,
            fix: (0,entitle/* allowlistFix */.Z4)('the Jira site'),
        }));
    }
    else {
        const reason = inconclusiveReason(myself, host);
        findings.push((0,src_findings/* finding */.gk)('jira.auth', 'inconclusive', reason?.message ?? `Jira answered HTTP ${checks_status(myself) ?? '?'} without an account.`, {
            subject: 'jira_credentials.key',
            evidence: myselfEvidence,
            fix: reason?.fix ?? 'Run again; if it persists, check the site and the credentials.',
        }));
    }
    if (!authenticated)
        return findings;
    // J4: identity.
    if (me?.accountType !== undefined && me.accountType !== 'atlassian') {
        findings.push((0,src_findings/* finding */.gk)('jira.account', 'error', 'The Jira credentials belong to an account that is not a regular Atlassian user account.', {
            subject: 'jira_credentials.user',
            evidence: myselfEvidence,
        }));
    }
    else if (me?.active === false) {
        findings.push((0,src_findings/* finding */.gk)('jira.account', 'error', 'The Jira account is deactivated.', {
            subject: 'jira_credentials.user',
            evidence: myselfEvidence,
        }));
    }
    else {
        findings.push((0,src_findings/* finding */.gk)('jira.account', 'pass', 'The Jira account is an active user account.', {
            subject: 'jira_credentials.user',
        }));
    }
    // J6: Browse users and groups. A failing login reason makes any status an authentication failure.
    const permissionEvidence = [line('/rest/api/3/mypermissions?permissions=USER_PICKER', permissions)];
    const havePermission = jsonBody(permissions, permissionsSchema)?.permissions.USER_PICKER.havePermission;
    if (failedLogin(permissions)) {
        findings.push((0,src_findings/* finding */.gk)('jira.auth', 'error', 'Jira rejected the credentials on the permissions request (it answered as for an anonymous user).', {
            subject: 'jira_credentials.key',
            evidence: permissionEvidence,
            fix: AUTH_FIX,
        }));
        return findings;
    }
    const permissionReason = inconclusiveReason(permissions, host);
    if (havePermission === true) {
        findings.push((0,src_findings/* finding */.gk)('jira.browse_users', 'pass', 'The account has the global permission Browse users and groups.', {
            evidence: permissionEvidence,
        }));
    }
    else if (havePermission === false) {
        findings.push((0,src_findings/* finding */.gk)('jira.browse_users', 'warning', 'The account lacks the global permission Browse users and groups, which reading other users needs.', { evidence: permissionEvidence }));
    }
    else {
        findings.push((0,src_findings/* finding */.gk)('jira.browse_users', 'inconclusive', permissionReason?.message ?? 'Could not read the account’s global permissions.', {
            evidence: permissionEvidence,
            fix: permissionReason?.fix ?? 'Run again.',
        }));
    }
    // J7: email visibility of other users.
    findings.push(await checkEmailVisibility(origin, host, me?.accountId, deps, get));
    // J8: expiry cannot be read.
    findings.push((0,src_findings/* finding */.gk)('jira.token_expiry', 'notice', 'API tokens expire (at most a year after creation), and the expiry date cannot be read through the API.', { subject: 'jira_credentials.key' }));
    return findings;
}
async function explainUnauthorized(cloudId, evidence, get) {
    // J3b: a scoped token is refused on the site but accepted through the gateway for the same tenant.
    if (cloudId) {
        const path = `/ex/jira/${cloudId}/rest/api/3/myself`;
        const gateway = await get(`https://${JIRA_GATEWAY_HOST}${path}`);
        evidence.push(`GET ${JIRA_GATEWAY_HOST}${path} → ${checks_describeOutcome(gateway)}`);
        if (gateway.kind === 'response' && gateway.status === 200 && !failedLogin(gateway)) {
            return (0,src_findings/* finding */.gk)('jira.scoped_token', 'error', 'jira_credentials.key is an API token with scopes: the site refuses it and only the api.atlassian.com gateway accepts it. Entitle calls the site, so it needs a classic API token.', {
                subject: 'jira_credentials.key',
                evidence,
                fix: 'Create a classic API token ("Create API token", not "with scopes") at https://id.atlassian.com/manage-profile/security/api-tokens and store it as jira_credentials.key.',
            });
        }
    }
    return (0,src_findings/* finding */.gk)('jira.auth', 'error', 'Jira rejected the credentials: the user is not the token owner’s email, or the token is wrong, expired or revoked.', { subject: 'jira_credentials.key', evidence, fix: AUTH_FIX });
}
async function checkEmailVisibility(origin, host, ownAccountId, deps, get) {
    // The token owner's own email is always visible to itself, so it proves nothing.
    const sample = [...new Set(await deps.memberAccountIds)]
        .filter((id) => id !== ownAccountId)
        .slice(0, EMAIL_SAMPLE_SIZE);
    if (sample.length === 0) {
        return (0,src_findings/* finding */.gk)('jira.email_visibility', 'notice', 'Email visibility was not checked: no Bitbucket workspace members other than the token owner were available to sample.', {
            fix: 'Nothing to do unless email matching matters; the Bitbucket findings say why no members were read.',
        });
    }
    const query = sample.map((id) => `accountId=${encodeURIComponent(id)}`).join('&');
    const path = `/rest/api/3/user/bulk?maxResults=${sample.length}&${query}`;
    const outcome = await get(`${origin}${path}`);
    const evidence = [
        `GET ${host}/rest/api/3/user/bulk (${sample.length} members) → ${checks_describeOutcome(outcome)}`,
    ];
    if (failedLogin(outcome)) {
        return (0,src_findings/* finding */.gk)('jira.auth', 'error', 'Jira rejected the credentials on the user lookup.', {
            subject: 'jira_credentials.key',
            evidence,
            fix: AUTH_FIX,
        });
    }
    const users = jsonBody(outcome, bulkUsersSchema);
    if (!users) {
        const reason = inconclusiveReason(outcome, host);
        return (0,src_findings/* finding */.gk)('jira.email_visibility', reason ? 'inconclusive' : 'warning', reason?.message ?? `Jira did not return the sampled users (HTTP ${checks_status(outcome) ?? '?'}).`, {
            evidence,
            fix: reason?.fix ?? 'Grant the account the global permission Browse users and groups.',
        });
    }
    const found = users.values.filter((u) => sample.includes(u.accountId));
    const withEmail = found.filter((u) => (u.emailAddress ?? '') !== '').length;
    if (withEmail === 0) {
        return (0,src_findings/* finding */.gk)('jira.email_visibility', 'warning', `None of the ${found.length} sampled Bitbucket members came back with an email address, so Entitle cannot match them by email.`, {
            evidence,
            fix: "Emails are hidden by each user's profile visibility. An organization admin can make them visible (admin.atlassian.com → the managed accounts' profile visibility), or users can set email visibility to Anyone.",
        });
    }
    return (0,src_findings/* finding */.gk)('jira.email_visibility', 'notice', `${withEmail} of ${found.length} sampled Bitbucket members have an email address visible to the account.`, {
        evidence,
        fix: 'Members without a visible email cannot be matched by Entitle; their profile visibility hides it.',
    });
}

;// CONCATENATED MODULE: ./src/version.ts
/** The action's version, sent in the User-Agent. A test keeps it equal to package.json's. */
const VERSION = '0.1.0';
const USER_AGENT = `entitle-bitbucket-check/${VERSION} (GitHub Action; checks Entitle's Bitbucket credentials)`;

;// CONCATENATED MODULE: ./src/remote.ts
/**
 * The remote half of the engine: builds the one HTTP client from the options and runs the Bitbucket
 * and Jira checks concurrently. Loaded only for full runs, so an offline run never loads undici.
 */





/** Per-attempt cap; the run's deadline (timeout-seconds) bounds everything together. */
const REQUEST_TIMEOUT_MS = 20_000;
function createRemoteChecks(options, deps) {
    return async (integration, context) => {
        const http = createHttpClient({
            dispatcher: deps.dispatcher ?? createDefaultDispatcher(),
            deadline: Date.now() + options.timeoutSeconds * 1000,
            requestTimeoutMs: Math.min(REQUEST_TIMEOUT_MS, options.timeoutSeconds * 1000),
            maxRetries: options.maxRetries,
            userAgent: USER_AGENT,
            log: deps.log,
            ...(deps.onExchange ? { onExchange: deps.onExchange } : {}),
            ...(deps.backoffBaseMs !== undefined ? { backoffBaseMs: deps.backoffBaseMs } : {}),
        });
        const bitbucket = checkBitbucket(integration, {
            ...(options.workspace ? { workspace: options.workspace } : {}),
            probeWriteScopes: options.probeWriteScopes,
        }, { http });
        const jira = jiraChecks(integration.jira_credentials, context.jiraRejected, options.jira, () => checkJira(integration.jira_credentials, {
            http,
            memberAccountIds: bitbucket.memberAccountIds,
        }));
        const [bitbucketFindings, jiraFindings] = await Promise.all([bitbucket.findings, jira]);
        return [...bitbucketFindings, ...jiraFindings];
    };
}
async function jiraChecks(credentials, rejected, mode, run) {
    if (mode === 'skip') {
        return [
            (0,src_findings/* finding */.gk)('jira.skipped', 'notice', '`jira: skip`: no request was sent to Jira.', {
                fix: 'Set `jira: auto` to check jira_credentials.',
            }),
        ];
    }
    if (rejected) {
        return [
            (0,src_findings/* finding */.gk)('jira.skipped', mode === 'required' ? 'error' : 'notice', 'Jira was not contacted because jira_credentials has structure errors.', {
                fix: 'Fix the jira_credentials findings in the document section.',
            }),
        ];
    }
    if (credentials == null) {
        return mode === 'required'
            ? [
                (0,src_findings/* finding */.gk)('jira.absent', 'error', 'The document has no jira_credentials, and `jira: required` asks for them.', { subject: 'jira_credentials' }),
            ]
            : [
                (0,src_findings/* finding */.gk)('jira.absent', 'notice', 'No jira_credentials: Entitle cannot read the email addresses Bitbucket hides, so matching users by email is off.', { subject: 'jira_credentials' }),
            ];
    }
    return run();
}


/***/ })

};
