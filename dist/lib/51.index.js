export const id = 51;
export const ids = [51];
export const modules = {

/***/ 4051:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  replayReport: () => (/* binding */ replayReport)
});

// UNUSED EXPORTS: replayOptions, replayStructure

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

// EXTERNAL MODULE: ./src/run/judge-document.ts + 1 modules
var judge_document = __webpack_require__(2961);
// EXTERNAL MODULE: ./src/run/options.ts + 1 modules
var options = __webpack_require__(3577);
;// CONCATENATED MODULE: ./src/run/replay-run.ts
/**
 * A run answered from a transcript instead of the network (the CLI's `--replay`): the recorded
 * options, read as inputs are; a document that stands for the recorded one; the recorded day; and the
 * same judging as a run (judge-document.ts), so a replay gives the run's verdict.
 */






/** The recorded document's own findings are structure findings: made again with their own words. */
const { finding: structureFinding } = (0,findings/* defineFindings */.IP)(check_structure/* STRUCTURE_WORDS */.Mn);
const STAND_IN = 'ATATT3xFfGF0ReplayStandInNotARealToken0000000000';
/** The account's email is named first when a run records (record-run.ts). */
const STAND_IN_EMAIL = 'email-1@example.invalid';
/** The recorded options, read as a run reads its inputs: a transcript is a file from anywhere. */
function replayOptions(transcript) {
    const recorded = transcript.options;
    const camel = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
    const get = (name) => {
        if (name === 'atlassian-org-id')
            return recorded.organization === true ? 'org-1' : '';
        if (name === 'atlassian-admin-key')
            return recorded.organization === true ? STAND_IN : '';
        if (name === 'max-retries')
            return '0';
        const value = recorded[camel(name)];
        return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
            ? String(value)
            : '';
    };
    const read = (0,options/* readInputs */.Ko)(get);
    return read.ok ? read.options : undefined;
}
/** What a replay runs on: a document that stands for the recorded one, with its findings. */
function replayStructure(transcript) {
    const site = transcript.requests.find((r) => r.host.endsWith('.atlassian.net'))?.host ?? 'site-1.atlassian.net';
    const findings = transcript.structure.map((s) => structureFinding(s.id, s.severity, s.message, s.subject ? { subject: s.subject } : {}));
    const usable = findings.some((f) => f.id === 'structure.valid') || transcript.requests.length > 0;
    const { jira, jiraRejected } = transcript.document;
    const integration = {
        email: STAND_IN_EMAIL,
        app_token: STAND_IN,
        ...(jira && !jiraRejected
            ? { jira_credentials: { url: `https://${site}`, key: `${STAND_IN}Jira`, user: STAND_IN_EMAIL } }
            : {}),
    };
    return {
        findings,
        ...(usable ? { integration } : {}),
        ...(jiraRejected ? { jiraRejected: true } : {}),
    };
}
/** The report of a replayed run; undefined when the recorded options are not valid inputs. */
async function replayReport(transcript, log) {
    const options = replayOptions(transcript);
    if (!options)
        return undefined;
    const now = transcript.day ? new Date(`${transcript.day}T12:00:00Z`) : new Date();
    const { report } = await (0,judge_document/* judgeDocument */.h)(replayStructure(transcript), options, { mask: () => { }, log }, {
        scrub: (text) => text,
        now,
        checksDeadlineAt: Date.now() + options.timeoutSeconds * 1000,
        watchdogAt: Date.now() + options.timeoutSeconds * 1000 + 1_500,
        record: false,
        http: createReplayClient(transcript, plan/* BITBUCKET_TEMPLATES */.s4),
    });
    return report;
}


/***/ }),

/***/ 3015:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _n: () => (/* binding */ Pseudonyms),
/* harmony export */   lq: () => (/* binding */ requestKey)
/* harmony export */ });
/* unused harmony export templateQuery */
/* harmony import */ var _bitbucket_plan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(890);
/* harmony import */ var _jira_gather_jira_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8634);
/* harmony import */ var _organization_org_tokens_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6528);
/**
 * Every identifier in a transcript becomes a stable pseudonym (workspace-1, repo-1, user-3, cloud-1,
 * site-1.atlassian.net, email-1@example.invalid), and the random ids of the probes become {uuid}.
 */



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
/** The values the plan itself puts in a Bitbucket path; any other value there is named. */
const BITBUCKET_WORDS = new Set([_bitbucket_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .PROBE_APP_KEY */ .jt, _bitbucket_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .PROBE_PROPERTY */ .zg]);
/** Every segment of the paths the plans send to Jira and the organization's API. */
const PLAN_SEGMENTS = new Set([..._jira_gather_jira_js__WEBPACK_IMPORTED_MODULE_1__/* .JIRA_PLAN */ .$D.map((r) => r.path), _organization_org_tokens_js__WEBPACK_IMPORTED_MODULE_2__/* .ORG_TOKENS_TEMPLATE */ .H6].flatMap((path) => path.split('?')[0].split('/').filter((segment) => !segment.startsWith('{'))));
/**
 * A path on any host but Bitbucket's API: the plans' own segments kept, the id after `/orgs/` and
 * `/ex/jira/` named as an organization and a cloud, any other segment named in its own series.
 */
function plainPath(path, names) {
    const segments = path.split('/');
    return segments
        .map((segment, i) => {
        const before = segments[i - 1];
        if (segment === '' || (PLAN_SEGMENTS.has(segment) && before !== 'orgs'))
            return segment;
        if (before === 'orgs')
            return names.of('org', segment);
        if (before === 'jira' && segments[i - 2] === 'ex')
            return names.of('cloud', segment);
        return names.of('segment', segment);
    })
        .join('/');
}
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
            if (kind === 'random')
                return '{uuid}';
            if (kind)
                return names.of(kind, value);
            return BITBUCKET_WORDS.has(value) ? value : names.of('segment', value);
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
        // The organization's search by the account's email: named as emails are in bodies.
        if (key === 'q' && value.includes('@'))
            return `${key}=${names.of('email', value.toLowerCase())}`;
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
        : plainPath(url.pathname, names);
    return { host, path: `${path}${templateQuery(url.search, names)}` };
}


/***/ })

};
