export const id = 51;
export const ids = [51];
export const modules = {

/***/ 78634:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $D: () => (/* binding */ JIRA_PLAN),
/* harmony export */   P: () => (/* binding */ JIRA_FIRST_ROUND),
/* harmony export */   _z: () => (/* binding */ gatherJira)
/* harmony export */ });
/* unused harmony export EMAIL_SAMPLE_SIZE */
/* harmony import */ var _net_outcome_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38963);
/* harmony import */ var _jira_evidence_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76686);
/* harmony import */ var _jira_facts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5460);
/**
 * Sends the Jira requests and records what came back; it judges nothing.
 *   round 1: the site (`/_edge/tenant_info`, no credentials), who am I (`/myself`), and the Browse
 *            users permission;
 *   round 2: after a 401 only, `/myself` through the api.atlassian.com gateway, to tell a scoped token
 *            from a wrong one; once authenticated, the emails of a sample of Bitbucket members.
 */



const EMAIL_SAMPLE_SIZE = 10;
/** Jira's requests, as data: where each goes, and when it is sent. */
const JIRA_PLAN = [
    { id: 'tenant-info', path: '/_edge/tenant_info', sent: 'always', credentials: false },
    { id: 'myself', path: '/rest/api/3/myself', sent: 'always', credentials: true },
    {
        id: 'permissions',
        path: '/rest/api/3/mypermissions?permissions=USER_PICKER',
        sent: 'always',
        credentials: true,
    },
    // Through the api.atlassian.com gateway, to tell a scoped token from a wrong one.
    {
        id: 'gateway-myself',
        path: '/ex/jira/{cloudId}/rest/api/3/myself',
        sent: 'after-rejection',
        credentials: true,
    },
    // The emails of a sample of Bitbucket members.
    { id: 'user-bulk', path: '/rest/api/3/user/bulk', sent: 'once-authenticated', credentials: true },
];
/** The site's requests sent at once (round 1): its widest wave, so the connections a run opens to it. */
const JIRA_FIRST_ROUND = JIRA_PLAN.filter((r) => r.sent === 'always').length;
async function gatherJira(credentials, deps) {
    const origin = new URL(credentials.url).origin.toLowerCase();
    const host = new URL(origin).host;
    const authorization = (0,_net_outcome_js__WEBPACK_IMPORTED_MODULE_1__/* .basicAuthorization */ .aR)(credentials.user, credentials.key);
    const get = async (url, shown, withCredentials = true) => {
        const headers = withCredentials ? { authorization } : {};
        const outcome = await deps.http.send({ method: 'GET', url, headers });
        return (0,_jira_facts_js__WEBPACK_IMPORTED_MODULE_0__/* .jiraFacts */ .Q1)(new URL(url).host, `GET ${shown}`, outcome);
    };
    const onSite = (path, withCredentials = true) => get(`${origin}${path}`, `${host}${path}`, withCredentials);
    const [tenant, myself, permissions] = (await Promise.all(JIRA_PLAN.filter((r) => r.sent === 'always').map((r) => onSite(r.path, r.credentials))));
    const round1 = {
        origin,
        host,
        tenant,
        myself,
        permissions,
        gateway: undefined,
        emails: undefined,
    };
    if ((0,_jira_evidence_js__WEBPACK_IMPORTED_MODULE_2__/* .siteEndsChecks */ .TD)((0,_jira_evidence_js__WEBPACK_IMPORTED_MODULE_2__/* .siteState */ .Zz)(round1)))
        return Object.freeze(round1);
    const cloudId = (0,_jira_evidence_js__WEBPACK_IMPORTED_MODULE_2__/* .cloudIdOf */ .ih)(round1);
    if ((0,_jira_evidence_js__WEBPACK_IMPORTED_MODULE_2__/* .authState */ .wh)(round1) === 'rejected' && cloudId) {
        const path = `/ex/jira/${cloudId}/rest/api/3/myself`;
        const gateway = await get(`https://${_jira_evidence_js__WEBPACK_IMPORTED_MODULE_2__/* .JIRA_GATEWAY_HOST */ .lz}${path}`, `${_jira_evidence_js__WEBPACK_IMPORTED_MODULE_2__/* .JIRA_GATEWAY_HOST */ .lz}${path}`);
        return Object.freeze({ ...round1, gateway });
    }
    if (!(0,_jira_evidence_js__WEBPACK_IMPORTED_MODULE_2__/* .usersReachable */ .cW)(round1))
        return Object.freeze(round1);
    // The token owner's own email is always visible to itself, so it proves nothing.
    const ownAccountId = (0,_jira_evidence_js__WEBPACK_IMPORTED_MODULE_2__/* .accountOf */ .XP)(round1)?.accountId;
    const sample = [...new Set(await deps.memberAccountIds)]
        .filter((id) => id !== ownAccountId)
        .slice(0, EMAIL_SAMPLE_SIZE);
    if (sample.length === 0)
        return Object.freeze({ ...round1, emails: { sample, lookup: undefined } });
    const query = sample.map((id) => `accountId=${encodeURIComponent(id)}`).join('&');
    const lookup = await get(`${origin}/rest/api/3/user/bulk?maxResults=${sample.length}&${query}`, `${host}/rest/api/3/user/bulk (${sample.length} members)`);
    return Object.freeze({ ...round1, emails: Object.freeze({ sample, lookup }) });
}


