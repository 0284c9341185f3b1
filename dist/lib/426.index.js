export const id = 426;
export const ids = [426];
export const modules = {

/***/ 4048:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D4: () => (/* binding */ probed),
/* harmony export */   Hr: () => (/* binding */ REFUSAL_FINDING),
/* harmony export */   IW: () => (/* binding */ administeredSlugs),
/* harmony export */   Tu: () => (/* binding */ inPlanOrder),
/* harmony export */   V_: () => (/* binding */ MAX_WORKSPACE_TRIES),
/* harmony export */   YB: () => (/* binding */ isImpostor),
/* harmony export */   bE: () => (/* binding */ refusesToken),
/* harmony export */   eK: () => (/* binding */ MAX_WORKSPACE_PAGES),
/* harmony export */   fQ: () => (/* binding */ REFUSAL_PATTERNS),
/* harmony export */   gx: () => (/* binding */ credentialType),
/* harmony export */   lU: () => (/* binding */ refusalKind),
/* harmony export */   nS: () => (/* binding */ rejected),
/* harmony export */   qb: () => (/* binding */ introspect),
/* harmony export */   vu: () => (/* binding */ isRefusal)
/* harmony export */ });
/* unused harmony export isNonScopeForbidden */
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(890);

/** Pages of the administered-workspaces listing read at most. */
const MAX_WORKSPACE_PAGES = 5;
/** Administered workspaces tried in turn when the first refuses the token. */
const MAX_WORKSPACE_TRIES = 3;
/** The last answer to a request of the plan, if it was sent (for the probed workspace, if it has one). */
function probed(evidence, id) {
    return evidence.sent.findLast((p) => p.id === id && (p.workspace === undefined || p.workspace === evidence.workspace));
}
/** Bitbucket answered the account request with 401: the credentials do not authenticate. */
function rejected(evidence) {
    return probed(evidence, 'user')?.status === 401;
}
function isNonScopeForbidden(probe) {
    return probe.status === 403 && probe.scopeError === undefined;
}
/**
 * A refusal for a reason other than scopes: a 403 without the scope error, or a 401 on any request
 * but the account's (the credentials were accepted there, so a later 401 is a policy, such as an
 * organization blocking API tokens, never a certain "wrong token").
 */
function isRefusal(probe) {
    return isNonScopeForbidden(probe) || (probe.status === 401 && probe.id !== 'user');
}
/** A workspace that answers its repository listing with 404 or a 403 not about scopes refuses the token. */
function refusesToken(probe) {
    return probe.status === 404 || isNonScopeForbidden(probe);
}
/** A 2xx that is not Bitbucket's answer: something else answered in its place. */
function isImpostor(probe) {
    const { status } = probe;
    return status !== undefined && status >= 200 && status < 300 && !probe.ownAnswer;
}
/**
 * The known phrasings of each cause, matched by meaning rather than one sentence, in the order they
 * are tried. The REST bodies for an IP allowlist and for two-step verification are not published.
 */
