export const id = 51;
export const ids = [51];
export const modules = {

/***/ 4051:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  replayReport: () => (/* binding */ replayReport)
});

// UNUSED EXPORTS: replaySetup

// EXTERNAL MODULE: ./src/bitbucket/plan.ts
var plan = __webpack_require__(890);
// EXTERNAL MODULE: ./src/findings.ts
var findings = __webpack_require__(1001);
// EXTERNAL MODULE: ./src/structure/check-structure.ts + 5 modules
var check_structure = __webpack_require__(6318);
// EXTERNAL MODULE: ./src/net/network-codes.ts
var network_codes = __webpack_require__(546);
// EXTERNAL MODULE: ./src/net/outcome.ts
var outcome = __webpack_require__(8963);
// EXTERNAL MODULE: ./src/transcript/pseudonyms.ts
var pseudonyms = __webpack_require__(3015);
;// CONCATENATED MODULE: ./src/transcript/replay-client.ts
/**
 * Replays a transcript: an HTTP client that answers each request from what was recorded, with no
 * network. Requests are matched by method, host and path as the transcript writes them; the values in
 * a replayed run are the transcript's pseudonyms already, so they are matched as they are. Of the
 * attempts of one request, the last is what the checks saw. A request the transcript lacks is
 * answered "not recorded", which leaves the checks that need it not checked.
 */



/** Names that are already pseudonyms: every value stands for itself. */
class AsRecorded extends pseudonyms/* Pseudonyms */._n {
    of(_kind, value) {
        return value;
    }
}
const NOT_RECORDED = 'NOT_RECORDED';
function outcomeOf(entry) {
    const code = (0,outcome/* networkCodeOfLabel */.dU)(entry.outcome);
    if (code) {
        return { kind: 'network', attempts: 1, code, description: (0,network_codes/* describeNetworkCode */.PO)(code) };
    }
    if (entry.outcome === 'timeout')
        return { kind: 'timeout', attempts: 1, timeoutMs: outcome/* REQUEST_TIMEOUT_MS */.j2 };
    if (entry.outcome !== 'response')
        return { kind: 'deadline', attempts: 1 };
    const kind = entry.bodyKind ?? 'empty';
    const body = kind === 'json'
        ? { kind: 'json', value: entry.body }
        : kind === 'text'
            ? { kind: 'text', text: String(entry.body ?? '') }
            : { kind: kind === 'too-large' || kind === 'invalid-json' ? kind : 'empty' };
    return { kind: 'response', status: entry.status ?? 0, headers: entry.headers ?? {}, body, attempts: 1 };
}
function createReplayClient(transcript, bitbucketTemplates) {
    const names = new AsRecorded();
    const recorded = new Map();
    // The last attempt of each request is what the checks saw; earlier ones were retried.
    for (const entry of transcript.requests)
        recorded.set(`${entry.method} ${entry.host}${entry.path}`, entry);
    return {
        async send(request) {
            const { host, path } = (0,pseudonyms/* requestKey */.lq)(request, bitbucketTemplates, names);
            const entry = recorded.get(`${request.method} ${host}${path}`);
            if (!entry)
                return {
                    kind: 'network',
                    attempts: 1,
                    code: NOT_RECORDED,
                    description: 'not recorded in the transcript',
                };
            return outcomeOf(entry);
        },
    };
}

// EXTERNAL MODULE: ./src/run/remote.ts + 33 modules
var run_remote = __webpack_require__(6297);
;// CONCATENATED MODULE: ./src/run/replay-run.ts
/**
 * A run answered from a transcript instead of the network (the CLI's `--replay`): the recorded
 * options, a document that stands for the recorded one, and the same remote checks.
 */





/** The recorded document's own findings are structure findings: made again with their own words. */
const { finding: structureFinding } = (0,findings/* defineFindings */.IP)(check_structure/* STRUCTURE_WORDS */.Mn);
/** What a replay runs on: the recorded options, and a document that stands for the recorded one. */
function replaySetup(transcript) {
    const o = transcript.options;
    const site = transcript.requests.find((r) => r.host.endsWith('.atlassian.net'))?.host ?? 'site-1.atlassian.net';
    const stand = 'ATATT3xFfGF0ReplayStandInNotARealToken0000000000';
    return {
        options: {
            timeoutSeconds: Number(o.timeoutSeconds ?? 60),
            maxRetries: 0,
            workspace: typeof o.workspace === 'string' ? o.workspace : undefined,
            probeWriteScopes: o.probeWriteScopes !== false,
            jira: o.jira === 'skip' || o.jira === 'required' ? o.jira : 'auto',
        },
        integration: {
            email: 'email-1@example.invalid',
            app_token: stand,
            ...(transcript.document.jira && !transcript.document.jiraRejected
                ? {
                    jira_credentials: {
                        url: `https://${site}`,
                        key: `${stand}Jira`,
                        user: 'email-1@example.invalid',
                    },
                }
                : {}),
        },
        structure: transcript.structure.map((s) => structureFinding(s.id, s.severity, s.message, s.subject ? { subject: s.subject } : {})),
    };
}
/** The report of a replayed run: the recorded document's own findings, then the remote checks against the transcript. */
async function replayReport(transcript, log) {
    const { options, integration, structure } = replaySetup(transcript);
    if (transcript.requests.length === 0 && !structure.some((f) => f.id === 'structure.valid')) {
        return (0,findings/* buildReport */.FK)(structure);
    }
    const remote = (0,run_remote.createRemoteChecks)(options, {
        log,
        http: createReplayClient(transcript, plan/* BITBUCKET_TEMPLATES */.s4),
    });
    return (0,findings/* buildReport */.FK)([
        ...structure,
        ...(await remote(integration, { jiraRejected: transcript.document.jiraRejected })),
    ]);
}