/***/ }),

/***/ 5460:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OZ: () => (/* binding */ CLOUD_ID),
/* harmony export */   Q1: () => (/* binding */ jiraFacts),
/* harmony export */   Yp: () => (/* binding */ JIRA_PHRASES),
/* harmony export */   _n: () => (/* binding */ JIRA_BODIES),
/* harmony export */   t_: () => (/* binding */ SITE_ORIGIN)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(92857);
/* harmony import */ var _net_body_fields_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(29509);
/* harmony import */ var _net_faults_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54026);
/* harmony import */ var _net_outcome_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(38963);
/* harmony import */ var _structure_jira_url_check_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(27000);
/**
 * Jira's answers, parsed once into typed facts: status, fault, the login verdict Jira gives in
 * X-Seraph-LoginReason, a redirect, and what the body holds. Zod lives here; the gatherer and the
 * judges read nothing else. Status alone proves nothing in Jira: it answers some requests with 200
 * for rejected credentials, marking them only with X-Seraph-LoginReason.
 */





/** A cloud id that is safe in the gateway's request path. */
const CLOUD_ID = /^[A-Za-z0-9-]{1,64}$/;
const tenantInfoSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ cloudId: (0,_net_body_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .Z)('cloud', zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().regex(CLOUD_ID)) });
const myselfSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    accountId: (0,_net_body_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .Z)('user', zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1)),
    accountType: (0,_net_body_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .Z)('type').optional(),
    active: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY().optional(),
});
const permissionsSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    permissions: zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ USER_PICKER: zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ havePermission: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY() }) }),
});
const bulkUsersSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    values: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ accountId: (0,_net_body_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .Z)('user'), emailAddress: (0,_net_body_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .Z)('email').optional() })),
});
/** A 401's words: the gateway's `message`, the site's `errorMessages`. */
const refusalSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    message: (0,_net_body_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .Z)('message').optional(),
    errorMessages: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg((0,_net_body_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .Z)('message')).optional(),
});
/** Every schema a Jira body is read by: what a transcript keeps of one (body-shape.ts). */
const JIRA_BODIES = [
    tenantInfoSchema,
    myselfSchema,
    permissionsSchema,
    bulkUsersSchema,
    refusalSchema,
];
/** The only server-given URLs ever shown: `https://<site>.atlassian.net`, as an origin. */
const SITE_ORIGIN = new RegExp(`^https://[a-z0-9][a-z0-9-]{0,62}${_structure_jira_url_check_js__WEBPACK_IMPORTED_MODULE_2__/* .SITE_SUFFIX */ .yh.replaceAll('.', '\\.')}$`);
function redirectOf(outcome) {
    if (outcome.status < 300 || outcome.status >= 400)
        return undefined;
    try {
        const origin = new URL(outcome.headers.location ?? '').origin.toLowerCase();
        return SITE_ORIGIN.test(origin) ? { kind: 'site', origin } : { kind: 'elsewhere' };
    }
    catch {
        return { kind: 'elsewhere' };
    }
}
function failedLoginOf(outcome) {
    return outcome.headers['x-seraph-loginreason']
        ?.split(',')
        .map((r) => r.trim())
        .find((r) => r !== 'OK' && r !== '');
}
/** The phrases of a 401 the checks read: a transcript keeps these of a text it does not know. */
const JIRA_PHRASES = {
    scopeMismatch: /scope does not match/i,
    // "Basic authentication with passwords is deprecated." (elastic/integrations#3684)
    passwordRefused: /basic auth(entication)? with passwords is deprecated/i,
};
/** A 401's words, matched against known phrases only; nothing of them is ever repeated. */
function refusalText(outcome) {
    if (outcome.status !== 401)
        return '';
    const { body } = outcome;
    if (body.kind === 'text')
        return body.text;
    const refusal = (0,_net_outcome_js__WEBPACK_IMPORTED_MODULE_4__/* .jsonBody */ .J9)(outcome, refusalSchema);
    return [refusal?.message ?? '', ...(refusal?.errorMessages ?? [])].join('\n');
}
function responseFacts(outcome) {
    return {
        failedLogin: failedLoginOf(outcome),
        denied: outcome.headers['x-authentication-denied-reason'] !== undefined,
        redirect: redirectOf(outcome),
        missingProduct: outcome.headers['atl-missing-tcs'] !== undefined,
        scopeMismatch: JIRA_PHRASES.scopeMismatch.test(refusalText(outcome)),
        passwordRefused: JIRA_PHRASES.passwordRefused.test(refusalText(outcome)),
        cloudId: (0,_net_outcome_js__WEBPACK_IMPORTED_MODULE_4__/* .jsonBody */ .J9)(outcome, tenantInfoSchema)?.cloudId,
        account: (0,_net_outcome_js__WEBPACK_IMPORTED_MODULE_4__/* .jsonBody */ .J9)(outcome, myselfSchema),
        userPicker: (0,_net_outcome_js__WEBPACK_IMPORTED_MODULE_4__/* .jsonBody */ .J9)(outcome, permissionsSchema)?.permissions.USER_PICKER.havePermission,
        users: (0,_net_outcome_js__WEBPACK_IMPORTED_MODULE_4__/* .jsonBody */ .J9)(outcome, bulkUsersSchema)?.values,
    };
}
const NO_RESPONSE = {
    failedLogin: undefined,
    denied: false,
    redirect: undefined,
    missingProduct: false,
    scopeMismatch: false,
    passwordRefused: false,
};
/** The facts of one request, from its outcome: the only place a Jira body is parsed. */
function jiraFacts(host, request, outcome) {
    const response = outcome.kind === 'response' ? responseFacts(outcome) : NO_RESPONSE;
    const label = (0,_net_outcome_js__WEBPACK_IMPORTED_MODULE_4__/* .outcomeLabel */ .FR)(outcome);
    const reason = response.failedLogin;
    const remark = reason
        ? ` (X-Seraph-LoginReason: ${/^[A-Z_]{1,40}$/.test(reason) ? reason : 'failed'})`
        : '';
    return Object.freeze({
        host,
        request,
        status: outcome.kind === 'response' ? outcome.status : undefined,
        fault: (0,_net_faults_js__WEBPACK_IMPORTED_MODULE_1__/* .faultOf */ .Kl)(outcome, host),
        label,
        line: `${request} → ${label}${remark}`,
        ...response,
    });
}