const REFUSAL_PATTERNS = [
    // "To access this repository, enable two-step verification." (Atlassian support page); "enable
    // two-step authentication" (Atlassian KB, Git over HTTPS); "2-step", "two-factor", "2FA".
    [
        'two-step',
        /two-step (verification|authentication)|2-step (verification|authentication)|two-factor|\b2fa\b/i,
    ],
    // Atlassian's access-control page: requests from addresses outside the workspace's IP allowlist.
    ['ip-allowlist', /\bIP\b|ip address|allowlist|whitelist/i],
    // The spec on the permission writes: "not accessible by this authentication mechanism"; older
    // bodies name the method or app passwords.
    ['auth-method', /authentication (method|mechanism)|app password|not supported for this/i],
    ['no-access', /access to (this|the) workspace|not a member|no access/i],
    ['not-admin', /\badmin(istrator)?\b/i],
];
/** The finding that names each kind of refusal: a check that a refusal stopped defers to it. */
const REFUSAL_FINDING = {
    'two-step': 'bitbucket.two_step',
    'ip-allowlist': 'bitbucket.ip_allowlist',
    'auth-method': 'bitbucket.auth_method',
    'no-access': 'bitbucket.no_access',
    'not-admin': 'bitbucket.not_admin',
    other: 'bitbucket.refused',
};
function refusalKind(probe) {
    const message = probe.message ?? '';
    return REFUSAL_PATTERNS.find(([, pattern]) => pattern.test(message))?.[0] ?? 'other';
}
/** The sent requests in the plan's order: the account request first, as its answer is the surest. */
function inPlanOrder(sent) {
    const order = Object.keys(_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .probes */ .Kn);
    return [...sent].sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
}
function introspect(evidence) {
    const listing = evidence.sent.find((p) => p.status !== undefined && p.granted !== undefined);
    if (!listing)
        return { granted: undefined, evidence: [] };
    // Named by where the list came from, not by the answer's status: a pass row citing "→ 403" misleads.
    const where = listing.scopeError ? 'the scope error' : 'x-oauth-scopes';
    return { granted: new Set(listing.granted), evidence: [`${listing.request} (${where})`] };
}
/** The `x-credential-type` Bitbucket reports, from the first answer that carries one. */
function credentialType(evidence) {
    const named = evidence.sent.find((p) => p.credentialType !== undefined);
    return named && { value: named.credentialType, evidence: named.line };
}
/** Administered workspace slugs, each once, sorted: the first is probed when none is named. */
function administeredSlugs(listing) {
    return [...new Set(listing.slugs ?? [])].sort();
}


/***/ }),

/***/ 1226:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TJ: () => (/* binding */ bitbucketFacts),
/* harmony export */   Vz: () => (/* binding */ BITBUCKET_PHRASES),
/* harmony export */   tn: () => (/* binding */ usableSlugs)
/* harmony export */ });
/* unused harmony export splitScopes */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8816);
/* harmony import */ var _net_faults_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4026);
/* harmony import */ var _net_outcome_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8963);
/* harmony import */ var _identifiers_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7585);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(890);
/**
 * Bitbucket's answers, parsed once into typed facts: each request's status, fault, error, scopes and
 * what its body holds, as the plan says to read it. Zod lives here; the gatherer decides what to ask
 * next from these facts, and the judges read nothing else.
 */





const scopeErrorSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    error: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        message: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        detail: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ required: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()).optional(), granted: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()).optional() })
            .optional()
            .catch(undefined),
    }),
});
const messageSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ error: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ message: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP() }) });
const pageShape = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ values: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .unknown */ .L5J()) });
const objectShape = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ type: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP() });
const accountSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ account_id: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional() });
const workspacesSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    values: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ administrator: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().optional(), workspace: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ slug: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP() }) })),
    next: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
});
const repositoriesSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ values: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ slug: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP() })) });
const membersSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    values: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ user: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ account_id: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional() }).optional() })),
});
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
    return header.split(/[\s,]+/).filter((s) => _identifiers_js__WEBPACK_IMPORTED_MODULE_3__/* .SCOPE_NAME */ .Fj.test(s));
}
function scopeErrorOf(outcome) {
    if (outcome.status !== 403)
        return undefined;
    const body = (0,_net_outcome_js__WEBPACK_IMPORTED_MODULE_4__/* .jsonBody */ .J9)(outcome, scopeErrorSchema);
    if (!body || !BITBUCKET_PHRASES.scope.test(body.error.message))
        return undefined;
    // Never x-accepted-oauth-scopes: it names the old OAuth scopes (`repository:admin`), which are not
    // the API-token scopes and would read as missing ones.
    const required = body.error.detail?.required;
    const granted = body.error.detail?.granted ?? splitScopes(outcome.headers['x-oauth-scopes']);
    return {
        ...(required ? { required: required.filter((s) => _identifiers_js__WEBPACK_IMPORTED_MODULE_3__/* .SCOPE_NAME */ .Fj.test(s)) } : {}),
        ...(granted ? { granted: granted.filter((s) => _identifiers_js__WEBPACK_IMPORTED_MODULE_3__/* .SCOPE_NAME */ .Fj.test(s)) } : {}),
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
    const shape = _plan_js__WEBPACK_IMPORTED_MODULE_1__/* .probes */ .Kn[id].answer === 'page' ? pageShape : objectShape;
    return (0,_net_outcome_js__WEBPACK_IMPORTED_MODULE_4__/* .jsonBody */ .J9)(outcome, shape) !== undefined;
}
function bodyFacts(id, outcome) {
    switch (_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .probes */ .Kn[id].reads) {
        case 'account':
            return { accountId: (0,_net_outcome_js__WEBPACK_IMPORTED_MODULE_4__/* .jsonBody */ .J9)(outcome, accountSchema)?.account_id };
        case 'workspaces': {
            const page = (0,_net_outcome_js__WEBPACK_IMPORTED_MODULE_4__/* .jsonBody */ .J9)(outcome, workspacesSchema);
            if (!page)
                return {};
            const administered = page.values.filter((v) => v.administrator !== false).map((v) => v.workspace.slug);
            return { workspacesPage: { administered, next: page.next } };
        }
        case 'repositories':
            return { repositorySlugs: (0,_net_outcome_js__WEBPACK_IMPORTED_MODULE_4__/* .jsonBody */ .J9)(outcome, repositoriesSchema)?.values.map((v) => v.slug) };
        case 'members':
            return {
                memberIds: ((0,_net_outcome_js__WEBPACK_IMPORTED_MODULE_4__/* .jsonBody */ .J9)(outcome, membersSchema)?.values ?? [])
                    .map((m) => m.user?.account_id)
                    .filter((id) => id !== undefined && _identifiers_js__WEBPACK_IMPORTED_MODULE_3__/* .ACCOUNT_ID */ .W_.test(id)),
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
    const message = (0,_net_outcome_js__WEBPACK_IMPORTED_MODULE_4__/* .jsonBody */ .J9)(outcome, messageSchema)?.error.message;
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
};
/** The facts of one request, from its outcome: the only place a Bitbucket body is parsed. */
function bitbucketFacts(id, request, outcome, workspace) {
    const response = outcome.kind === 'response' ? responseFacts(id, outcome) : NO_RESPONSE;
    const label = (0,_net_outcome_js__WEBPACK_IMPORTED_MODULE_4__/* .outcomeLabel */ .FR)(outcome);
    return Object.freeze({
        id,
        host: _plan_js__WEBPACK_IMPORTED_MODULE_1__/* .BITBUCKET_HOST */ .v7,
        request,
        status: outcome.kind === 'response' ? outcome.status : undefined,
        fault: (0,_net_faults_js__WEBPACK_IMPORTED_MODULE_0__/* .faultOf */ .Kl)(outcome, _plan_js__WEBPACK_IMPORTED_MODULE_1__/* .BITBUCKET_HOST */ .v7),
        label,
        line: `${request} → ${label}${response.scopeError ? ' (scope error)' : ''}`,
        ...response,
        ...(workspace ? { workspace } : {}),
    });
}
/** Usable slugs only: a slug a server sends must be safe in a request path before it enters one. */
const usableSlugs = (slugs) => (slugs ?? []).filter(_identifiers_js__WEBPACK_IMPORTED_MODULE_3__/* .isSlug */ .u5);


/***/ }),

/***/ 3170:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ credentialType),
/* harmony export */   y: () => (/* binding */ CREDENTIAL_TYPE_NAMES)
/* harmony export */ });
/* harmony import */ var _entitle_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5428);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1001);
/* harmony import */ var _bitbucket_evidence_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4048);
/** Only a user's API token can manage permissions; Bitbucket names the kind in x-credential-type. */



