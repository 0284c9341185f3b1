export const id = 535;
export const ids = [535,168];
export const modules = {

/***/ 890:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C3: () => (/* binding */ IMPOSSIBLE_PERMISSION),
/* harmony export */   Kn: () => (/* binding */ probes),
/* harmony export */   dN: () => (/* binding */ fillPath),
/* harmony export */   jt: () => (/* binding */ PROBE_APP_KEY),
/* harmony export */   k5: () => (/* binding */ REQUIRED_SCOPES),
/* harmony export */   s4: () => (/* binding */ BITBUCKET_TEMPLATES),
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
        answer: 'object',
        reads: 'account',
        refusalJudged: false,
        content: false,
        explained: 'any',
    },
    workspaces: {
        id: 'workspaces',
        method: 'GET',
        operation: '/user/workspaces',
        proves: ['read:workspace:bitbucket'],
        answer: 'page',
        reads: 'workspaces',
        refusalJudged: true,
        content: false,
        explained: 'any',
    },
    'workspace-members': {
        id: 'workspace-members',
        method: 'GET',
        operation: '/workspaces/{workspace}/members',
        proves: ['read:workspace:bitbucket'],
        answer: 'page',
        reads: 'members',
        refusalJudged: true,
        content: true,
        explained: [403],
    },
    'admin-repositories': {
        id: 'admin-repositories',
        method: 'GET',
        operation: '/repositories/{workspace}',
        proves: ['read:repository:bitbucket'],
        answer: 'page',
        reads: 'repositories',
        refusalJudged: true,
        content: true,
        explained: 'any',
    },
    'repository-permissions': {
        id: 'repository-permissions',
        method: 'GET',
        operation: '/repositories/{workspace}/{repo_slug}/permissions-config/users',
        proves: ['read:repository:bitbucket'],
        answer: 'page',
        refusalJudged: true,
        content: true,
        explained: [403],
    },
    'branch-restrictions': {
        id: 'branch-restrictions',
        method: 'GET',
        operation: '/repositories/{workspace}/{repo_slug}/branch-restrictions',
        proves: ['admin:repository:bitbucket'],
        answer: 'page',
        refusalJudged: true,
        content: true,
        explained: [403],
    },
    'write-permission': {
        id: 'write-permission',
        method: 'PUT',
        operation: '/repositories/{workspace}/{repo_slug}/permissions-config/users/{selected_user_id}',
        proves: ['admin:repository:bitbucket', 'write:permission:bitbucket'],
        answer: 'object',
        refusalJudged: true,
        content: true,
        writeScope: 'write:permission:bitbucket',
        explained: [400, 402, 403, 404],
    },
    'delete-permission': {
        id: 'delete-permission',
        method: 'DELETE',
        operation: '/repositories/{workspace}/{repo_slug}/permissions-config/users/{selected_user_id}',
        proves: ['admin:repository:bitbucket', 'delete:permission:bitbucket'],
        answer: 'object',
        refusalJudged: true,
        content: true,
        writeScope: 'delete:permission:bitbucket',
        explained: [400, 403, 404],
    },
    'application-property': {
        id: 'application-property',
        method: 'GET',
        operation: '/users/{selected_user}/properties/{app_key}/{property_name}',
        proves: ['admin:workspace:bitbucket'],
        answer: 'object',
        refusalJudged: false,
        content: false,
        explained: [403, 404],
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
/** The path templates of Bitbucket's requests, for a transcript to name the values in a path. */
const BITBUCKET_TEMPLATES = Object.values(probes).map((p) => p.operation);


/***/ }),

/***/ 5535:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildTranscript: () => (/* binding */ buildTranscript),
  startRecording: () => (/* binding */ startRecording)
});

// EXTERNAL MODULE: ./src/bitbucket/plan.ts
var plan = __webpack_require__(890);
// EXTERNAL MODULE: ./src/net/outcome.ts
var net_outcome = __webpack_require__(8963);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/transcript/pseudonyms.ts
var pseudonyms = __webpack_require__(3015);
;// CONCATENATED MODULE: ./src/transcript/redaction.ts