/***/ }),

/***/ 29509:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ field),
/* harmony export */   t: () => (/* binding */ FIELD_KINDS)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(29396);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92857);
/**
 * What each string a check reads in a server's JSON body is, declared once, on the schema that reads
 * it (bitbucket-facts.ts, jira-facts.ts, org-tokens.ts). A transcript keeps a body by those schemas
 * and these kinds alone (transcript/body-shape.ts): a field the facts read is kept, written as what
 * it is, and a field they do not read is dropped, with nothing listed twice.
 */

/** Zod's own registry (public API): the kind of each string schema the facts read. */
const FIELD_KINDS = zod__WEBPACK_IMPORTED_MODULE_0__/* .registry */ .u5();
/**
 * A string the facts read, and what it is. A check (`.regex`, `.min`) goes on the schema passed in:
 * zod's methods return a new schema, which would not carry the kind.
 */
function field(kind, schema = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()) {
    return schema.register(FIELD_KINDS, { kind });
}


/***/ }),

/***/ 54026:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dl: () => (/* binding */ cannotJudge),
/* harmony export */   Kl: () => (/* binding */ faultOf),
/* harmony export */   Mq: () => (/* binding */ NETWORK_CAUSES),
/* harmony export */   eC: () => (/* binding */ firstNetworkCause),
/* harmony export */   oY: () => (/* binding */ reachability)
/* harmony export */ });
/* unused harmony export tlsFix */
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81001);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(311);
/* harmony import */ var _network_codes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(80546);
/* harmony import */ var _network_words_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(13157);
/**
 * Why an outcome proves nothing, read once for every request: no answer at all (DNS, a refused or
 * reset connection, the proxy, TLS, or no answer in time: a network cause), or an answer that says
 * nothing of the credentials (429, 5xx, a body too large, the run's request cap). One finding per host
 * names a network cause and its fix; every check that needed the host is then "not checked", pointing
 * at that finding, with no advice of its own.
 */




