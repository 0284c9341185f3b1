export const id = 623;
export const ids = [623];
export const modules = {

/***/ 91226:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TJ: () => (/* binding */ bitbucketFacts),
/* harmony export */   Vz: () => (/* binding */ BITBUCKET_PHRASES),
/* harmony export */   hh: () => (/* binding */ BITBUCKET_BODIES),
/* harmony export */   tn: () => (/* binding */ usableSlugs)
/* harmony export */ });
/* unused harmony export splitScopes */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(92857);
/* harmony import */ var _net_body_fields_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(29509);
/* harmony import */ var _net_faults_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54026);
/* harmony import */ var _net_outcome_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(38963);
/* harmony import */ var _identifiers_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(67585);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(890);
/**
 * Bitbucket's answers, parsed once into typed facts: each request's status, fault, error, scopes and
 * what its body holds, as the plan says to read it. Zod lives here; the gatherer decides what to ask
 * next from these facts, and the judges read nothing else.
 */






const scopeErrorSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    error: zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
        message: (0,_net_body_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .Z)('message'),
        detail: zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ required: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg((0,_net_body_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .Z)('scope')).optional(), granted: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg((0,_net_body_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .Z)('scope')).optional() })
            .optional()
            .catch(undefined),
    }),
});
const messageSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ error: zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ message: (0,_net_body_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .Z)('message') }) });
const pageShape = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ values: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .unknown */ .L5J()) });
const objectShape = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ type: (0,_net_body_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .Z)('type') });
const accountSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ account_id: (0,_net_body_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .Z)('user').optional() });
const workspacesSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    values: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ administrator: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY().optional(), workspace: zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ slug: (0,_net_body_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .Z)('workspace') }) })),
    next: (0,_net_body_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .Z)('next').optional(),
});
const repositoriesSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ values: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ slug: (0,_net_body_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .Z)('repo') })) });
const membersSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    values: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ user: zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ account_id: (0,_net_body_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .Z)('user').optional() }).optional() })),
});
/** Every schema a Bitbucket body is read by: what a transcript keeps of one (body-shape.ts). */
const BITBUCKET_BODIES = [
    scopeErrorSchema,
    messageSchema,
    pageShape,
    objectShape,
    accountSchema,
    workspacesSchema,
    repositoriesSchema,
    membersSchema,
];
/**
 * The phrases the checks read in Bitbucket's text: a transcript keeps these of a message it does not
 * know, so that a replay reads the same facts.
 */
const BITBUCKET_PHRASES = {
    scope: /scope/i,
    loginFailed: /login failed|incorrect login credentials/i,
    removedBy: /\bCHANGE-\d{1,6}\b/,
    tokenRejected: /invalid, expired, or not supported/i,
};
function splitScopes(header) {
    if (header === undefined)
        return undefined;
    // Stryker disable next-line Regex: with or without `+`, the empty pieces it leaves fail SCOPE_NAME.
    return header.split(/[\s,]+/).filter((s) => _identifiers_js__WEBPACK_IMPORTED_MODULE_4__/* .SCOPE_NAME */ .Fj.test(s));
}
function scopeErrorOf(outcome) {
    if (outcome.status !== 403)
        return undefined;
    const body = (0,_net_outcome_js__WEBPACK_IMPORTED_MODULE_5__/* .jsonBody */ .J9)(outcome, scopeErrorSchema);
    if (!body || !BITBUCKET_PHRASES.scope.test(body.error.message))
        return undefined;
    // Never x-accepted-oauth-scopes: it names the old OAuth scopes (`repository:admin`), which are not
    // the API-token scopes and would read as missing ones.
    const required = body.error.detail?.required;
    const granted = body.error.detail?.granted ?? splitScopes(outcome.headers['x-oauth-scopes']);
    return {
        ...(required ? { required: required.filter((s) => _identifiers_js__WEBPACK_IMPORTED_MODULE_4__/* .SCOPE_NAME */ .Fj.test(s)) } : {}),
        ...(granted ? { granted: granted.filter((s) => _identifiers_js__WEBPACK_IMPORTED_MODULE_4__/* .SCOPE_NAME */ .Fj.test(s)) } : {}),
    };
}
/**
 * A 2xx proves something only as Bitbucket's own answer: JSON of the expected shape (a page of values
 * for a list). A sign-in page or a captive portal's 200 proves nothing. A DELETE's 204 has no body.
 */