const UUID = /\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}?/gi;
const EMAIL_IN_TEXT = /[^\s@"'<>(),;:]+@[^\s@"'<>(),;:]+\.[a-z]{2,}/gi;
const KEPT_HEADERS = [
    'content-type',
    'x-oauth-scopes',
    'x-accepted-oauth-scopes',
    'x-credential-type',
    'retry-after',
    'x-seraph-loginreason',
    'atl-missing-tcs',
    'x-authentication-denied-reason',
    'location',
];
/** Strings kept as received (then scrubbed), by key: what a verdict rests on. */
const KEPT_STRINGS = new Set(['type', 'message', 'permission', 'accountType', 'code']);
/** Strings that are identifiers: replaced by pseudonyms of their kind. */
const IDENTIFIERS = {
    slug: 'slug',
    account_id: 'user',
    accountId: 'user',
    uuid: 'uuid',
    cloudId: 'cloud',
    emailAddress: 'email',
};
/** A URL from a server: only its origin, and a Jira site's under its pseudonym. */
function originOnly(value, names) {
    const match = /https?:\/\/[^\s/;,?#]+/i.exec(value);
    if (!match)
        return value.replace(/\S*\/\/\S*/g, '(a URL)');
    // Server text: a URL that does not parse (`https://x:99999/`, `https://[::1`) is only "a URL".
    if (!URL.canParse(match[0]))
        return value.replace(/https?:\/\/\S*/gi, '(a URL)');
    const host = new URL(match[0]).hostname.toLowerCase();
    const shown = host.endsWith('.atlassian.net')
        ? names.of('site', host)
        : host.includes('bitbucket.org') || host === 'api.atlassian.com'
            ? host
            : '(another host)';
    return value.replace(/https?:\/\/\S*/gi, `https://${shown}`);
}
function redactHeaders(headers, names) {
    const kept = {};
    for (const name of KEPT_HEADERS) {
        const value = headers[name];
        if (value === undefined)
            continue;
        kept[name] =
            name === 'location' || name === 'x-authentication-denied-reason'
                ? originOnly(value, names)
                : value.replace(/[^A-Za-z0-9:;,=./_ +-]/g, '');
    }
    return kept;
}
/** A JSON body with every string redacted but the allow-list, identifiers named, next links templated. */
/** Deeper than any answer the checks read: what lies below is left out, never recursed into. */
const MAX_REDACTED_DEPTH = 32;
function redactJson(value, names, key = '', parentKey = '', depth = 0) {
    if (depth > MAX_REDACTED_DEPTH && value !== null && typeof value === 'object')
        return '(nested too deep)';
    if (Array.isArray(value))
        return value.map((v) => redactJson(v, names, key, parentKey, depth + 1));
    if (value !== null && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [
            k,
            redactJson(v, names, k, key, depth + 1),
        ]));
    }
    if (typeof value !== 'string')
        return value;
    if (key === 'slug')
        return names.of(parentKey === 'workspace' ? 'workspace' : 'repo', value);
    // Own properties only: a key named `constructor` must not find Object.prototype's.
    const kind = Object.hasOwn(IDENTIFIERS, key) ? IDENTIFIERS[key] : undefined;
    if (kind)
        return names.of(kind, value);
    // Only the workspace pager's next link is followed; it names nothing. Any other is redacted.
    if (key === 'next') {
        return /^https:\/\/api\.bitbucket\.org\/2\.0\/user\/workspaces\?/.test(value)
            ? value.replace(/\?.*$/, (q) => (0,pseudonyms/* templateQuery */.FY)(q, names))
            : '(redacted)';
    }
    if (KEPT_STRINGS.has(key) ||
        ((key === 'required' || key === 'granted' || key === 'errorMessages') && value.length < 200)) {
        // Kept text may still name someone: emails become pseudonyms, ids {uuid}.
        return value
            .replace(UUID, '{uuid}')
            .replace(EMAIL_IN_TEXT, (email) => names.of('email', email.toLowerCase()));
    }
    return '(redacted)';
}
/** A text body says something only through the phrases the checks know; nothing else is kept. */
const KNOWN_TEXT = [/Login failed due to incorrect login credentials or method\./i];
function redactBody(outcome, names) {
    const { body } = outcome;
    if (body.kind === 'json')
        return { bodyKind: 'json', body: redactJson(body.value, names) };
    if (body.kind === 'text') {
        const known = KNOWN_TEXT.map((p) => p.exec(body.text)?.[0]).find((m) => m !== undefined);
        return { bodyKind: 'text', body: known ?? '(redacted text)' };
    }
    return { bodyKind: body.kind };
}