const NETWORK_CAUSES = [
    'network.dns',
    'network.unreachable',
    'network.proxy_failed',
    'network.tls',
    'network.timeout',
    'network.not_recorded',
];
/** The TLS fix, said one way wherever a certificate is not trusted. */
const tlsFix = (host) => `The TLS certificate presented for ${host} is not trusted. Behind a TLS-inspecting proxy, set NODE_EXTRA_CA_CERTS to the proxy's CA certificate file (PEM).`;
function networkCause(outcome) {
    if (outcome.kind === 'timeout' || outcome.kind === 'deadline')
        return 'network.timeout';
    if (outcome.kind !== 'network')
        return undefined;
    if (outcome.code === _network_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .NOT_RECORDED */ .D0)
        return 'network.not_recorded';
    if (_network_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .DNS_CODES */ .fP.has(outcome.code))
        return 'network.dns';
    if (_network_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .PROXY_CODES */ .uj.has(outcome.code))
        return 'network.proxy_failed';
    if ((0,_network_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .isTlsCode */ .ne)(outcome.code))
        return 'network.tls';
    return 'network.unreachable';
}
const STATUS_NAMES = {
    429: 'too many requests',
    500: 'internal server error',
    502: 'bad gateway',
    503: 'service unavailable',
    504: 'gateway timeout',
};
function noAnswerMessage(outcome, host, tries) {
    if (outcome.kind === 'network' && outcome.code === _network_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .NOT_RECORDED */ .D0)
        return `The transcript holds no answer from ${host} to a request this version sends (${outcome.description}).`;
    const via = 'proxy' in outcome && outcome.proxy ? ` through the proxy ${outcome.proxy}` : '';
    if (outcome.kind === 'timeout')
        return `No answer from ${host}${via} within ${Math.round(outcome.timeoutMs / 1000)} s${tries}.`;
    if (outcome.kind === 'network')
        return `Could not reach ${host}${via}: ${outcome.description} (${outcome.code})${tries}.`;
    return `No answer from ${host}${via} before the run's deadline${tries}.`;
}
function responseFault(outcome, host, tries) {
    const { status } = outcome;
    if (status === 429) {
        return {
            message: `${host} refused the request (HTTP 429)${tries}: the account's hourly request budget, shared by Entitle and any other automation using this account, is spent. Atlassian counts requests over a rolling hour, and sends no Retry-After.`,
            fix: `Run again after the rolling hour has freed requests (up to an hour); schedule this check no more often than needed, since it spends the account's budget that Entitle shares (with ${(0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF)('reuse-proof-hours')}, a gated run sends one Bitbucket request).`,
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
/** Why an outcome proves nothing; undefined for an answer that says something about the credentials. */
function faultOf(outcome, host) {
    const tries = outcome.attempts > 1 ? ` after ${outcome.attempts} attempts` : '';
    const cause = networkCause(outcome);
    if (cause) {
        const proxy = 'proxy' in outcome ? outcome.proxy : undefined;
        return {
            kind: 'no-answer',
            cause,
            message: noAnswerMessage(outcome, host, tries),
            ...(proxy ? { proxy } : {}),
        };
    }
    if (outcome.kind === 'budget') {
        return {
            kind: 'proves-nothing',
            message: `The run's cap of ${outcome.limit} requests was reached before the request to ${host} could be sent.`,
            fix: 'Run again; if it recurs, report it: a healthy run sends far fewer requests.',
        };
    }
    if (outcome.kind !== 'response')
        return undefined;
    const fault = responseFault(outcome, host, tries);
    return fault && { kind: 'proves-nothing', ...fault };
}
function fixFor(cause, host, proxy) {
    switch (cause) {
        case 'network.dns':
            return `The runner could not look up ${host}. Check its DNS; behind a proxy, set HTTPS_PROXY so the proxy resolves names, and keep ${host} out of NO_PROXY.`;
        case 'network.proxy_failed':
            return `The proxy ${proxy ?? ''} refused or failed the tunnel to ${host}. Check HTTPS_PROXY (host, port, credentials) and that the proxy allows CONNECT to ${host}:443.`;
        case 'network.tls':
            return tlsFix(host);
        case 'network.timeout':
            return `Check that the runner reaches ${host}${proxy ? ` through ${proxy}` : ''} (firewall, proxy, NO_PROXY); raise ${(0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF)('timeout-seconds')} if the network is slow.`;
        case 'network.not_recorded':
            return `Record the transcript again with this version (${_version_js__WEBPACK_IMPORTED_MODULE_3__/* .VERSION */ .x}): the requests it did not hold were not checked; everything it holds was judged as recorded.`;
        case 'network.unreachable':
            return `Check that the runner can reach ${host}: a firewall or allowlist may block it; on self-hosted runners set HTTPS_PROXY (and NO_PROXY) if traffic must go through a proxy.`;
    }
}
/** The network cause of the first request that got no answer, if any did. */
function firstNetworkCause(sent) {
    return sent.map((r) => (r.fault?.kind === 'no-answer' ? r.fault.cause : undefined)).find((c) => c);
}
/** One finding per host that gave no answer, naming the cause and the fix; [] when every host answered. */
function reachability(sent) {
    const unanswered = sent.filter((r) => r.fault?.kind === 'no-answer');
    const hosts = [...new Set(unanswered.map((r) => r.host))];
    return hosts.map((host) => {
        const failed = unanswered.filter((r) => r.host === host);
        const fault = failed[0].fault;
        return (0,_network_words_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .g)(fault.cause, 'inconclusive', fault.message, {
            subject: host,
            fix: fixFor(fault.cause, host, fault.proxy),
            evidence: failed.map((r) => `${r.request} → ${r.label}`),
        });
    });
}
/**
 * The finding for a check whose request proves nothing: "not checked" when the host gave no answer
 * (the network finding explains it), else inconclusive with the reason (a 5xx, a 429, a cap).
 * Undefined when the request was answered in a way that says something.
 */
function cannotJudge(make, id, reply, init) {
    const { fallback, ...rest } = init;
    const { fault } = reply;
    if (fault?.kind === 'no-answer') {
        const why = fault.cause === 'network.not_recorded'
            ? `the transcript holds no answer to ${reply.request}`
            : `no answer from ${reply.host}`;
        return make(id, 'inconclusive', `Not checked: ${why}.`, {
            ...rest,
            dependsOn: fault.cause,
        });
    }
    if (fault)
        return make(id, 'inconclusive', fault.message, { ...rest, fix: fault.fix });
    return fallback === undefined ? undefined : make(id, 'inconclusive', fallback, rest);
}


/***/ }),

/***/ 80546:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D0: () => (/* binding */ NOT_RECORDED),
/* harmony export */   PO: () => (/* binding */ describeNetworkCode),
/* harmony export */   TR: () => (/* binding */ isCertificateCode),
/* harmony export */   fP: () => (/* binding */ DNS_CODES),
/* harmony export */   ne: () => (/* binding */ isTlsCode),
/* harmony export */   uj: () => (/* binding */ PROXY_CODES)
/* harmony export */ });
/**
 * Network error codes, read once: what each means in words, and which are about TLS. One table, so
 * the retry policy (certificate errors are not retried) and the diagnosis (a TLS finding) agree.
 */