function ownAnswer(id, outcome) {
    if (outcome.status < 200 || outcome.status >= 300)
        return false;
    if (outcome.status === 204)
        return outcome.body.kind === 'empty';
    const shape = _plan_js__WEBPACK_IMPORTED_MODULE_2__/* .probes */ .Kn[id].answer === 'page' ? pageShape : objectShape;
    return (0,_net_outcome_js__WEBPACK_IMPORTED_MODULE_5__/* .jsonBody */ .J9)(outcome, shape) !== undefined;
}
function bodyFacts(id, outcome) {
    switch (_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .probes */ .Kn[id].reads) {
        case 'account':
            return { accountId: (0,_net_outcome_js__WEBPACK_IMPORTED_MODULE_5__/* .jsonBody */ .J9)(outcome, accountSchema)?.account_id };
        case 'workspaces': {
            const page = (0,_net_outcome_js__WEBPACK_IMPORTED_MODULE_5__/* .jsonBody */ .J9)(outcome, workspacesSchema);
            if (!page)
                return {};
            const administered = page.values.filter((v) => v.administrator !== false).map((v) => v.workspace.slug);
            return { workspacesPage: { administered, next: page.next } };
        }
        case 'repositories':
            return { repositorySlugs: (0,_net_outcome_js__WEBPACK_IMPORTED_MODULE_5__/* .jsonBody */ .J9)(outcome, repositoriesSchema)?.values.map((v) => v.slug) };
        case 'members':
            return {
                memberIds: ((0,_net_outcome_js__WEBPACK_IMPORTED_MODULE_5__/* .jsonBody */ .J9)(outcome, membersSchema)?.values ?? [])
                    .map((m) => m.user?.account_id)
                    .filter((id) => id !== undefined && _identifiers_js__WEBPACK_IMPORTED_MODULE_4__/* .ACCOUNT_ID */ .W_.test(id)),
            };
        default:
            return {};
    }
}
/** The body in words: what kind it is, never what it says (an HTML page can embed a session). */
function bodyShown(outcome, html) {
    if (html)
        return 'an HTML page';
    switch (outcome.body.kind) {
        case 'json':
            return 'JSON';
        case 'text':
            return 'plain text';
        case 'empty':
            return 'no body';
        default:
            return 'a body that could not be read';
    }
}
/** Bitbucket's notice for a removed endpoint: `CHANGE-NNNN - Functionality has been deprecated`. */
function removedBy(outcome, message) {
    if (outcome.status !== 410)
        return undefined;
    const text = message ?? (outcome.body.kind === 'text' ? outcome.body.text : '');
    // Only the change's id is kept from the text; nothing else of it is ever repeated.
    return BITBUCKET_PHRASES.removedBy.exec(text)?.[0] ?? 'no change named';
}
function responseFacts(id, outcome) {
    const scopeError = scopeErrorOf(outcome);
    const message = (0,_net_outcome_js__WEBPACK_IMPORTED_MODULE_5__/* .jsonBody */ .J9)(outcome, messageSchema)?.error.message;
    const html = /html/i.test(outcome.headers['content-type'] ?? '');
    return {
        scopeError,
        granted: scopeError?.granted ?? splitScopes(outcome.headers['x-oauth-scopes']),
        credentialType: outcome.headers['x-credential-type'] || undefined,
        message,
        loginFailedText: outcome.body.kind === 'text' && BITBUCKET_PHRASES.loginFailed.test(outcome.body.text),
        html,
        bodyShown: bodyShown(outcome, html),
        removedBy: removedBy(outcome, message),
        ownAnswer: ownAnswer(id, outcome),
        nearLimit: /^\s*true\s*$/i.test(outcome.headers['x-ratelimit-nearlimit'] ?? ''),
        ...bodyFacts(id, outcome),
    };
}
const NO_RESPONSE = {
    scopeError: undefined,
    granted: undefined,
    credentialType: undefined,
    message: undefined,
    loginFailedText: false,
    html: false,
    bodyShown: 'no answer',
    removedBy: undefined,
    ownAnswer: false,
    nearLimit: false,
};
/** The facts of one request, from its outcome: the only place a Bitbucket body is parsed. */
function bitbucketFacts(id, request, outcome, workspace) {
    const response = outcome.kind === 'response' ? responseFacts(id, outcome) : NO_RESPONSE;
    const label = (0,_net_outcome_js__WEBPACK_IMPORTED_MODULE_5__/* .outcomeLabel */ .FR)(outcome);
    return Object.freeze({
        id,
        host: _plan_js__WEBPACK_IMPORTED_MODULE_2__/* .BITBUCKET_HOST */ .v7,
        request,
        status: outcome.kind === 'response' ? outcome.status : undefined,
        fault: (0,_net_faults_js__WEBPACK_IMPORTED_MODULE_1__/* .faultOf */ .Kl)(outcome, _plan_js__WEBPACK_IMPORTED_MODULE_2__/* .BITBUCKET_HOST */ .v7),
        label,
        line: `${request} → ${label}${response.scopeError ? ' (scope error)' : ''}`,
        ...response,
        ...(workspace ? { workspace } : {}),
    });
}
/** Usable slugs only: a slug a server sends must be safe in a request path before it enters one. */
const usableSlugs = (slugs) => (slugs ?? []).filter(_identifiers_js__WEBPACK_IMPORTED_MODULE_4__/* .isSlug */ .u5);


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


/***/ })

};