// EXTERNAL MODULE: ./src/transcript/transcript-format.ts
var transcript_format = __webpack_require__(9168);
;// CONCATENATED MODULE: ./src/transcript/recorder.ts
/**
 * Records each attempt of a run as it ends, for a transcript: the request with its identifiers named,
 * the answer redacted. Whatever is left is scrubbed of the credentials in every form when the
 * transcript is made.
 */





/** Records each attempt as it ends; nothing is kept of it but what the transcript shows. */
function createRecorder(bitbucketTemplates) {
    const names = new pseudonyms/* Pseudonyms */._n();
    const requests = [];
    let failure;
    const entryOf = (request, outcome, durationMs) => {
        const { host, path } = (0,pseudonyms/* requestKey */.lq)(request, bitbucketTemplates, names);
        const entry = {
            method: request.method,
            host,
            path,
            durationMs,
            outcome: outcome.kind === 'network' ? (0,net_outcome/* outcomeLabel */.FR)(outcome) : outcome.kind,
        };
        if (outcome.kind === 'response') {
            Object.assign(entry, {
                status: outcome.status,
                headers: redactHeaders(outcome.headers, names),
                ...redactBody(outcome, names),
            });
        }
        return entry;
    };
    return {
        names,
        get failure() {
            return failure;
        },
        record(request, outcome, durationMs) {
            // Runs inside the HTTP client's outcome callback: whatever a server sent, it must not throw.
            try {
                requests.push(entryOf(request, outcome, durationMs));
            }
            catch (error) {
                failure ??= error instanceof Error ? error.name : 'error';
            }
        },
        transcript(context, scrub) {
            const text = JSON.stringify({ format: transcript_format.TRANSCRIPT_FORMAT, version: version/* VERSION */.x, ...context, requests });
            // The last line of defence: any credential, in any form, still in it is scrubbed.
            return JSON.parse(scrub(text));
        },
    };
}

// EXTERNAL MODULE: ./src/run/options.ts + 1 modules
var run_options = __webpack_require__(3577);
;// CONCATENATED MODULE: ./src/run/record-run.ts
/**
 * A run's transcript: the recorder listens to every attempt, and once the report is made the
 * transcript is built from both: options without credentials, the document's own findings, the
 * requests, the verdict. The host writes it where it was asked to.
 */



function startRecording() {
    return createRecorder(plan/* BITBUCKET_TEMPLATES */.s4);
}
function buildTranscript(recorder, run) {
    const { options, structure, report, scrub } = run;
    const transcript = recorder.transcript({
        options: {
            ...(0,run_options/* printableOptions */.W3)(options),
            workspace: options.workspace ? recorder.names.of('workspace', options.workspace) : undefined,
            transcript: undefined,
        },
        structure: report.findings
            .filter((f) => f.section === 'structure')
            .map((f) => ({
            id: f.id,
            severity: f.severity,
            // A structure message names a Jira site at most: under its pseudonym, as in the requests.
            message: f.message.replace(/[a-z0-9-]+\.atlassian\.net/gi, (host) => recorder.names.of('site', host.toLowerCase())),
            ...(f.subject ? { subject: f.subject } : {}),
        })),
        document: {
            jira: structure?.integration?.jira_credentials != null || structure?.jiraRejected === true,
            jiraRejected: structure?.jiraRejected === true,
        },
        verdict: {
            status: report.status,
            findings: report.findings.map((f) => ({ id: f.id, severity: f.severity })),
        },
    }, scrub);
    return transcript;
}


/***/ }),