const { words, finding } = (0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .defineFindings */ .IP)({
    'bitbucket.credential_type': {
        section: 'bitbucket',
        title: 'Credential type',
        cause: "Bitbucket's x-credential-type header names something other than a user's API token.",
        fix: _entitle_js__WEBPACK_IMPORTED_MODULE_0__/* .BITBUCKET_TOKEN_FIX */ .Et,
    },
});
/** Credential types Bitbucket names, in words; anything else a server sends is not repeated. */
const CREDENTIAL_TYPES = {
    app_password: `an app password (Bitbucket removed app passwords on ${_entitle_js__WEBPACK_IMPORTED_MODULE_0__/* .APP_PASSWORDS_REMOVED */ .q9})`,
    // The app-password era's name for the same thing (seen live in x-credential-type).
    apikey: `an app password (Bitbucket removed app passwords on ${_entitle_js__WEBPACK_IMPORTED_MODULE_0__/* .APP_PASSWORDS_REMOVED */ .q9})`,
    repo_access_token: 'a repository access token',
    project_access_token: 'a project access token',
    workspace_access_token: 'a workspace access token',
    access_token: 'an access token',
    oauth2: 'an OAuth consumer’s token',
    jwt: 'a Connect app (JWT)',
    session: 'a browser session',
};
/** Every credential type Bitbucket is known to name: the user's API token and the others above. */
const CREDENTIAL_TYPE_NAMES = ['api_token', ...Object.keys(CREDENTIAL_TYPES)];
const credentialType = {
    name: "The credential is a user's API token",
    words,
    reports: ['bitbucket.credential_type'],
    judge: (evidence) => {
        const reported = (0,_bitbucket_evidence_js__WEBPACK_IMPORTED_MODULE_2__/* .credentialType */ .gx)(evidence);
        if (!reported || reported.value === 'api_token')
            return [];
        const kind = Object.hasOwn(CREDENTIAL_TYPES, reported.value)
            ? CREDENTIAL_TYPES[reported.value]
            : 'another kind';
        return [
            finding('bitbucket.credential_type', 'error', `Bitbucket reports the credential as ${kind}, not a user's API token. Only a user's API token with scopes can manage permissions for Entitle.`, { subject: 'app_token', evidence: [reported.evidence] }),
        ];
    },
};


/***/ }),

/***/ 890:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C3: () => (/* binding */ IMPOSSIBLE_PERMISSION),
/* harmony export */   Kn: () => (/* binding */ probes),
/* harmony export */   Zk: () => (/* binding */ widestLevel),
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
        level: 'account',
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
        level: 'account',
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
        level: 'workspace',
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
        level: 'workspace',
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
        level: 'repository',
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
        level: 'repository',
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
        level: 'repository',
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
        level: 'repository',
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
        level: 'account',
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
/**
 * How many Bitbucket requests the widest level sends at once: the connections a run opens together
 * with its first request, so that no later level waits for a connection of its own.
 */
function widestLevel(options) {
    const sent = Object.values(probes).filter((p) => options.probeWriteScopes || !p.writeScope);
    const width = (level) => sent.filter((p) => p.level === level).length;
    // A named workspace's level goes out with the account's.
    const first = width('account') + (options.workspace ? width('workspace') : 0);
    return Math.max(first, width('workspace'), width('repository'));
}


/***/ }),

/***/ 5460:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OZ: () => (/* binding */ CLOUD_ID),
/* harmony export */   Q1: () => (/* binding */ jiraFacts),
/* harmony export */   Yp: () => (/* binding */ JIRA_PHRASES),
/* harmony export */   t_: () => (/* binding */ SITE_ORIGIN)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8816);
/* harmony import */ var _net_faults_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4026);
/* harmony import */ var _net_outcome_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8963);
/**
 * Jira's answers, parsed once into typed facts: status, fault, the login verdict Jira gives in
 * X-Seraph-LoginReason, a redirect, and what the body holds. Zod lives here; the gatherer and the
 * judges read nothing else. Status alone proves nothing in Jira: it answers some requests with 200
 * for rejected credentials, marking them only with X-Seraph-LoginReason.
 */