/***/ }),

/***/ 3015:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _n: () => (/* binding */ Pseudonyms),
/* harmony export */   lq: () => (/* binding */ requestKey)
/* harmony export */ });
/* unused harmony export templateQuery */
/** Stable pseudonyms, one series per kind, so the same value always reads the same. */
class Pseudonyms {
    maps = new Map();
    of(kind, value) {
        const map = this.maps.get(kind) ?? new Map();
        this.maps.set(kind, map);
        if (!map.has(value))
            map.set(value, this.format(kind, map.size + 1));
        return map.get(value);
    }
    format(kind, n) {
        if (kind === 'email')
            return `email-${n}@example.invalid`;
        if (kind === 'uuid')
            return `{uuid-${n}}`;
        if (kind === 'site')
            return `site-${n}.atlassian.net`;
        if (kind === 'slug')
            return `workspace-${n}`;
        return `${kind}-${n}`;
    }
}
/** Bitbucket's path templates, from the plan, with what each parameter is. */
const BITBUCKET_PARAMS = {
    workspace: 'workspace',
    repo_slug: 'repo',
    selected_user: 'random',
    selected_user_id: 'random',
};
function templatePath(path, templates, names) {
    for (const template of templates) {
        const pattern = template.replace(/\{(\w+)\}/g, '([^/]+)');
        const match = new RegExp(`^${pattern}$`).exec(path);
        if (!match)
            continue;
        let i = 0;
        return template.replace(/\{(\w+)\}/g, (_, name) => {
            const value = decodeURIComponent(match[++i]);
            const kind = BITBUCKET_PARAMS[name];
            // The probes' own constants (app key, property name) are kept; ids are named or, if random, {uuid}.
            return kind === 'random' ? '{uuid}' : kind ? names.of(kind, value) : value;
        });
    }
    return '(a path outside the plan)';
}
/** The query keys the checks send or Atlassian's pagers use; any other key is named, as a value is. */
const QUERY_KEYS = new Set([
    'administrator',
    'role',
    'page',
    'pagelen',
    'permissions',
    'maxResults',
    'startAt',
    'accountId',
    'q',
    'cursor',
]);
/** The values the checks themselves send: numbers and these words. Any other value is named. */
const QUERY_WORDS = new Set(['true', 'false', 'admin', 'USER_PICKER']);
/**
 * A query with no value of the server's: keys from the list, numbers and the checks' own words kept,
 * account ids named as users, every other key and value named in its own series (`key-1=query-1`).
 * Applied to names that are already pseudonyms it changes nothing, so a replay matches.
 */
function templateQuery(search, names) {
    const query = new URLSearchParams(search);
    const kept = [...query].map(([key, value]) => {
        const shownKey = QUERY_KEYS.has(key) ? key : names.of('key', key);
        if (key === 'accountId')
            return `${key}=${names.of('user', value)}`;
        const shown = /^\d{1,6}$/.test(value) || QUERY_WORDS.has(value) ? value : names.of('query', value);
        return `${shownKey}=${shown}`;
    });
    return kept.length ? `?${kept.join('&')}` : '';
}
/** The request as a transcript shows it: host and path with their identifiers named. */
function requestKey(request, bitbucketTemplates, names) {
    const url = new URL(request.url);
    const host = url.hostname.endsWith('.atlassian.net')
        ? names.of('site', url.hostname.toLowerCase())
        : url.hostname;
    const path = url.hostname === 'api.bitbucket.org'
        ? `/2.0${templatePath(url.pathname.replace(/^\/2\.0/, ''), bitbucketTemplates, names)}`
        : url.pathname
            .replace(/^\/ex\/jira\/([^/]+)/, (_, id) => `/ex/jira/${names.of('cloud', id)}`)
            .replace(/^(\/admin\/[a-z-]+\/v\d+\/orgs)\/([^/]+)/, (_, at, id) => `${at}/${names.of('org', id)}`);
    return { host, path: `${path}${templateQuery(url.search, names)}` };
}


/***/ })

};