/***/ 3015:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FY: () => (/* binding */ templateQuery),
/* harmony export */   _n: () => (/* binding */ Pseudonyms),
/* harmony export */   lq: () => (/* binding */ requestKey)
/* harmony export */ });
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
/** Query values that are short words or numbers are kept (role=admin, pagelen=100); ids are named. */
function templateQuery(search, names) {
    const query = new URLSearchParams(search);
    const kept = [...query].map(([key, value]) => {
        if (key === 'accountId')
            return `${key}=${names.of('user', value)}`;
        return `${key}=${/^[A-Za-z0-9_]{1,16}$/.test(value) ? value : '(redacted)'}`;
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


/***/ }),

/***/ 9168:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TRANSCRIPT_FORMAT: () => (/* binding */ TRANSCRIPT_FORMAT),
/* harmony export */   parseTranscript: () => (/* binding */ parseTranscript),
/* harmony export */   transcriptSchema: () => (/* binding */ transcriptSchema)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8816);
/* harmony import */ var _bitbucket_identifiers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7585);
/* harmony import */ var _structure_check_structure_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6318);
/**
 * The transcript format: what Bitbucket and Jira answered in a run, safe to attach to a public issue,
 * and replayable offline. Versioned and documented in docs/transcripts.md.
 */



const TRANSCRIPT_FORMAT = 1;
const entrySchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    method: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    host: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    path: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    durationMs: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
    outcome: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    status: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().optional(),
    headers: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).optional(),
    body: zod__WEBPACK_IMPORTED_MODULE_1__/* .unknown */ .L5J().optional(),
    bodyKind: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
});
const verdictSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    severity: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    message: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    subject: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
});
const transcriptSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    format: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(TRANSCRIPT_FORMAT),
    version: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    options: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .unknown */ .L5J()),
    /** The document's own findings (no values in them), replayed as they were. */
    structure: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(verdictSchema),
    /** Whether the document had jira_credentials, and whether they had structure errors. */
    document: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ jira: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(), jiraRejected: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY() }),
    requests: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(entrySchema),
    verdict: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ status: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), findings: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), severity: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() })) })
        .optional(),
});
/** A transcript read and validated; a clear reason when it is not one. */
function parseTranscript(text) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return { ok: false, reason: 'it is not JSON' };
    }
    const format = typeof value === 'object' && value !== null ? value.format : undefined;
    if (format === undefined) {
        return {
            ok: false,
            reason: "it is not a transcript: a transcript is the file a run writes with --record, or with the action's transcript input",
        };
    }
    if (format !== TRANSCRIPT_FORMAT) {
        return { ok: false, reason: `it is in another format than this version's (format ${TRANSCRIPT_FORMAT})` };
    }
    const result = transcriptSchema.safeParse(value);
    if (result.success) {
        const problem = untrusted(result.data);
        return problem ? { ok: false, reason: problem } : { ok: true, transcript: result.data };
    }
    const issue = result.error.issues[0];
    return {
        ok: false,
        reason: `${issue?.path.join('.') || 'the document'}: ${issue?.message ?? 'not a transcript'}`,
    };
}
const SEVERITIES = new Set(['pass', 'notice', 'warning', 'inconclusive', 'error']);
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const NOT_ONE_LINE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
/**
 * A transcript is a file from anywhere: it is held to what a run writes. Structure findings name
 * ids this version declares (own properties only), severities from the list, one-line messages; the
 * recorded workspace is a workspace ID. The reason names what is wrong, never the value.
 */
function untrusted(transcript) {
    for (const [i, f] of transcript.structure.entries()) {
        if (!Object.hasOwn(_structure_check_structure_js__WEBPACK_IMPORTED_MODULE_0__/* .STRUCTURE_WORDS */ .Mn, f.id))
            return `structure.${i}.id: not a structure finding of this version`;
        if (!SEVERITIES.has(f.severity))
            return `structure.${i}.severity: not a severity`;
        if (NOT_ONE_LINE.test(f.message) || NOT_ONE_LINE.test(f.subject ?? '')) {
            return `structure.${i}: a message that is not one line of text`;
        }
    }
    for (const [i, f] of (transcript.verdict?.findings ?? []).entries()) {
        if (!/^[a-z]+(\.[a-z_]+)+$/.test(f.id) || !SEVERITIES.has(f.severity))
            return `verdict.findings.${i}: not a finding`;
    }
    const { workspace } = transcript.options;
    if (workspace !== undefined && (typeof workspace !== 'string' || !(0,_bitbucket_identifiers_js__WEBPACK_IMPORTED_MODULE_2__/* .isSlug */ .u5)(workspace))) {
        return 'options.workspace: not a workspace ID';
    }
    return undefined;
}


/***/ })

};