/**
 * Not a network's code: a replay's answer to a request the transcript does not hold (recorded by
 * another version, before the request was planned). Never a network fault, never retried.
 */
const NOT_RECORDED = 'NOT_RECORDED';
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
/** A certificate that is not trusted: the same on every attempt, so reported, not retried. */
const CERTIFICATE_CODE = /^(CERT_|UNABLE_TO_|SELF_SIGNED|DEPTH_ZERO|ERR_TLS_CERT|HOSTNAME_MISMATCH|ERR_SSL_|ERR_TLS_INVALID)/;
const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN']);
const PROXY_CODES = new Set(['UND_ERR_PRX_CONN', 'UND_ERR_PRX_TLS']);
function isCertificateCode(code) {
    return CERTIFICATE_CODE.test(code);
}
/** Any TLS failure: an untrusted certificate, or a handshake that failed (EPROTO, ERR_TLS_*). */
function isTlsCode(code) {
    return isCertificateCode(code) || code === 'EPROTO' || code.startsWith('ERR_TLS');
}
function describeNetworkCode(code) {
    if (Object.hasOwn(NETWORK_DESCRIPTIONS, code))
        return NETWORK_DESCRIPTIONS[code];
    if (isCertificateCode(code))
        return 'the server certificate was not trusted';
    return 'the connection failed';
}