/** A cloud id that is safe in the gateway's request path. */
const CLOUD_ID = /^[A-Za-z0-9-]{1,64}$/;
const tenantInfoSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ cloudId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(CLOUD_ID) });
const myselfSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    accountId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    accountType: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    active: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().optional(),
});
const permissionsSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    permissions: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ USER_PICKER: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ havePermission: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY() }) }),
});
const bulkUsersSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    values: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ accountId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), emailAddress: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional() })),
});
/** The only server-given URLs ever shown: `https://<site>.atlassian.net`, as an origin. */
const SITE_ORIGIN = /^https:\/\/[a-z0-9][a-z0-9-]{0,62}\.atlassian\.net$/;
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
    return body.kind === 'json' ? JSON.stringify(body.value) : body.kind === 'text' ? body.text : '';
}
function responseFacts(outcome) {
    return {
        failedLogin: failedLoginOf(outcome),
        denied: outcome.headers['x-authentication-denied-reason'] !== undefined,
        redirect: redirectOf(outcome),
        missingProduct: outcome.headers['atl-missing-tcs'] !== undefined,
        scopeMismatch: JIRA_PHRASES.scopeMismatch.test(refusalText(outcome)),
        passwordRefused: JIRA_PHRASES.passwordRefused.test(refusalText(outcome)),
        cloudId: (0,_net_outcome_js__WEBPACK_IMPORTED_MODULE_2__/* .jsonBody */ .J9)(outcome, tenantInfoSchema)?.cloudId,
        account: (0,_net_outcome_js__WEBPACK_IMPORTED_MODULE_2__/* .jsonBody */ .J9)(outcome, myselfSchema),
        userPicker: (0,_net_outcome_js__WEBPACK_IMPORTED_MODULE_2__/* .jsonBody */ .J9)(outcome, permissionsSchema)?.permissions.USER_PICKER.havePermission,
        users: (0,_net_outcome_js__WEBPACK_IMPORTED_MODULE_2__/* .jsonBody */ .J9)(outcome, bulkUsersSchema)?.values,
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
    const label = (0,_net_outcome_js__WEBPACK_IMPORTED_MODULE_2__/* .outcomeLabel */ .FR)(outcome);
    const reason = response.failedLogin;
    const remark = reason
        ? ` (X-Seraph-LoginReason: ${/^[A-Z_]{1,40}$/.test(reason) ? reason : 'failed'})`
        : '';
    return Object.freeze({
        host,
        request,
        status: outcome.kind === 'response' ? outcome.status : undefined,
        fault: (0,_net_faults_js__WEBPACK_IMPORTED_MODULE_0__/* .faultOf */ .Kl)(outcome, host),
        label,
        line: `${request} → ${label}${remark}`,
        ...response,
    });
}


/***/ }),

/***/ 4026:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dl: () => (/* binding */ cannotJudge),
/* harmony export */   Kl: () => (/* binding */ faultOf),
/* harmony export */   Mq: () => (/* binding */ NETWORK_CAUSES),
/* harmony export */   eC: () => (/* binding */ firstNetworkCause),
/* harmony export */   oY: () => (/* binding */ reachability)
/* harmony export */ });
/* unused harmony export tlsFix */
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1001);
/* harmony import */ var _network_codes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(546);
/* harmony import */ var _network_words_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3157);
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
];
/** The TLS fix, said one way wherever a certificate is not trusted. */
const tlsFix = (host) => `The TLS certificate presented for ${host} is not trusted. Behind a TLS-inspecting proxy, set NODE_EXTRA_CA_CERTS to the proxy's CA certificate file (PEM).`;
function networkCause(outcome) {
    if (outcome.kind === 'timeout' || outcome.kind === 'deadline')
        return 'network.timeout';
    if (outcome.kind !== 'network')
        return undefined;
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
            fix: "Run again after the rolling hour has freed requests (up to an hour); schedule this check no more often than needed, since it spends the account's budget that Entitle shares.",
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
        return make(id, 'inconclusive', `Not checked: no answer from ${reply.host}.`, {
            ...rest,
            dependsOn: fault.cause,
        });
    }
    if (fault)
        return make(id, 'inconclusive', fault.message, { ...rest, fix: fault.fix });
    return fallback === undefined ? undefined : make(id, 'inconclusive', fallback, rest);
}


/***/ }),

/***/ 546:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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

/***/ 3157:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ finding)
/* harmony export */ });
/* unused harmony export NETWORK_WORDS */
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1001);
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
    'network.timeout': {
        section: 'network',
        title: 'No answer in time',
        cause: `The host (or the proxy on the way) did not answer within the time limit of a request or of the run (${(0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF)('timeout-seconds')}). The checks that needed the host were not checked.`,
        fix: `Check that the runner reaches the host (firewall, proxy, NO_PROXY); raise ${(0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF)('timeout-seconds')} if the network is slow.`,
    },
});


/***/ })

};