/***/ }),

/***/ 13157:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ finding)
/* harmony export */ });
/* unused harmony export NETWORK_WORDS */
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81001);
/** The findings of network faults: one cause per host that gave no answer, and unusable proxy settings. */

const { words: NETWORK_WORDS, finding } = (0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .defineFindings */ .IP)({
    'network.proxy': {
        section: 'network',
        title: 'Proxy settings',
        cause: 'A proxy variable (HTTPS_PROXY, HTTP_PROXY or NO_PROXY, in either case) is set but cannot be used, so no request was sent. The value is never shown: a proxy URL can hold a password.',
        fix: 'Set the variable to the proxy as a URL, http://host:port (with user:password@ before the host if the proxy needs it), or unset it; NO_PROXY takes host names, .domain suffixes and host:port, separated by commas.',
    },
    'network.dns': {
        section: 'network',
        title: 'Host name lookup',
        cause: 'The runner could not look up the host (ENOTFOUND, EAI_AGAIN): no DNS, a DNS that does not know the name, or a network where only a proxy resolves names. The checks that needed the host were not checked.',
        fix: "Check the runner's DNS. Behind a proxy, set HTTPS_PROXY so the proxy resolves names, and keep the host out of NO_PROXY.",
    },
    'network.unreachable': {
        section: 'network',
        title: 'Connection',
        cause: 'The host refused or dropped the connection (ECONNREFUSED, ECONNRESET, EHOSTUNREACH, …): a firewall, an egress allowlist, or a proxy that must be used. The checks that needed the host were not checked.',
        fix: 'Let the runner reach the host on port 443 (firewall, egress allowlist); on self-hosted runners that must use a proxy, set HTTPS_PROXY and NO_PROXY.',
    },
    'network.proxy_failed': {
        section: 'network',
        title: 'Proxy',
        cause: 'The proxy in HTTPS_PROXY refused or failed the tunnel (CONNECT) to the host: wrong host or port, missing proxy credentials, or a proxy that does not allow the host. The checks that needed the host were not checked.',
        fix: 'Check HTTPS_PROXY (host, port, and user:password@ if the proxy needs them) and that the proxy allows CONNECT to the host on port 443.',
    },
    'network.tls': {
        section: 'network',
        title: 'TLS certificate',
        cause: 'The TLS certificate presented for the host is not trusted, as happens behind a TLS-inspecting proxy whose CA the runner does not know. Certificate errors are not retried. The checks that needed the host were not checked.',
        fix: "Set NODE_EXTRA_CA_CERTS to the TLS-inspecting proxy's CA certificate (a PEM file) on the step or the runner.",
    },
    'network.not_recorded': {
        section: 'network',
        title: 'Not in the transcript',
        cause: 'A replay (`--replay`) of a transcript that holds no answer to a request this version sends: it was recorded by another version, before the request was planned. The checks that needed the request were not checked; everything the transcript holds is judged as it was recorded.',
        fix: 'Record the transcript again with this version (the action’s `transcript` input, or the CLI’s --record FILE).',
    },
    'network.timeout': {
        section: 'network',
        title: 'No answer in time',
        cause: `The host (or the proxy on the way) did not answer within the time limit of a request or of the run (${(0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF)('timeout-seconds')}). The checks that needed the host were not checked.`,
        fix: `Check that the runner reaches the host (firewall, proxy, NO_PROXY); raise ${(0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF)('timeout-seconds')} if the network is slow.`,
    },
});


/***/ }),

/***/ 46528:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H6: () => (/* binding */ ORG_TOKENS_TEMPLATE),
/* harmony export */   fF: () => (/* binding */ ORG_TOKENS_BODIES),
/* harmony export */   oC: () => (/* binding */ gatherOrgTokens)
/* harmony export */ });
/* unused harmony export ADMIN_HOST */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(92857);
/* harmony import */ var _net_body_fields_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(29509);
/* harmony import */ var _net_faults_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54026);
/* harmony import */ var _net_outcome_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38963);
/**
 * The optional expiry source: an organization admin can read the real expiry of its managed accounts'
 * API tokens from Atlassian's API Access REST API, `GET /admin/api-access/v1/orgs/{orgId}/api-tokens`
 * (an admin API key as a Bearer token). One request (a few pages at most), sent beside the others;
 * the answer is parsed here, once, into the tokens of the integration account.
 */




const ADMIN_HOST = 'api.atlassian.com';
/** The one request's path, with the organization's id as a parameter. */
const ORG_TOKENS_TEMPLATE = '/admin/api-access/v1/orgs/{orgId}/api-tokens';
const MAX_PAGES = 3;
const pageSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    data: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        label: (0,_net_body_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .Z)('label').optional(),
        status: (0,_net_body_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .Z)('status').optional(),
        expiresAt: (0,_net_body_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .Z)('date').optional(),
        user: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ email: (0,_net_body_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .Z)('email').optional() }).optional(),
    })),
    links: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ next: (0,_net_body_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .Z)('next').optional() }).optional(),
});
/** The one schema an organization's answer is read by: what a transcript keeps of one (body-shape.ts). */
const ORG_TOKENS_BODIES = [pageSchema];
const DAY = /^(\d{4}-\d{2}-\d{2})T/;
async function gatherOrgTokens(http, access, email) {
    const base = `https://${ADMIN_HOST}${ORG_TOKENS_TEMPLATE.replace('{orgId}', encodeURIComponent(access.orgId))}`;
    const tokens = [];
    let url = `${base}?q=${encodeURIComponent(email)}`;
    for (let page = 1;; page++) {
        const outcome = await http.send({
            method: 'GET',
            url,
            headers: { authorization: `Bearer ${access.adminKey}` },
        });
        const request = `GET ${ADMIN_HOST}${ORG_TOKENS_TEMPLATE}`;
        const label = (0,_net_outcome_js__WEBPACK_IMPORTED_MODULE_3__/* .outcomeLabel */ .FR)(outcome);
        const reply = {
            host: ADMIN_HOST,
            request,
            status: outcome.kind === 'response' ? outcome.status : undefined,
            fault: (0,_net_faults_js__WEBPACK_IMPORTED_MODULE_1__/* .faultOf */ .Kl)(outcome, ADMIN_HOST),
            label,
        };
        const body = outcome.kind === 'response' && outcome.status === 200 ? (0,_net_outcome_js__WEBPACK_IMPORTED_MODULE_3__/* .jsonBody */ .J9)(outcome, pageSchema) : undefined;
        if (!body)
            return { reply, tokens: undefined };
        for (const t of body.data) {
            const day = DAY.exec(t.expiresAt ?? '')?.[1];
            const own = (t.user?.email ?? '').toLowerCase() === email.toLowerCase();
            // Only the account's own tokens that still work: a revoked or blocked one is no concern.
            if (own && day && (t.status ?? 'ALLOWED') === 'ALLOWED')
                tokens.push({ label: t.label ?? '', expiresOn: day });
        }
        const next = body.links?.next;
        if (!next?.startsWith(`${base}?`) || page >= MAX_PAGES)
            return { reply, tokens };
        url = next;
    }
}


/***/ }),

/***/ 84051:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  replayReport: () => (/* binding */ replayReport)
});

// UNUSED EXPORTS: replayOptions, replayStructure

// EXTERNAL MODULE: ./src/bitbucket/plan.ts
var plan = __webpack_require__(890);
// EXTERNAL MODULE: ./src/findings.ts
var findings = __webpack_require__(81001);
// EXTERNAL MODULE: ./src/structure/check-structure.ts + 4 modules
var check_structure = __webpack_require__(54125);
// EXTERNAL MODULE: ./src/structure/jira-url-check.ts
var jira_url_check = __webpack_require__(27000);
// EXTERNAL MODULE: ./src/net/network-codes.ts
var network_codes = __webpack_require__(80546);
// EXTERNAL MODULE: ./src/net/outcome.ts
var outcome = __webpack_require__(38963);
// EXTERNAL MODULE: ./src/transcript/pseudonyms.ts
var pseudonyms = __webpack_require__(63015);
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
    // A transcript is a file from anywhere: its version is named only when it is a version number.
    const recordedBy = /^\d{1,4}\.\d{1,4}\.\d{1,4}$/.test(transcript.version)
        ? `version ${transcript.version}`
        : 'another version';
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
                    code: network_codes/* NOT_RECORDED */.D0,
                    description: `the transcript was recorded by ${recordedBy}`,
                };
            return outcomeOf(entry);
        },
    };
}

// EXTERNAL MODULE: ./src/run/judge-document.ts
var judge_document = __webpack_require__(38814);
// EXTERNAL MODULE: ./src/run/options.ts + 1 modules
var options = __webpack_require__(53577);
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
    const site = transcript.requests.find((r) => r.host.endsWith(jira_url_check/* SITE_SUFFIX */.yh))?.host ?? `site-1${jira_url_check/* SITE_SUFFIX */.yh}`;
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
    const { report } = await (0,judge_document/* judgeDocument */.h8)(replayStructure(transcript), options, { mask: () => { }, log }, {
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

/***/ 63015:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _n: () => (/* binding */ Pseudonyms),
/* harmony export */   lq: () => (/* binding */ requestKey)
/* harmony export */ });
/* unused harmony export templateQuery */
/* harmony import */ var _bitbucket_plan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(890);
/* harmony import */ var _jira_gather_jira_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78634);
/* harmony import */ var _organization_org_tokens_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46528);
/* harmony import */ var _structure_jira_url_check_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(27000);
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
            return `site-${n}${_structure_jira_url_check_js__WEBPACK_IMPORTED_MODULE_3__/* .SITE_SUFFIX */ .yh}`;
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
    const host = url.hostname.endsWith(_structure_jira_url_check_js__WEBPACK_IMPORTED_MODULE_3__/* .SITE_SUFFIX */ .yh)
        ? names.of('site', url.hostname.toLowerCase())
        : url.hostname;
    const path = url.hostname === _bitbucket_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .BITBUCKET_HOST */ .v7
        ? `/2.0${templatePath(url.pathname.replace(/^\/2\.0/, ''), bitbucketTemplates, names)}`
        : plainPath(url.pathname, names);
    return { host, path: `${path}${templateQuery(url.search, names)}` };
}


/***/ })

};
