export const id = 303;
export const ids = [303];
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

/***/ 38537:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ MAX_JSON_DEPTH),
/* harmony export */   Q: () => (/* binding */ nestingDepth)
/* harmony export */ });
/**
 * How deep JSON text nests, counted without parsing it: every parse of text from outside (a server's
 * answer, a transcript file) is refused past a depth no real answer reaches, so nothing downstream
 * recurses into it. Its own file, so a replay can use it without loading the HTTP stack.
 */
/** Deeper than any Bitbucket, Jira or GitHub answer the checks read. */
const MAX_JSON_DEPTH = 32;
/** The deepest nesting of objects and arrays in JSON text, strings skipped. */
function nestingDepth(text) {
    let depth = 0;
    let deepest = 0;
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (inString) {
            if (c === '\\')
                i++;
            else if (c === '"')
                inString = false;
        }
        else if (c === '"')
            inString = true;
        else if (c === '{' || c === '[')
            deepest = Math.max(deepest, ++depth);
        else if (c === '}' || c === ']')
            depth--;
    }
    return deepest;
}


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

/***/ 27303:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createQuickCheck: () => (/* binding */ createQuickCheck),
  createRemoteChecks: () => (/* binding */ createRemoteChecks)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/net/outcome.ts
var net_outcome = __webpack_require__(38963);
// EXTERNAL MODULE: ./src/bitbucket/bitbucket-evidence.ts
var bitbucket_evidence = __webpack_require__(64048);
// EXTERNAL MODULE: ./src/bitbucket/bitbucket-facts.ts
var bitbucket_facts = __webpack_require__(91226);
// EXTERNAL MODULE: ./src/bitbucket/identifiers.ts
var identifiers = __webpack_require__(67585);
// EXTERNAL MODULE: ./src/bitbucket/plan.ts
var plan = __webpack_require__(890);
;// CONCATENATED MODULE: ./src/bitbucket/gather-bitbucket.ts
/**
 * Sends the Bitbucket plan and records what came back; it judges nothing. Requests run in three
 * dependency levels, everything in a level at once:
 *   1. who am I (+ granted scopes), administered workspaces, an application-property probe
 *      (and, when `workspace` is given, the level-2 requests too);
 *   2. an administered repository and a sample of members in the chosen workspace;
 *   3. repository probes: read permissions, branch restrictions, and the impossible write and delete.
 * Credentials that do not authenticate stop it after level 1.
 */






const MEMBER_SAMPLE = 20;
/** Sends one planned request and records its facts. */
function sender(integration, http, sent) {
    const authorization = (0,net_outcome/* basicAuthorization */.aR)(integration.email, integration.app_token);
    return async (id, values = {}, query = '', json) => {
        const probe = plan/* probes */.Kn[id];
        const path = (0,plan/* fillPath */.dN)(probe.operation, values);
        const outcome = await http.send({
            method: probe.method,
            url: `${plan/* BITBUCKET_API */.tq}${path}${query}`,
            headers: { authorization },
            ...(json !== undefined ? { json } : {}),
        });
        // Shown with braces as Bitbucket writes its ids ({uuid}), not percent-encoded as sent.
        const request = `${probe.method} /2.0${path.replace(/%7B/gi, '{').replace(/%7D/gi, '}')}`;
        const record = (0,bitbucket_facts/* bitbucketFacts */.TJ)(id, request, outcome, values.workspace);
        sent.push(record);
        return record;
    };
}
/** Level 3: the repository's probes, the impossible write and delete among them unless turned off. */
function repositoryProbes(send, target, probeWriteScopes) {
    return Promise.all([
        send('repository-permissions', target, '?pagelen=1'),
        send('branch-restrictions', target, '?pagelen=1'),
        ...(probeWriteScopes
            ? [
                send('write-permission', target, '', { permission: plan/* IMPOSSIBLE_PERMISSION */.C3 }),
                send('delete-permission', target),
            ]
            : []),
    ]);
}
async function gatherBitbucket(integration, options, deps) {
    const randomId = deps.randomId ?? external_node_crypto_.randomUUID;
    const sent = [];
    const send = sender(integration, deps.http, sent);
    const workspaceLevel = (workspace) => Promise.all([
        send('admin-repositories', { workspace }, '?role=admin&pagelen=1'),
        send('workspace-members', { workspace }, `?pagelen=${MEMBER_SAMPLE}`),
    ]);
    const done = (listing, chosen, repository) => Object.freeze({
        sent: Object.freeze((0,bitbucket_evidence/* inPlanOrder */.Tu)(sent)),
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
    if (user.status === 401)
        return done(listing);
    const chosen = await chooseWorkspace(workspaceCandidates(listing, requested), early, workspaceLevel);
    if (chosen === undefined)
        return done(listing);
    const [repositories, members] = chosen.level;
    deps.publishMembers?.(memberSample(members, user.accountId));
    const repository = firstRepository(repositories);
    if (repository === undefined)
        return done(listing, chosen);
    const target = { workspace: chosen.slug, repo_slug: repository, selected_user_id: `{${randomId()}}` };
    await repositoryProbes(send, target, options.probeWriteScopes);
    return done(listing, chosen, repository);
}
/**
 * The first candidate that does not refuse the token (a token can be limited to some workspaces);
 * when every one refuses, the first, with the others listed. One at a time: each try costs a round
 * trip, and the first usually answers.
 */
async function chooseWorkspace(candidates, early, workspaceLevel) {
    const tried = [];
    const refusedList = (list) => list.map((t) => ({ slug: t.slug, line: t.level[0].line }));
    for (const slug of candidates) {
        const level = tried.length === 0 && early ? early : await workspaceLevel(slug);
        if (!(0,bitbucket_evidence/* refusesToken */.bE)(level[0]))
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
        const body = (await send('workspaces', {}, query)).workspacesPage;
        if (!body)
            return { slugs: page === 1 ? undefined : slugs, truncated: false, unusable };
        const usable = (0,bitbucket_facts/* usableSlugs */.tn)(body.administered);
        slugs.push(...usable);
        unusable += body.administered.length - usable.length;
        const next = body.next;
        if (!next?.startsWith(`${plan/* BITBUCKET_API */.tq}/user/workspaces?`))
            return { slugs, truncated: false, unusable };
        if (page >= bitbucket_evidence/* MAX_WORKSPACE_PAGES */.eK)
            return { slugs, truncated: true, unusable };
        query = next.slice(`${plan/* BITBUCKET_API */.tq}/user/workspaces`.length);
    }
}
/**
 * The workspaces to probe, in order: the named one when the account administers it (or when the
 * listing could not be read, since its own requests then say more); else the first few administered.
 */
function workspaceCandidates(listing, requested) {
    if (listing.slugs === undefined)
        return requested ? [requested] : [];
    const slugs = (0,bitbucket_evidence/* administeredSlugs */.IW)(listing);
    if (requested)
        return slugs.some((s) => s.toLowerCase() === requested.toLowerCase()) ? [requested] : [];
    return slugs.slice(0, bitbucket_evidence/* MAX_WORKSPACE_TRIES */.V_);
}
/** A few members' account ids for the Jira email check; the token owner's own email proves nothing. */
function memberSample(members, ownAccountId) {
    return (members.memberIds ?? []).filter((id) => id !== ownAccountId);
}
/** The listed repository, when its slug is safe in a request path. */
function firstRepository(listing) {
    const slug = listing.repositorySlugs?.[0];
    return slug !== undefined && (0,identifiers/* isSlug */.u5)(slug) ? slug : undefined;
}

// EXTERNAL MODULE: ./src/judge.ts
var judge = __webpack_require__(66436);
// EXTERNAL MODULE: ./src/net/faults.ts
var faults = __webpack_require__(54026);
// EXTERNAL MODULE: ./src/entitle.ts
var entitle = __webpack_require__(95428);
// EXTERNAL MODULE: ./src/findings.ts
var findings = __webpack_require__(81001);
;// CONCATENATED MODULE: ./src/bitbucket/judges/access-refusals.ts
/**
 * Refusals that are not about scopes (a 403 without Bitbucket's scope error), read from Bitbucket's
 * message: an IP allowlist, two-step verification, an authentication method it refuses, a missing
 * admin role or workspace access; anything else is shown as Bitbucket said it. The checks that rest
 * on those requests prove nothing.
 */




const { words, finding } = (0,findings/* defineFindings */.IP)({
    'bitbucket.ip_allowlist': {
        section: 'bitbucket',
        title: 'IP allowlist',
        cause: "Bitbucket refused a workspace or repository request, and its message names the workspace's IP allowlist: the runner's address is not on it. Entitle's own addresses must be on it for Entitle to work.",
        fix: (0,entitle/* allowlistFix */.Z4)('the workspace'),
    },
    'bitbucket.two_step': {
        section: 'bitbucket',
        title: 'Two-step verification',
        cause: 'Bitbucket refused a request because the workspace requires two-step verification and the token’s account does not have it on ("To access this repository, enable two-step verification."). Entitle’s requests are refused the same way.',
        fix: 'Turn on two-step verification for the Atlassian account that owns the token (id.atlassian.com → Security), then run again.',
    },
    'bitbucket.auth_method': {
        section: 'bitbucket',
        title: 'Authentication method',
        cause: 'Bitbucket refused a request for the way the credential authenticates, not for its scopes. Atlassian’s specification still says the permission write and delete accept only app passwords; if Bitbucket enforces that for API tokens, Entitle’s permission changes are refused too.',
        fix: 'Check Bitbucket’s message in the details. Use a user’s API token with scopes (not an access token or app password); if Bitbucket refuses API tokens on this operation, report it to Entitle with the details.',
    },
    'bitbucket.no_access': {
        section: 'bitbucket',
        title: 'Workspace access',
        cause: 'Bitbucket refused a request because the token has no access to the workspace: API tokens can be limited to some workspaces, or the account is not a member.',
        fix: `Set ${(0,findings/* input */.hF)('workspace')} to the workspace Entitle manages, and create the token for that workspace (or for all), from an account that administers it.`,
    },
    'bitbucket.not_admin': {
        section: 'bitbucket',
        title: 'Administrator role',
        cause: 'Bitbucket refused a request because the account is not an administrator where it was sent. Entitle manages permissions, so the token’s account must administer the workspace and its repositories.',
        fix: "Make the token's account an administrator of the workspace (Workspace settings → User groups), or use a token of an account that is.",
    },
    'bitbucket.refused': {
        section: 'bitbucket',
        title: 'Request refused',
        cause: 'Bitbucket refused a request for a reason other than scopes that the action does not recognise; its message is shown (scrubbed, one line). The checks that depend on it are inconclusive.',
        fix: 'Read Bitbucket’s message in the finding; resolve what it names and run again. If it names nothing you can change, report it with the details.',
    },
});
/** Bitbucket's message as one short line; it is scrubbed and escaped like every finding. */
function quoted(message) {
    if ((message ?? '').trim() === '')
        return 'Bitbucket gave no message.';
    return `Bitbucket said: ${(0,findings/* serverText */.Tn)(message ?? '')}`;
}
function refusalFinding(kind, refused, where) {
    const init = { subject: where, evidence: refused.map((p) => p.line) };
    const count = refused.length === 1 ? 'a request' : `${refused.length} requests`;
    switch (kind) {
        case 'ip-allowlist':
            return finding('bitbucket.ip_allowlist', 'warning', `Bitbucket refused ${count} because of the workspace's IP allowlist; checks that depend on ${refused.length === 1 ? 'it' : 'them'} are inconclusive. A GitHub-hosted runner's address cannot be on the list: run the check on a self-hosted runner whose address is.`, init);
        case 'two-step':
            return finding('bitbucket.two_step', 'error', `Bitbucket refused ${count}: the workspace requires two-step verification, and the token's account does not have it on. Entitle's requests would be refused the same way.`, init);
        case 'auth-method':
            return finding('bitbucket.auth_method', 'error', `Bitbucket refused ${count} for the authentication method, not the scopes: ${quoted(refused[0]?.message)}`, init);
        case 'no-access':
            return finding('bitbucket.no_access', 'error', `Bitbucket refused ${count}: the token has no access to workspace ${where}. API tokens can be limited to some workspaces.`, init);
        case 'not-admin':
            return finding('bitbucket.not_admin', 'error', `Bitbucket refused ${count} because the account is not an administrator there. Entitle manages permissions, so it must be.`, init);
        case 'other':
            return finding('bitbucket.refused', 'warning', `Bitbucket refused ${count} for a reason other than scopes; checks that depend on ${refused.length === 1 ? 'it' : 'them'} are inconclusive. ${quoted(refused[0]?.message)}`, init);
    }
}
const accessRefusals = {
    name: 'Bitbucket refused requests for reasons other than scopes',
    words,
    reports: [
        'bitbucket.ip_allowlist',
        'bitbucket.two_step',
        'bitbucket.auth_method',
        'bitbucket.no_access',
        'bitbucket.not_admin',
        'bitbucket.refused',
    ],
    judge: (evidence) => {
        const refused = evidence.sent.filter((p) => plan/* probes */.Kn[p.id].refusalJudged &&
            (p.workspace === undefined || p.workspace === evidence.workspace) &&
            (0,bitbucket_evidence/* isRefusal */.vu)(p));
        const kinds = [...new Set(refused.map(bitbucket_evidence/* refusalKind */.lU))];
        const where = evidence.workspace ?? 'workspace';
        return kinds.map((kind) => refusalFinding(kind, refused.filter((p) => (0,bitbucket_evidence/* refusalKind */.lU)(p) === kind), where));
    },
};

// EXTERNAL MODULE: ./src/bitbucket/bitbucket-words.ts
var bitbucket_words = __webpack_require__(33876);
;// CONCATENATED MODULE: ./src/bitbucket/judges/bitbucket-auth.ts
/** Whether Bitbucket accepts the email and token, and, when it does not, which of the two is wrong. */






const { words: bitbucket_auth_words, finding: authFinding } = (0,findings/* defineFindings */.IP)({
    'bitbucket.auth': {
        section: 'bitbucket',
        title: 'Authentication',
        cause: 'Whether Bitbucket accepts the email and app_token. A 401 says which: a wrong email or token, or a token that is expired, revoked, or a classic token without scopes.',
        fix: 'Follow the fix in the message: it depends on how Bitbucket rejected the credentials.',
    },
});
const bitbucket_auth_finding = authFinding;
/**
 * A rejected token whose recorded expiry has passed: the fix leads with the date, the likeliest cause.
 * The expiry's own finding stays silent (one cause, one fix).
 */
function expiredFirst(options) {
    const expiry = options.tokenExpiry;
    if (!expiry || expiry.daysLeft >= 0)
        return authFinding;
    const lead = `The token expired on ${expiry.on} (as ${(0,findings/* input */.hF)('token-expires-on')} records): ${entitle/* BITBUCKET_TOKEN_FIX */.Et} Then set ${(0,findings/* input */.hF)('token-expires-on')} to its new expiry.`;
    return (id, severity, message, init = {}) => {
        // The case's own fix once more only when it says something else than a new token (the email).
        const other = init.fix && !init.fix.includes(entitle/* API_TOKENS_URL */.Yr) ? ` If a new token is refused too: ${init.fix}` : '';
        return authFinding(id, severity, message, { ...init, fix: `${lead}${other}`, daysLeft: expiry.daysLeft });
    };
}
/** The 401's body tells a bad token (JSON) from a wrong email and token pair (plain text). */
function rejection(user, options) {
    const finding = expiredFirst(options);
    if (bitbucket_facts/* BITBUCKET_PHRASES */.Vz.tokenRejected.test(user.message ?? '')) {
        // Bitbucket gives this same answer for a valid token sent with another account's email.
        return finding('bitbucket.auth', 'error', 'Bitbucket rejected the email and token: either email is not the Atlassian account that created the token, or the token is invalid, expired, revoked, or a classic API token without scopes.', {
            subject: 'email',
            fix: `First check that email is the address of the Atlassian account that created the token (not a Bitbucket username). If it is, the token is wrong, expired or unscoped: ${entitle/* BITBUCKET_TOKEN_FIX */.Et}`,
        });
    }
    if (user.loginFailedText) {
        return finding('bitbucket.auth', 'error', 'Bitbucket rejected the email and token together: the email is not the token owner’s Atlassian account email, or the token is wrong or incomplete.', {
            subject: 'email',
            fix: 'Set email to the email address of the Atlassian account that created the token (not a Bitbucket username), and copy the token again in full.',
        });
    }
    return finding('bitbucket.auth', 'error', `Bitbucket did not accept the credentials (HTTP ${user.status}).`, {
        subject: 'app_token',
    });
}
/** A 401: the one finding that explains it, and the other checks not run. */
function rejected(user, options) {
    return [
        rejection(user, options),
        (0,bitbucket_words/* finding */.g)('remote.skipped', 'notice', 'The other Bitbucket checks were not run: the credentials do not authenticate.', { title: 'Bitbucket checks', fix: 'Fix authentication first.' }),
    ];
}
/** An answer other than a 401: success, the expected scope refusal, or something that proves nothing. */
function accepted(user) {
    const init = { subject: 'app_token', evidence: [user.line] };
    const unjudged = (0,faults/* cannotJudge */.Dl)(bitbucket_auth_finding, 'bitbucket.auth', user, init);
    if (unjudged)
        return unjudged;
    if (user.status === 200 && !user.ownAnswer) {
        const message = 'Not checked: the account request was answered with success, but not by Bitbucket.';
        return bitbucket_auth_finding('bitbucket.auth', 'inconclusive', message, { ...init, explainedBy: 'bitbucket.impostor' });
    }
    if (user.status === 200) {
        return bitbucket_auth_finding('bitbucket.auth', 'pass', 'The email and token authenticate with Bitbucket Cloud.', init);
    }
    if (user.scopeError) {
        // Only a token Bitbucket accepted gets as far as its scope check. The 403 is expected: the account
        // details need read:user:bitbucket, which is not one of the seven.
        return bitbucket_auth_finding('bitbucket.auth', 'pass', 'The email and token authenticate with Bitbucket Cloud (the account details need read:user:bitbucket, which Entitle does not use).', {
            ...init,
            evidence: [
                `${user.request} → ${user.status} (expected: read:user:bitbucket is not one of the seven)`,
            ],
        });
    }
    const message = `Bitbucket answered HTTP ${user.status} to the account request.`;
    return bitbucket_auth_finding('bitbucket.auth', 'inconclusive', message, init);
}
const authentication = {
    name: 'Bitbucket accepts the email and token',
    words: bitbucket_auth_words,
    reports: ['bitbucket.auth', 'remote.skipped'],
    judge: (evidence, options) => {
        const user = (0,bitbucket_evidence/* probed */.D4)(evidence, 'user');
        if (!user)
            return [];
        return user.status === 401 ? rejected(user, options) : [accepted(user)];
    },
};

;// CONCATENATED MODULE: ./src/bitbucket/judges/credential-type.ts
/** Only a user's API token can manage permissions; Bitbucket names the kind in x-credential-type. */



const { words: credential_type_words, finding: credential_type_finding } = (0,findings/* defineFindings */.IP)({
    'bitbucket.credential_type': {
        section: 'bitbucket',
        title: 'Credential type',
        cause: "Bitbucket's x-credential-type header names something other than a user's API token.",
        fix: entitle/* BITBUCKET_TOKEN_FIX */.Et,
    },
});
/** Credential types Bitbucket names, in words; anything else a server sends is not repeated. */
const CREDENTIAL_TYPES = {
    app_password: `an app password (Bitbucket removed app passwords on ${entitle/* APP_PASSWORDS_REMOVED */.q9})`,
    // The app-password era's name for the same thing (seen live in x-credential-type).
    apikey: `an app password (Bitbucket removed app passwords on ${entitle/* APP_PASSWORDS_REMOVED */.q9})`,
    repo_access_token: 'a repository access token',
    project_access_token: 'a project access token',
    workspace_access_token: 'a workspace access token',
    access_token: 'an access token',
    oauth2: 'an OAuth consumer’s token',
    jwt: 'a Connect app (JWT)',
    session: 'a browser session',
};
const credentialType = {
    name: "The credential is a user's API token",
    words: credential_type_words,
    reports: ['bitbucket.credential_type'],
    judge: (evidence) => {
        const reported = (0,bitbucket_evidence/* credentialType */.gx)(evidence);
        if (!reported || reported.value === 'api_token')
            return [];
        const kind = Object.hasOwn(CREDENTIAL_TYPES, reported.value)
            ? CREDENTIAL_TYPES[reported.value]
            : 'another kind';
        return [
            credential_type_finding('bitbucket.credential_type', 'error', `Bitbucket reports the credential as ${kind}, not a user's API token. Only a user's API token with scopes can manage permissions for Entitle.`, { subject: 'app_token', evidence: [reported.evidence] }),
        ];
    },
};

;// CONCATENATED MODULE: ./src/bitbucket/judges/endpoint-removed.ts
/**
 * Bitbucket answers an endpoint it has removed with 410 and the change that removed it ("CHANGE-2770 -
 * Functionality has been deprecated"). Never a pass and never a scope verdict: the check, and maybe
 * Entitle, relies on something that is gone.
 */


const { words: endpoint_removed_words, finding: endpoint_removed_finding } = (0,findings/* defineFindings */.IP)({
    'bitbucket.endpoint_removed': {
        section: 'bitbucket',
        title: 'Endpoint removed',
        cause: 'Bitbucket answered 410 Gone, naming the change that removed the endpoint (such as CHANGE-2770, which removed four cross-workspace endpoints in 2026). What the request was to show is not proven, and Entitle may use the same endpoint.',
        fix: 'Update this action to its latest release (`@v1` follows it); if the latest still uses the endpoint, report it, naming the change. Ask Entitle whether its integration is affected.',
    },
});
const endpointRemoved = {
    name: 'No endpoint the check uses was removed',
    words: endpoint_removed_words,
    reports: ['bitbucket.endpoint_removed'],
    judge: (evidence) => {
        const gone = evidence.sent.filter((p) => p.removedBy !== undefined);
        if (gone.length === 0)
            return [];
        const changes = [...new Set(gone.map((p) => p.removedBy))].join(', ');
        const requests = gone.map((p) => p.request).join(', ');
        return [
            endpoint_removed_finding('bitbucket.endpoint_removed', 'inconclusive', `Bitbucket removed an endpoint this check uses (${changes}: ${requests} → 410). Entitle's use of it may be affected too; update the action.`, { subject: plan/* BITBUCKET_HOST */.v7, evidence: gone.map((p) => p.line) }),
        ];
    },
};

;// CONCATENATED MODULE: ./src/bitbucket/judges/extra-scopes.ts
/** Scopes beyond the seven: not wrong, but more than Entitle needs. */



const { words: extra_scopes_words, finding: extra_scopes_finding } = (0,findings/* defineFindings */.IP)({
    'bitbucket.extra_scopes': {
        section: 'bitbucket',
        title: 'Extra scopes',
        cause: 'The token holds scopes beyond the seven Entitle needs.',
        fix: 'For least privilege, create a token with only the seven scopes Entitle needs.',
    },
});
function extraScopes(granted) {
    if (!granted)
        return [];
    return [...granted].filter((s) => !plan/* REQUIRED_SCOPES */.k5.includes(s)).sort();
}
const extraScopesJudge = {
    name: 'The token holds no scope Entitle does not need',
    words: extra_scopes_words,
    reports: ['bitbucket.extra_scopes'],
    judge: (evidence) => {
        const introspection = (0,bitbucket_evidence/* introspect */.qb)(evidence);
        const extra = extraScopes(introspection.granted);
        if (extra.length === 0)
            return [];
        return [
            extra_scopes_finding('bitbucket.extra_scopes', 'notice', `The token holds scopes Entitle does not need: ${extra.join(', ')}.`, {
                subject: 'app_token',
                evidence: introspection.evidence,
            }),
        ];
    },
};

;// CONCATENATED MODULE: ./src/bitbucket/judges/impostor.ts
/** A success that is not Bitbucket's own JSON answer: something answered in its place. */



const { words: impostor_words, finding: impostor_finding } = (0,findings/* defineFindings */.IP)({
    'bitbucket.impostor': {
        section: 'bitbucket',
        title: 'Answer not from Bitbucket',
        cause: 'A request was answered with success but not with Bitbucket’s JSON (for example an HTML sign-in page): a captive portal, an intercepting proxy or a sign-in gateway answered in Bitbucket’s place. Such an answer proves nothing.',
        fix: `Check what stands between the runner and ${plan/* BITBUCKET_HOST */.v7} (proxy, firewall, network sign-in); the runner must reach Bitbucket itself. Then run again.`,
    },
});
const impostor = {
    name: 'Every success came from Bitbucket',
    words: impostor_words,
    reports: ['bitbucket.impostor'],
    judge: (evidence) => {
        const answered = evidence.sent.filter(bitbucket_evidence/* isImpostor */.YB);
        if (answered.length === 0)
            return [];
        const html = answered.some((p) => p.html);
        return [
            impostor_finding('bitbucket.impostor', 'inconclusive', `Something answered in Bitbucket's place: ${answered.length === 1 ? 'a request' : `${answered.length} requests`} came back with success but ${html ? 'an HTML page' : 'not Bitbucket’s JSON'} (a captive portal, a sign-in page or an intercepting proxy). Such answers prove nothing.`, { subject: plan/* BITBUCKET_HOST */.v7, evidence: answered.map((p) => p.line) }),
        ];
    },
};

;// CONCATENATED MODULE: ./src/bitbucket/judges/rate-budget.ts
/**
 * Bitbucket counts authenticated requests per account over a rolling hour, and Entitle spends the
 * same account's budget. When an answer says the budget is nearly spent (`X-RateLimit-NearLimit`),
 * one warning says so: the check must never be what makes Entitle hit a 429.
 */

const { words: rate_budget_words, finding: rate_budget_finding } = (0,findings/* defineFindings */.IP)({
    'bitbucket.rate_budget': {
        section: 'bitbucket',
        title: 'Request budget',
        cause: "Bitbucket said the account's hourly request budget is nearly spent (X-RateLimit-NearLimit). Entitle spends the same budget, so its requests may soon be refused (429) for up to an hour.",
        fix: `Run this check less often, or set ${(0,findings/* input */.hF)('reuse-proof-hours')} (say, 24) so that gated runs send one Bitbucket request; find what else spends this account's requests.`,
    },
});
const rateBudget = {
    name: "The account's hourly request budget is not nearly spent",
    words: rate_budget_words,
    reports: ['bitbucket.rate_budget'],
    judge: (evidence) => {
        const near = evidence.sent.find((p) => p.nearLimit);
        if (!near)
            return [];
        return [
            rate_budget_finding('bitbucket.rate_budget', 'warning', "Bitbucket said this account's hourly request budget is nearly spent; Entitle shares it.", { evidence: [`${near.line} (X-RateLimit-NearLimit: true)`] }),
        ];
    },
};

;// CONCATENATED MODULE: ./src/bitbucket/judges/repository.ts
/**
 * The repository-level probes need one repository the account administers. A repository found but
 * then refused for reasons other than scopes proves nothing about the probes sent to it.
 */




const { words: repository_words, finding: repository_finding } = (0,findings/* defineFindings */.IP)({
    'bitbucket.repository': {
        section: 'bitbucket',
        title: 'Administered repository',
        cause: 'The repository-level probes need one repository the account administers in the workspace.',
        fix: `Give the account admin access to at least one repository, or name a ${(0,findings/* input */.hF)('workspace')} where it has some.`,
    },
});
/** A repository was found: its probes prove something unless the workspace refused requests about its content. */
function found(evidence, workspace, repository, init) {
    const refused = evidence.sent.find((p) => (p.workspace === undefined || p.workspace === workspace) && plan/* probes */.Kn[p.id].content && (0,bitbucket_evidence/* isRefusal */.vu)(p));
    const subject = `${workspace}/${repository}`;
    if (refused) {
        // The refusal's own finding names the cause and its one fix.
        return repository_finding('bitbucket.repository', 'inconclusive', `The account administers repository ${subject}, but Bitbucket refused requests in the workspace for reasons other than scopes, so the repository's probes prove nothing.`, { ...init, subject, explainedBy: bitbucket_evidence/* REFUSAL_FINDING */.Hr[(0,bitbucket_evidence/* refusalKind */.lU)(refused)] });
    }
    return repository_finding('bitbucket.repository', 'pass', `The account administers repository ${subject}.`, {
        ...init,
        subject,
    });
}
/** No repository to probe: why, from the listing. */
function notFound(listing, workspace, init) {
    const slugs = listing.repositorySlugs;
    if (slugs && slugs.length > 0) {
        return repository_finding('bitbucket.repository', 'inconclusive', `Bitbucket named an administered repository in ${workspace} whose slug cannot be used in a request (such as \`..\`), so the repository-level probes were not sent.`, { ...init, fix: 'Run again; if it persists, report it with the details.' });
    }
    if (slugs) {
        return repository_finding('bitbucket.repository', 'warning', `The account administers no repository in workspace ${workspace}, so the repository-level probes were not run.`, init);
    }
    if ((0,bitbucket_evidence/* isRefusal */.vu)(listing)) {
        const message = `Not checked: Bitbucket refused the repository listing in ${workspace} for a reason other than scopes.`;
        return repository_finding('bitbucket.repository', 'inconclusive', message, {
            ...init,
            explainedBy: bitbucket_evidence/* REFUSAL_FINDING */.Hr[(0,bitbucket_evidence/* refusalKind */.lU)(listing)],
        });
    }
    if (listing.scopeError) {
        const message = `Not checked: listing the repositories in ${workspace} needs a scope the token lacks.`;
        return repository_finding('bitbucket.repository', 'inconclusive', message, {
            ...init,
            explainedBy: 'bitbucket.missing_scopes',
        });
    }
    if (listing.status === 404) {
        return repository_finding('bitbucket.repository', 'error', `Workspace ${workspace} was not found.`, {
            ...init,
            fix: `Check the workspace ID (the slug in bitbucket.org/<workspace>/) given in ${(0,findings/* input */.hF)('workspace')}.`,
        });
    }
    return (0,faults/* cannotJudge */.Dl)(repository_finding, 'bitbucket.repository', listing, {
        ...init,
        fallback: 'Could not list the repositories the account administers.',
        fix: 'Run again; if it persists, record a transcript (the `transcript` input) and report it.',
    });
}
function judgeRepository(evidence) {
    const { workspace, repository } = evidence;
    const listing = (0,bitbucket_evidence/* probed */.D4)(evidence, 'admin-repositories');
    if (workspace === undefined || listing === undefined)
        return [];
    const init = { subject: workspace, evidence: [listing.line] };
    return [
        repository !== undefined
            ? found(evidence, workspace, repository, init)
            : notFound(listing, workspace, init),
    ];
}
const repository = {
    name: 'The account administers a repository in the workspace',
    words: repository_words,
    reports: ['bitbucket.repository'],
    judge: judgeRepository,
};

;// CONCATENATED MODULE: ./src/bitbucket/judges/missing-scopes.ts
/**
 * One cause, one fix: the scopes proven missing are one finding that lists them, with the one fix (a
 * new token with all seven), and one annotation. Each scope's own verdict stays an error in the
 * summary's table, explained by it, with no fix of its own.
 */



const { words: MISSING_SCOPES_WORDS, finding: missing_scopes_finding } = (0,findings/* defineFindings */.IP)({
    'bitbucket.missing_scopes': {
        section: 'bitbucket',
        title: 'Missing scopes',
        cause: 'The token lacks one or more of the seven scopes Entitle needs (each scope row says how that was proven). Scopes cannot be added to an existing token.',
        fix: `Scopes cannot be added to an existing token. ${entitle/* BITBUCKET_TOKEN_FIX */.Et}`,
    },
});
/** The scope verdicts, with the missing ones grouped under one finding that carries the fix. */
function groupMissing(verdicts) {
    const missing = verdicts.filter((f) => f.id === 'bitbucket.scope' && f.severity === 'error');
    if (missing.length === 0)
        return [...verdicts];
    const scopes = missing.map((f) => f.scope);
    const count = scopes.length === 1 ? 'one' : `${scopes.length}`;
    const summary = missing_scopes_finding('bitbucket.missing_scopes', 'error', `The token lacks ${count} of the ${plan/* REQUIRED_SCOPES */.k5.length} scopes Entitle needs: ${scopes.join(', ')}.`, { subject: 'app_token' });
    // New findings, explained by the summary: a finding is never edited once made.
    const explained = verdicts.map((f) => missing.includes(f) ? Object.freeze({ ...withoutFix(f), explainedBy: 'bitbucket.missing_scopes' }) : f);
    return [summary, ...explained];
}
function withoutFix(f) {
    const { fix: _fix, ...rest } = f;
    return rest;
}

;// CONCATENATED MODULE: ./src/bitbucket/judges/scopes.ts
/**
 * One verdict per scope Entitle needs, from what the requests showed:
 * - pass: granted (listed by introspection, or, when no answer listed the scopes, a probe passed the
 *   scope check), and no probe contradicts it;
 * - error: introspection or a scope 403 shows it missing (a disagreeing probe is reported beside it);
 * - inconclusive: nothing proved it either way.
 */






const { words: scopes_words, finding: scopes_finding } = (0,findings/* defineFindings */.IP)({
    'bitbucket.scope': {
        section: 'bitbucket',
        title: 'Scope',
        cause: 'The verdict for one of the seven scopes Entitle needs: granted (pass), proven missing (error), or not provable either way (inconclusive).',
        fix: `Scopes cannot be added to an existing token. ${entitle/* BITBUCKET_TOKEN_FIX */.Et}`,
    },
    'bitbucket.scope_refused': {
        section: 'bitbucket',
        title: 'Scope',
        cause: "The probe of a permission scope was refused for a reason other than scopes (the authentication method, an IP allowlist, a policy): Entitle's permission changes may be refused the same way. A new token would not fix it, so the scope is not in `missing-scopes`.",
        fix: 'See the Bitbucket finding that names the refusal, and resolve it; then run again.',
    },
    'bitbucket.scope_disagreement': {
        section: 'bitbucket',
        title: 'Scope evidence disagrees',
        cause: "Bitbucket's list of granted scopes and a probe's answer disagree about a scope. The verdict follows the list (or the refusal), never the more favourable reading.",
        fix: 'Follow the scope verdict; if a new token with every scope still shows this, report it.',
    },
});
/**
 * Scopes whose probe Bitbucket refused for a reason other than scopes: Entitle's permission writes may
 * be refused the same way, so the granted list alone cannot pass them.
 */
function blockedWriteScopes(evidence) {
    return Object.values(plan/* probes */.Kn).flatMap(({ id, writeScope }) => {
        const sent = writeScope && (0,bitbucket_evidence/* probed */.D4)(evidence, id);
        if (!writeScope || !sent || !(0,bitbucket_evidence/* isRefusal */.vu)(sent))
            return [];
        return [{ scope: writeScope, kind: (0,bitbucket_evidence/* refusalKind */.lU)(sent), evidence: sent.line }];
    });
}
function blockedVerdict(blocked, evidence) {
    const init = { subject: blocked.scope, scope: blocked.scope, evidence, title: 'Scope' };
    if (blocked.kind === 'auth-method') {
        return scopes_finding('bitbucket.scope_refused', 'error', `Bitbucket refuses ${blocked.scope}'s operation for this kind of credential, whatever its scopes: Entitle's permission changes would be refused the same way.`, { ...init, explainedBy: bitbucket_evidence/* REFUSAL_FINDING */.Hr['auth-method'] });
    }
    return scopes_finding('bitbucket.scope_refused', 'inconclusive', `Could not prove ${blocked.scope}: Bitbucket refused its probe for a reason other than scopes, so Entitle's permission changes may be refused too.`, { ...init, explainedBy: bitbucket_evidence/* REFUSAL_FINDING */.Hr[blocked.kind] });
}
/** What one probe's answer shows about the scopes it exercises. */
function classifyProbe(sent) {
    const proves = plan/* probes */.Kn[sent.id].proves;
    const evidence = sent.line;
    const { status } = sent;
    if (status === undefined)
        return { kind: 'unproven', scopes: proves, evidence, noAnswer: true };
    const scope = sent.scopeError;
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
    // Only Bitbucket's own 2xx proves a scope (ownAnswer is false for any other status), and never a
    // write or delete that succeeded: that is an alarm, judged elsewhere. Any other 2xx ends unproven.
    if (sent.ownAnswer) {
        return {
            kind: plan/* probes */.Kn[sent.id].writeScope === undefined ? 'proved' : 'unproven',
            scopes: proves,
            evidence,
        };
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
        return scopes_finding('bitbucket.scope', 'inconclusive', message, { ...init, dependsOn: unreachable });
    }
    return scopes_finding('bitbucket.scope', 'inconclusive', `Could not tell whether the token holds ${scope}: no answer listed the granted scopes, and no request that needs it succeeded or was refused for scopes.`, {
        ...init,
        fix: 'Run again; if it stays inconclusive, record a transcript (the `transcript` input) and report it.',
    });
}
/** The granted list is Bitbucket's own statement; a probe that got past it does not overrule it. */
function notListed(scope, corroborated, evidence) {
    const init = { subject: scope, scope, evidence, title: 'Scope' };
    const message = `The token lacks ${scope}: it is not among the scopes Bitbucket lists for it.`;
    const lacks = scopes_finding('bitbucket.scope', 'error', message, init);
    if (!corroborated)
        return [lacks];
    return [
        lacks,
        scopes_finding('bitbucket.scope_disagreement', 'notice', `Bitbucket's list of granted scopes omits ${scope}, yet a request that needs it was not refused for scopes.`, { subject: scope, evidence }),
    ];
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
            scopes_finding('bitbucket.scope', 'error', `The token lacks ${scope}: Bitbucket refused a request for it${disagreement}.`, init),
        ];
    }
    if (granted && !listed)
        return notListed(scope, corroborated, evidence);
    if (blocked)
        return [blockedVerdict(blocked, evidence)];
    if (listed || proved) {
        const how = listed && corroborated
            ? 'listed as granted, and a request that needs it passed the scope check'
            : listed
                ? 'listed as granted'
                : 'a request that needs it succeeded';
        return [scopes_finding('bitbucket.scope', 'pass', `The token holds ${scope} (${how}).`, init)];
    }
    return [unproven(scope, about, evidence, unreachable)];
}
function scopeVerdicts(introspection, results, blocked, unreachable) {
    return plan/* REQUIRED_SCOPES */.k5.flatMap((scope) => verdictFor(scope, introspection, results, blocked.find((b) => b.scope === scope), unreachable));
}
const scopes = {
    name: 'The token holds each scope Entitle needs',
    words: { ...scopes_words, ...MISSING_SCOPES_WORDS },
    reports: [
        'bitbucket.missing_scopes',
        'bitbucket.scope',
        'bitbucket.scope_refused',
        'bitbucket.scope_disagreement',
    ],
    judge: (evidence) => groupMissing(scopeVerdicts((0,bitbucket_evidence/* introspect */.qb)(evidence), evidence.sent.map(classifyProbe), blockedWriteScopes(evidence), (0,faults/* firstNetworkCause */.eC)(evidence.sent))),
};

;// CONCATENATED MODULE: ./src/bitbucket/judges/seat-limit.ts
/**
 * The permission write may answer 402 when the workspace's plan has no free seat: Entitle could not
 * grant access to anyone new. A warning with that cause; the write scope's verdict comes from the
 * other evidence (a 402 proves no scope either way).
 */


const { words: seat_limit_words, finding: seat_limit_finding } = (0,findings/* defineFindings */.IP)({
    'bitbucket.seat_limit': {
        section: 'bitbucket',
        title: 'Plan seat limit',
        cause: "The permission write was answered 402: the workspace's plan has no free seat (its user limit), so Entitle could not grant access to anyone who is not already a member.",
        fix: "Free a seat or raise the plan's user limit (Workspace settings → Plan details), then run again.",
    },
});
const seatLimit = {
    name: "The workspace's plan has a free seat",
    words: seat_limit_words,
    reports: ['bitbucket.seat_limit'],
    judge: (evidence) => {
        const write = (0,bitbucket_evidence/* probed */.D4)(evidence, 'write-permission');
        if (write?.status !== 402)
            return [];
        return [
            seat_limit_finding('bitbucket.seat_limit', 'warning', `Bitbucket answered the permission write with 402: workspace ${evidence.workspace}'s plan has no free seat, so Entitle could not grant access to anyone new.`, { subject: evidence.workspace ?? 'workspace', evidence: [write.line] }),
        ];
    },
};

// EXTERNAL MODULE: ./src/bitbucket/judges/token-expiry-bitbucket.ts
var token_expiry_bitbucket = __webpack_require__(39255);
;// CONCATENATED MODULE: ./src/bitbucket/judges/unexpected-answers.ts
/**
 * An answer no check explains is never passed over: each request's plan names the error statuses its
 * judge reads; any other is reported, inconclusive, described by status and body kind only (an HTML
 * page can embed the caller's profile and a web token, so no part of a body is ever repeated).
 */


const { words: unexpected_answers_words, finding: unexpected_answers_finding } = (0,findings/* defineFindings */.IP)({
    'bitbucket.unexpected_answer': {
        section: 'bitbucket',
        title: 'Unexpected answer',
        cause: 'Bitbucket answered a request with a status no check of this action expects there (say, a 404 on a repository the account was just listed as administering, or an HTML page): what the request was to show is not proven, whatever the granted-scopes list says. Only the status and the kind of body are shown.',
        fix: 'Run again; if it persists, record a transcript (the `transcript` input) and report it with the finding: Bitbucket may have changed how it answers.',
    },
    'bitbucket.unproven_request': {
        section: 'bitbucket',
        title: 'Request not proven',
        cause: 'A request was answered with something that proves nothing (HTTP 429, a 5xx, a body over 1 MiB) and no other check reports it: what it was to show is not proven, whatever the granted-scopes list says.',
        fix: 'Run again later; the message says what to check.',
    },
});
/** Answers that prove nothing, on a request whose own judge does not read every answer. */
function unexpected_answers_unproven(p) {
    return p.fault?.kind === 'proves-nothing' && plan/* probes */.Kn[p.id].explained !== 'any';
}
/** Judged elsewhere: success (impostor, scopes), faults, a removed endpoint, a refusal after sign-in. */
function explained(p) {
    const { status } = p;
    if (status === undefined || p.fault || (status >= 200 && status < 300) || status === 410)
        return true;
    if (status === 401 && plan/* probes */.Kn[p.id].refusalJudged)
        return true;
    const statuses = plan/* probes */.Kn[p.id].explained;
    return statuses === 'any' || statuses.includes(status);
}
const unexpectedAnswers = {
    name: 'Every answer is one a check explains',
    words: unexpected_answers_words,
    reports: ['bitbucket.unexpected_answer', 'bitbucket.unproven_request'],
    judge: (evidence) => [...unexpectedFindings(evidence.sent), ...unprovenFindings(evidence.sent)],
};
/** One finding for every answer no check expects; the first is named, all are in the evidence. */
function unexpectedFindings(sent) {
    const unexpected = sent.filter((p) => !explained(p));
    const [first] = unexpected;
    if (!first)
        return [];
    const what = `${first.status} (${first.bodyShown}) to ${first.request}`;
    const more = unexpected.length > 1 ? `, and ${unexpected.length - 1} more such answers` : '';
    return [
        unexpected_answers_finding('bitbucket.unexpected_answer', 'inconclusive', `Bitbucket answered ${what}${more}: no check of this action explains that answer, so what the request was to show is not proven.`, { subject: plan/* BITBUCKET_HOST */.v7, evidence: unexpected.map((p) => `${p.line} (${p.bodyShown})`) }),
    ];
}
/** Each fault that proves nothing and that no other check reports, with its own reason and fix. */
function unprovenFindings(sent) {
    return sent.filter(unexpected_answers_unproven).map((p) => {
        const fault = p.fault;
        return unexpected_answers_finding('bitbucket.unproven_request', 'inconclusive', `${fault.message} What ${p.request} was to show is not proven.`, {
            subject: plan/* BITBUCKET_HOST */.v7,
            evidence: [p.line],
            fix: fault.fix,
        });
    });
}

// EXTERNAL MODULE: ./node_modules/fastest-levenshtein/mod.js
var mod = __webpack_require__(21916);
;// CONCATENATED MODULE: ./src/bitbucket/judges/workspace.ts
/**
 * Entitle manages permissions, so the token's account must administer the workspace: the named one,
 * or, when none is named, any (the first is probed).
 */




const { words: workspace_words, finding: workspace_finding } = (0,findings/* defineFindings */.IP)({
    'bitbucket.workspace': {
        section: 'bitbucket',
        title: 'Workspace administration',
        cause: `Entitle manages permissions, so the account must administer the workspace. Reported when it administers none, or not the one named in ${(0,findings/* input */.hF)('workspace')}.`,
        fix: "Make the token's account an administrator of the workspace Entitle manages, or use a token of an account that is.",
    },
});
const NOT_ADMIN = 'Entitle manages permissions, so the account that owns the token must be an administrator of the workspace.';
function shownList(slugs, truncated) {
    return (slugs.slice(0, 20).join(', ') +
        (slugs.length > 20 ? `, and ${slugs.length - 20} more` : '') +
        (truncated ? ` (listing stopped after ${bitbucket_evidence/* MAX_WORKSPACE_PAGES */.eK} pages)` : ''));
}
/** A workspace named in `workspace`: administered, or not (with the ones that are). */
function named(evidence, requested, slugs, shown, init) {
    if (evidence.workspace !== undefined) {
        return workspace_finding('bitbucket.workspace', 'pass', `The account administers workspace ${requested}.`, init);
    }
    // A near miss of an administered workspace is a typo far likelier than a missing role.
    const meant = slugs.length > 0 ? (0,mod/* closest */.kp)(requested.toLowerCase(), slugs) : undefined;
    if (meant !== undefined && (0,mod/* distance */.Io)(requested.toLowerCase(), meant) <= 2) {
        return workspace_finding('bitbucket.workspace', 'error', `Workspace ${requested} is not among the workspaces the account administers; ${meant} is.`, {
            ...init,
            fix: `Did you mean ${meant}? Set ${(0,findings/* input */.hF)('workspace')} to the slug in bitbucket.org/<workspace>/.`,
        });
    }
    return workspace_finding('bitbucket.workspace', 'error', `Workspace ${requested} is not among the workspaces the account administers${slugs.length ? ` (${shown})` : ''}. ${NOT_ADMIN}`, {
        ...init,
        fix: `Set ${(0,findings/* input */.hF)('workspace')} to the workspace Entitle manages; if that is ${requested}, make the token's account an administrator of it (Workspace settings → User groups or Users).`,
    });
}
/** The listing could not be read: for a missing scope (said once, by the scopes' finding), or for no known reason. */
function unlisted(listing, init) {
    if (listing.scopeError) {
        const message = 'Not checked: listing the workspaces needs read:workspace:bitbucket, which the token lacks.';
        return workspace_finding('bitbucket.workspace', 'inconclusive', message, {
            ...init,
            explainedBy: 'bitbucket.missing_scopes',
        });
    }
    return (0,faults/* cannotJudge */.Dl)(workspace_finding, 'bitbucket.workspace', listing, {
        ...init,
        fallback: 'Could not list the workspaces the account administers.',
        fix: 'Run again; if it persists, record a transcript (the `transcript` input) and report it.',
    });
}
function judgeWorkspace(evidence, options) {
    const listingProbe = (0,bitbucket_evidence/* probed */.D4)(evidence, 'workspaces');
    if (!listingProbe)
        return [];
    const requested = options.workspace;
    const init = { subject: requested ?? 'workspace', evidence: [listingProbe.line] };
    if (evidence.workspaces.slugs === undefined)
        return [unlisted(listingProbe, init)];
    const slugs = (0,bitbucket_evidence/* administeredSlugs */.IW)(evidence.workspaces);
    const shown = shownList(slugs, evidence.workspaces.truncated);
    if (requested)
        return [named(evidence, requested, slugs, shown, init)];
    const chosen = evidence.workspace;
    if (chosen === undefined && (evidence.workspaces.unusable ?? 0) > 0) {
        return [
            workspace_finding('bitbucket.workspace', 'inconclusive', 'Bitbucket listed administered workspaces whose IDs cannot be used in a request (such as `..`), so none was probed.', { ...init, fix: `Set ${(0,findings/* input */.hF)('workspace')} to the ID of the workspace Entitle manages.` }),
        ];
    }
    if (chosen === undefined) {
        return [
            workspace_finding('bitbucket.workspace', 'error', `The account administers no workspace. ${NOT_ADMIN}`, init),
        ];
    }
    const many = slugs.length > 1;
    const refused = evidence.refusedWorkspaces;
    const why = refused.length > 0
        ? `; ${refused.map((r) => r.slug).join(', ')} refused the token, so ${chosen} was probed (set ${(0,findings/* input */.hF)('workspace')} to the one Entitle manages)`
        : many
            ? `; probed ${chosen} (set ${(0,findings/* input */.hF)('workspace')} to choose)`
            : '';
    return [
        workspace_finding('bitbucket.workspace', 'pass', `The account administers ${many ? `${slugs.length} workspaces:` : 'workspace'} ${shown}${why}.`, { ...init, subject: chosen, evidence: [...init.evidence, ...refused.map((r) => r.line)] }),
    ];
}
const workspace = {
    name: 'The account administers the workspace',
    words: workspace_words,
    reports: ['bitbucket.workspace'],
    judge: judgeWorkspace,
};

;// CONCATENATED MODULE: ./src/bitbucket/judges/write-alarm.ts
/**
 * The permission PUT and DELETE are built so they cannot succeed. If one does, it is not proof of a
 * scope but an alarm: something accepted a permission change in the customer's repository.
 */


const { words: write_alarm_words, finding: write_alarm_finding } = (0,findings/* defineFindings */.IP)({
    'bitbucket.write_probe_succeeded': {
        section: 'bitbucket',
        title: 'Write probe succeeded',
        cause: 'The permission PUT or DELETE, built so that it cannot succeed (a random user id and an invalid permission), was answered with success: something in Bitbucket’s place accepted it, or the service changed. A permission may have changed.',
        fix: "Check the repository's user permissions (Repository settings → Repository permissions) for anything you do not recognise, and report this with the details: a write probe must never succeed.",
    },
});
const writeAlarm = {
    name: 'No write probe succeeded',
    words: write_alarm_words,
    reports: ['bitbucket.write_probe_succeeded'],
    judge: (evidence) => evidence.sent
        .filter((p) => plan/* probes */.Kn[p.id].writeScope !== undefined)
        .filter((p) => p.status !== undefined && p.status >= 200 && p.status < 300)
        .map((p) => write_alarm_finding('bitbucket.write_probe_succeeded', 'error', `The ${p.id === 'write-permission' ? 'write' : 'delete'} probe succeeded: a permission may have changed on ${evidence.workspace}/${evidence.repository}; check its user permissions.`, { subject: `${evidence.workspace}/${evidence.repository}`, evidence: [p.line] })),
};

;// CONCATENATED MODULE: ./src/bitbucket/judges/write-probes.ts
/** Says when the impossible PUT and DELETE were not sent, so their scopes rest on the list alone. */

const { words: write_probes_words, finding: write_probes_finding } = (0,findings/* defineFindings */.IP)({
    'bitbucket.write_probes_skipped': {
        section: 'bitbucket',
        title: 'Write probes',
        cause: `${(0,findings/* input */.hF)('probe-write-scopes', 'false')}: the impossible PUT and DELETE were not sent.`,
        fix: `Set ${(0,findings/* input */.hF)('probe-write-scopes', 'true')} (the default) to prove write:permission and delete:permission by request.`,
    },
});
const writeProbes = {
    name: 'The write and delete probes were sent',
    words: write_probes_words,
    reports: ['bitbucket.write_probes_skipped'],
    judge: (_evidence, options) => options.probeWriteScopes
        ? []
        : [
            write_probes_finding('bitbucket.write_probes_skipped', 'notice', `${(0,findings/* input */.hF)('probe-write-scopes', 'false')}: write:permission and delete:permission were judged from the granted-scopes list alone.`),
        ],
};

;// CONCATENATED MODULE: ./src/bitbucket/judges/bitbucket-judges.ts


















/** Bitbucket's host answered; when it did not, one finding names why, and the checks defer to it. */
const reachable = {
    name: 'Bitbucket answers',
    // The network findings' words are the network's own (src/net/network-words.ts).
    words: {},
    reports: faults/* NETWORK_CAUSES */.Mq,
    judge: (evidence) => (0,faults/* reachability */.oY)(evidence.sent),
};
const bitbucketJudges = [
    reachable,
    authentication,
    impostor,
    endpointRemoved,
    unexpectedAnswers,
    writeAlarm,
    credentialType,
    workspace,
    repository,
    writeProbes,
    seatLimit,
    accessRefusals,
    scopes,
    extraScopesJudge,
    token_expiry_bitbucket/* tokenExpiry */.f,
    rateBudget,
];
function judgeBitbucket(evidence, options) {
    return (0,judge/* runJudges */.K)((0,bitbucket_evidence/* rejected */.nS)(evidence) ? [authentication] : bitbucketJudges, evidence, options);
}

;// CONCATENATED MODULE: ./src/bitbucket/check-bitbucket.ts


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

// EXTERNAL MODULE: ./src/jira/gather-jira.ts
var gather_jira = __webpack_require__(78634);
// EXTERNAL MODULE: ./src/jira/jira-evidence.ts
var jira_evidence = __webpack_require__(76686);
;// CONCATENATED MODULE: ./src/jira/judges/account.ts
/** The credentials belong to an active, regular Atlassian user account. */


const { words: account_words, finding: account_finding } = (0,findings/* defineFindings */.IP)({
    'jira.account': {
        section: 'jira',
        title: 'Jira account',
        cause: 'The account behind the Jira credentials is not an active, regular Atlassian user account.',
        fix: 'Use the credentials of an active Atlassian user account.',
    },
});
const account = {
    name: 'The Jira account is an active user account',
    words: account_words,
    reports: ['jira.account'],
    judge: (evidence) => {
        if ((0,jira_evidence/* authState */.wh)(evidence) !== 'authenticated')
            return [];
        const me = (0,jira_evidence/* accountOf */.XP)(evidence);
        const init = { subject: 'jira_credentials.user', evidence: [evidence.myself.line] };
        if (me?.accountType !== undefined && me.accountType !== 'atlassian') {
            return [
                account_finding('jira.account', 'error', 'The Jira credentials belong to an account that is not a regular Atlassian user account.', init),
            ];
        }
        if (me?.active === false)
            return [account_finding('jira.account', 'error', 'The Jira account is deactivated.', init)];
        return [
            account_finding('jira.account', 'pass', 'The Jira account is an active user account.', {
                subject: 'jira_credentials.user',
            }),
        ];
    },
};

// EXTERNAL MODULE: ./src/jira/jira-words.ts
var jira_words = __webpack_require__(85402);
;// CONCATENATED MODULE: ./src/jira/judges/browse-users.ts
/**
 * The global permission Browse users and groups (USER_PICKER). A failing login reason on this request
 * makes any status an authentication failure: Jira answered as for an anonymous user.
 */




const { words: browse_users_words, finding: browse_users_finding } = (0,findings/* defineFindings */.IP)({
    'jira.browse_users': {
        section: 'jira',
        title: 'Browse users and groups',
        cause: 'Whether the account has the global permission Browse users and groups (USER_PICKER). Reading users by account id, as Entitle does, needs only access to Jira, so its absence is a notice: the email check carries the verdict.',
        fix: 'Nothing to do unless the email check fails; if it does, in Jira settings → System → Global permissions, grant Browse users and groups to a group the account is in.',
    },
});
function judgeBrowseUsers(evidence) {
    if ((0,jira_evidence/* authState */.wh)(evidence) !== 'authenticated')
        return [];
    const { permissions } = evidence;
    const init = { evidence: [permissions.line] };
    if (permissions.failedLogin) {
        return [
            (0,jira_words/* finding */.g)('jira.auth', 'error', 'Jira rejected the credentials on the permissions request (it answered as for an anonymous user).', { ...init, subject: 'jira_credentials.key' }),
        ];
    }
    const havePermission = permissions.userPicker;
    if (havePermission === true) {
        return [
            browse_users_finding('jira.browse_users', 'pass', 'The account has the global permission Browse users and groups.', init),
        ];
    }
    if (havePermission === false) {
        // Reading users by account id needs only access to Jira; the email sample says whether it works.
        return [
            browse_users_finding('jira.browse_users', 'notice', 'The account lacks the global permission Browse users and groups. Reading users by account id does not need it; the email check below shows what Entitle can read.', init),
        ];
    }
    const fallback = 'Could not read the account’s global permissions.';
    return [
        (0,faults/* cannotJudge */.Dl)(browse_users_finding, 'jira.browse_users', evidence.permissions, {
            ...init,
            fix: 'Run again.',
            fallback,
        }),
    ];
}
const browseUsers = {
    name: 'The account may browse users and groups',
    words: browse_users_words,
    reports: ['jira.browse_users', 'jira.auth'],
    judge: judgeBrowseUsers,
};

;// CONCATENATED MODULE: ./src/jira/judges/email-visibility.ts
/** Whether Jira returns the email addresses of a sample of the Bitbucket workspace's members. */




const { words: email_visibility_words, finding: email_visibility_finding } = (0,findings/* defineFindings */.IP)({
    'jira.email_visibility': {
        section: 'jira',
        title: 'Email visibility',
        cause: "Whether Jira returns the email addresses of a sample of the Bitbucket workspace's members (the token owner excluded: its own email is always visible to itself).",
        fix: "Emails are hidden by users' profile visibility; an organization admin can change it for managed accounts.",
    },
});
/** How many of the sampled members came back with an email address. */
function visibility(users, sample, init) {
    const found = users.filter((u) => sample.includes(u.accountId));
    const withEmail = found.filter((u) => (u.emailAddress ?? '') !== '').length;
    if (withEmail === 0) {
        return email_visibility_finding('jira.email_visibility', 'warning', `None of the ${found.length} sampled Bitbucket members came back with an email address, so Entitle cannot match them by email.`, {
            ...init,
            fix: "Emails are hidden by each user's profile visibility. An organization admin can make them visible (admin.atlassian.com → the managed accounts' profile visibility), or users can set email visibility to Anyone.",
        });
    }
    // Informational on a healthy run: a pass (in the summary), not a notice on every run.
    return email_visibility_finding('jira.email_visibility', 'pass', `${withEmail} of ${found.length} sampled Bitbucket members have an email address visible to the account; the others' profile visibility hides it.`, {
        ...init,
        fix: 'Members without a visible email cannot be matched by Entitle; their profile visibility hides it.',
    });
}
function judgeEmailVisibility(evidence) {
    if (!(0,jira_evidence/* usersReachable */.cW)(evidence) || evidence.emails === undefined)
        return [];
    const { sample, lookup } = evidence.emails;
    if (lookup === undefined) {
        return [
            email_visibility_finding('jira.email_visibility', 'notice', 'Email visibility was not checked: no Bitbucket workspace members other than the token owner were available to sample.', {
                fix: 'Nothing to do unless email matching matters; the Bitbucket findings say why no members were read.',
            }),
        ];
    }
    const init = { evidence: [lookup.line] };
    if (lookup.failedLogin) {
        return [
            (0,jira_words/* finding */.g)('jira.auth', 'error', 'Jira rejected the credentials on the user lookup.', {
                ...init,
                subject: 'jira_credentials.key',
            }),
        ];
    }
    const users = lookup.users;
    if (!users) {
        const unjudged = (0,faults/* cannotJudge */.Dl)(email_visibility_finding, 'jira.email_visibility', lookup, init);
        if (unjudged)
            return [unjudged];
        const status = lookup.status ?? '?';
        return [
            email_visibility_finding('jira.email_visibility', 'warning', `Jira did not return the sampled users (HTTP ${status}).`, {
                ...init,
                fix: 'Reading users by account id needs the account to have access to Jira on this site: check its product access (admin.atlassian.com → Products → Jira → Users), then run again.',
            }),
        ];
    }
    return [visibility(users, sample, init)];
}
const emailVisibility = {
    name: "Jira shows the sampled members' email addresses",
    words: email_visibility_words,
    reports: ['jira.email_visibility', 'jira.auth'],
    judge: judgeEmailVisibility,
};

;// CONCATENATED MODULE: ./src/jira/judges/jira-auth.ts
/**
 * Whether the site accepts jira_credentials.user and key. After a 401 the gateway's answer tells a
 * scoped token (accepted there, refused on the site) from wrong credentials.
 */





const { words: jira_auth_words, finding: jira_auth_finding } = (0,findings/* defineFindings */.IP)({
    'jira.captcha': {
        section: 'jira',
        title: 'Jira CAPTCHA',
        cause: 'Too many failed logins: Jira demands a CAPTCHA and refuses API requests for the account until someone signs in through the browser.',
        fix: 'Sign in once through the browser at the login URL given and solve the CAPTCHA, then run again.',
    },
    'jira.scoped_token': {
        section: 'jira',
        title: 'Jira token kind',
        cause: 'jira_credentials.key is an API token with scopes: the site refuses it, and the api.atlassian.com gateway accepts it. To tell, the check repeats /myself through the gateway after a 401; only the gateway\'s success proves a scoped token (its 401 "scope does not match" names no token kind).',
        fix: entitle/* JIRA_TOKEN_FIX */.lP,
    },
});
/** A site 401: the likely causes in order, none asserted. */
const REJECTED = 'Jira rejected the credentials. The likely causes, in order: the key expired or was revoked; jira_credentials.user is not the account that made the key; the key is mistyped or cut short; the key is an API token with scopes (Jira cannot tell which).';
function rejectedCredentials(evidence, lines, options) {
    const gateway = evidence.gateway;
    // Only the gateway's success proves a scoped token: its 401 "scope does not match" names no token
    // kind, and nothing public says what it answers a classic, wrong or expired one.
    if (gateway?.status === 200 && !gateway.failedLogin) {
        return jira_auth_finding('jira.scoped_token', 'error', 'jira_credentials.key is an API token with scopes: the site refuses it, and the api.atlassian.com gateway recognises it as one. Entitle calls the site, so it needs a classic API token.', { subject: 'jira_credentials.key', evidence: lines });
    }
    if (evidence.myself.passwordRefused) {
        return (0,jira_words/* finding */.g)('jira.auth', 'error', 'jira_credentials.key is an account password, not an API token: Jira refuses passwords for basic authentication.', { subject: 'jira_credentials.key', evidence: lines, fix: entitle/* JIRA_TOKEN_FIX */.lP });
    }
    const expiry = options.keyExpiry;
    // Past its recorded expiry: the likeliest cause leads the fix (the expiry's own finding stays silent).
    const expired = expiry && expiry.daysLeft < 0
        ? {
            fix: `The key expired on ${expiry.on} (as ${(0,findings/* input */.hF)('jira-key-expires-on')} records): ${entitle/* JIRA_TOKEN_FIX */.lP} Then set ${(0,findings/* input */.hF)('jira-key-expires-on')} to its new expiry, and check that jira_credentials.user is the email of the account that made it.`,
            daysLeft: expiry.daysLeft,
        }
        : {};
    return (0,jira_words/* finding */.g)('jira.auth', 'error', REJECTED, {
        subject: 'jira_credentials.key',
        evidence: lines,
        ...expired,
    });
}
function judgeAuthentication(evidence, options) {
    const lines = [evidence.myself.line, ...(evidence.gateway ? [evidence.gateway.line] : [])];
    const init = { subject: 'jira_credentials.key', evidence: lines };
    switch ((0,jira_evidence/* authState */.wh)(evidence)) {
        case 'authenticated':
            return [(0,jira_words/* finding */.g)('jira.auth', 'pass', 'The Jira credentials authenticate.', init)];
        case 'captcha':
            return [
                jira_auth_finding('jira.captcha', 'error', 'Jira refuses these credentials until someone signs in through the browser: too many failed logins triggered a CAPTCHA.', {
                    ...init,
                    subject: 'jira_credentials.user',
                    // The site's own origin, never the login URL the server sent: its path is not ours to show.
                    fix: `Sign in once as that user at ${evidence.origin} and solve the CAPTCHA, then run again. Check the key first, so the failures do not start again.`,
                }),
            ];
        case 'rejected':
            return [rejectedCredentials(evidence, lines, options)];
        case 'forbidden':
            return [
                (0,jira_words/* finding */.g)('jira.auth', 'inconclusive', 'Jira refused the request without saying the credentials are wrong; the site may allow access only from listed IP addresses.', { ...init, subject: 'jira_credentials.url', fix: (0,entitle/* allowlistFix */.Z4)('the Jira site') }),
            ];
        case 'unknown': {
            const status = evidence.myself.status ?? '?';
            const fix = 'Run again; if it persists, check the site and the credentials.';
            const fallback = `Jira answered HTTP ${status} without an account.`;
            return [(0,faults/* cannotJudge */.Dl)(jira_words/* finding */.g, 'jira.auth', evidence.myself, { ...init, fix, fallback })];
        }
    }
}
const jira_auth_authentication = {
    name: 'The Jira site accepts the credentials',
    words: jira_auth_words,
    reports: ['jira.auth', 'jira.captcha', 'jira.scoped_token'],
    judge: judgeAuthentication,
};

;// CONCATENATED MODULE: ./src/jira/judges/site.ts
/** Whether jira_credentials.url is a live Jira Cloud site; checked without sending credentials. */




const { words: site_words, finding: site_finding } = (0,findings/* defineFindings */.IP)({
    'jira.site': {
        section: 'jira',
        title: 'Jira site',
        cause: 'Whether jira_credentials.url is a live Jira Cloud site (checked without credentials): missing, renamed (a redirect, never followed), not an Atlassian site, or a site without Jira (its REST API answers 404 marked atl-missing-tcs: Jira was removed or never added).',
        fix: 'Set jira_credentials.url to the address you open Jira with, https://<site>.atlassian.net.',
    },
});
/** A redirect is never followed: to a Jira Cloud site, it was probably renamed; anywhere else, it is wrong. */
function moved(evidence, init) {
    const { origin, tenant, myself } = evidence;
    const to = tenant.redirect ?? myself.redirect;
    if (to?.kind !== 'site') {
        return site_finding('jira.site', 'error', `The Jira site ${origin} redirected to another host, which is not a Jira Cloud site; the credentials were not sent there.`, {
            ...init,
            fix: 'Set jira_credentials.url to the address you open Jira with, https://<site>.atlassian.net.',
        });
    }
    return site_finding('jira.site', 'error', `The Jira site ${origin} redirects to ${to.origin}; it was probably renamed. The credentials were not sent there.`, { ...init, fix: `If ${to.origin} is your Jira site, set jira_credentials.url to ${to.origin}.` });
}
function judgeSite(evidence) {
    const { origin, host, tenant } = evidence;
    const init = { subject: 'jira_credentials.url', evidence: [tenant.line] };
    switch ((0,jira_evidence/* siteState */.Zz)(evidence)) {
        case 'moved':
            return [moved(evidence, init)];
        case 'missing':
            return [
                site_finding('jira.site', 'error', `There is no Jira Cloud site at ${origin}.`, {
                    ...init,
                    fix: 'Check the site name: it is the address you open Jira with, https://<site>.atlassian.net.',
                }),
            ];
        case 'no-jira':
            return [
                site_finding('jira.site', 'error', `${origin} is an Atlassian site, but it has no Jira: its REST API answers 404 marked atl-missing-tcs (Jira was removed from the site, or never added).`, {
                    ...init,
                    evidence: [...init.evidence, evidence.myself.line],
                    fix: 'Set jira_credentials.url to the site where your Jira is (the address you open Jira with), or add Jira to this site; without Jira, remove jira_credentials.',
                }),
            ];
        case 'refused':
            return [
                site_finding('jira.site', 'inconclusive', `${origin} refused the site request; it may allow access only from listed IP addresses.`, { ...init, fix: (0,entitle/* allowlistFix */.Z4)('the Jira site') }),
            ];
        case 'unreachable':
            return [
                (0,faults/* cannotJudge */.Dl)(site_finding, 'jira.site', tenant, {
                    ...init,
                    fallback: `Could not reach ${host}.`,
                }),
            ];
        case 'not-atlassian':
            return [
                site_finding('jira.site', 'error', `${origin} did not answer as an Atlassian Cloud site does.`, {
                    ...init,
                    fix: 'Set jira_credentials.url to your Jira Cloud site, https://<site>.atlassian.net.',
                }),
            ];
        case 'live':
            return [site_finding('jira.site', 'pass', `${origin} is a Jira Cloud site.`, init)];
    }
}
const site = {
    name: 'jira_credentials.url is a live Jira Cloud site',
    words: site_words,
    reports: ['jira.site'],
    judge: judgeSite,
};

// EXTERNAL MODULE: ./src/jira/judges/token-expiry-jira.ts
var token_expiry_jira = __webpack_require__(36095);
;// CONCATENATED MODULE: ./src/jira/judges/jira-judges.ts









/** Jira's hosts answered; when one did not, one finding names why, and the checks defer to it. */
const jira_judges_reachable = {
    name: 'Jira answers',
    // The network findings' words are the network's own (src/net/network-words.ts).
    words: {},
    reports: faults/* NETWORK_CAUSES */.Mq,
    judge: (evidence) => (0,faults/* reachability */.oY)((0,jira_evidence/* sentTo */.cA)(evidence)),
};
const jiraJudges = [
    jira_judges_reachable,
    site,
    jira_auth_authentication,
    account,
    browseUsers,
    emailVisibility,
    token_expiry_jira/* tokenExpiry */.f,
];
function judgeJira(evidence, options) {
    return (0,judge/* runJudges */.K)((0,jira_evidence/* siteEndsChecks */.TD)((0,jira_evidence/* siteState */.Zz)(evidence)) ? [jira_judges_reachable, site] : jiraJudges, evidence, options);
}

;// CONCATENATED MODULE: ./src/jira/check-jira.ts


async function checkJira(credentials, deps, options = {}) {
    return judgeJira(await (0,gather_jira/* gatherJira */._z)(credentials, deps), options);
}

// EXTERNAL MODULE: ./src/net/network-codes.ts
var network_codes = __webpack_require__(80546);
;// CONCATENATED MODULE: ./src/net/retry-policy.ts
/**
 * Which outcomes are worth another attempt, and how long to wait. Atlassian counts requests per
 * account over a rolling hour, a budget Entitle shares, so a retry has to be worth it.
 */

/** Statuses worth another attempt; 400, 401, 403 and 404 never are. */
const RETRYABLE_STATUSES = new Set([429, 502, 503, 504]);
/**
 * A 429 is worth another attempt only when Retry-After asks for a short wait: without it (or with a
 * long one) a retry spends more of a budget that Entitle shares, and fails again.
 */
const MAX_RATE_LIMIT_WAIT_MS = 10_000;
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
function isRetryable(outcome, now) {
    if (outcome.kind === 'response' && outcome.status === 429) {
        const wait = parseRetryAfter(outcome.headers['retry-after'], now);
        return wait !== undefined && wait <= MAX_RATE_LIMIT_WAIT_MS;
    }
    return ((outcome.kind === 'response' && RETRYABLE_STATUSES.has(outcome.status)) ||
        (outcome.kind === 'network' && !(0,network_codes/* isCertificateCode */.TR)(outcome.code)));
}
function retryReason(outcome, retryAfter) {
    if (outcome.kind === 'response')
        return `HTTP ${outcome.status}${retryAfter !== undefined ? ' with Retry-After' : ''}`;
    return outcome.kind === 'network' ? `${outcome.description} (${outcome.code})` : outcome.kind;
}
/** How long before attempt `next`: Retry-After when given, else exponential backoff with jitter. */
function backoffMs(next, outcome, now, base, random) {
    const retryAfter = outcome.kind === 'response' ? parseRetryAfter(outcome.headers['retry-after'], now) : undefined;
    return { wait: Math.round(retryAfter ?? base * 2 ** (next - 2) * (0.5 + random() / 2)), retryAfter };
}
function formatMs(ms) {
    return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}

// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(46752);
// EXTERNAL MODULE: ./src/net/json-depth.ts
var json_depth = __webpack_require__(38537);
;// CONCATENATED MODULE: ./src/net/warm-pool.ts

const ignore = () => { };
function warm_pool_open(connector, url) {
    return new Promise((resolve) => connector({ host: url.host, hostname: url.hostname, protocol: url.protocol, port: url.port }, (error, socket) => {
        if (error || !socket) {
            resolve({ error: error ?? new Error('no socket') });
            return;
        }
        // While it waits, a reset must not be an unhandled error; undici listens once it takes it.
        socket.on('error', ignore);
        resolve({ socket });
    }));
}
/** A Pool whose first connections are opened together, as soon as it is made. */
class WarmPool extends undici/* Pool */.bC {
    #opened;
    constructor(origin, options, count) {
        const connector = typeof options.connect === 'function'
            ? options.connect
            : (0,undici/* buildConnector */.gU)({
                ...options.connect,
                ...(typeof options.connectTimeout === 'number' ? { timeout: options.connectTimeout } : {}),
            });
        const opened = Array.from({ length: count }, () => warm_pool_open(connector, new URL(origin)));
        super(origin, {
            ...options,
            // No more than planned: a connection that is a moment from being free again (undici frees it
            // after the answer is read) is waited for, never replaced by a new one.
            connections: count,
            connect: (connectOptions, callback) => {
                const next = opened.shift();
                if (!next) {
                    connector(connectOptions, callback);
                    return;
                }
                next.then((result) => {
                    // A connection that failed fails the request that takes it, as its own would have; one
                    // closed while it waited is replaced.
                    if ('error' in result)
                        callback(result.error, null);
                    else if (result.socket.destroyed || !result.socket.writable)
                        connector(connectOptions, callback);
                    else {
                        result.socket.off('error', ignore);
                        callback(null, result.socket);
                    }
                });
            },
        });
        this.#opened = opened;
    }
    /** Connections opened but never taken are closed with the pool. */
    #closeUnused() {
        for (const next of this.#opened.splice(0)) {
            next.then((result) => {
                if ('socket' in result)
                    result.socket.destroy();
            });
        }
    }
    close(...args) {
        this.#closeUnused();
        return super.close(...args);
    }
    destroy(...args) {
        this.#closeUnused();
        return super.destroy(...args);
    }
}
/** The agent option that makes each origin's Pool open its planned connections at once. */
function warmingFactory(plan) {
    return (origin, options) => {
        const count = plan(new URL(origin).origin);
        return count === undefined
            ? new undici/* Pool */.bC(origin, options)
            : new WarmPool(origin, options, count);
    };
}

;// CONCATENATED MODULE: ./src/net/transport.ts
/**
 * One attempt over undici, through its public API: the proxy-aware agent, a request with per-phase
 * limits and a hard stop of its own, a body read up to a cap. An attempt is answered or thrown; a
 * throw becomes an outcome here, named by its error code.
 */




/**
 * The production dispatcher: honours HTTPS_PROXY, HTTP_PROXY and NO_PROXY (either case), as
 * self-hosted runners behind a corporate proxy need. TLS trusts Node's store, which includes
 * NODE_EXTRA_CA_CERTS, so a TLS-inspecting proxy's CA works too.
 */
function createDefaultDispatcher(limits, connections = () => undefined) {
    return new undici/* EnvHttpProxyAgent */.J2({
        // Each origin's planned connections, opened together with its first request (warm-pool.ts).
        factory: warmingFactory(connections),
        // TCP and TLS, to the proxy and (through its tunnel) to the server.
        connectTimeout: limits.connectMs,
        headersTimeout: limits.headersMs,
        bodyTimeout: limits.bodyMs,
        // The proxy's answer to CONNECT: undici's proxy client has no limit of its own on it.
        clientFactory: (origin, options) => new undici/* Pool */.bC(origin, { ...options, headersTimeout: limits.connectMs, bodyTimeout: limits.connectMs }),
    });
}
const MAX_BODY_BYTES = 1024 * 1024;
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
    // One depth limit for every parse of server JSON: deeper than any answer the checks read is not
    // read at all, so nothing downstream (judges, scrubbing, recording) recurses into it.
    if ((0,json_depth/* nestingDepth */.Q)(text) > json_depth/* MAX_JSON_DEPTH */.K)
        return { kind: 'invalid-json' };
    try {
        return { kind: 'json', value: JSON.parse(text) };
    }
    catch {
        return { kind: 'invalid-json' };
    }
}
/** One attempt, answered or thrown; the caller turns a throw into an outcome. */
async function attempt(settings, req, timeoutMs, signal) {
    const headers = {
        'user-agent': settings.userAgent,
        accept: 'application/json',
        ...req.headers,
    };
    let body;
    if (req.json !== undefined) {
        body = JSON.stringify(req.json);
        headers['content-type'] = 'application/json';
    }
    const url = new URL(req.url);
    const response = await settings.dispatcher.request({
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
    const parsed = await readBody(response.body, flat['content-type'], settings.maxBodyBytes ?? MAX_BODY_BYTES);
    return { kind: 'response', status: response.statusCode, headers: flat, body: parsed, attempts: 0 };
}
/**
 * The attempt, stopped at its time limit whatever undici does: the stop aborts the request and
 * settles at once, so a hung connection, tunnel or body can delay a run by no more than the limit.
 */
async function attemptWithin(settings, req, timeoutMs) {
    const controller = new AbortController();
    let timer;
    const stop = new Promise((_, reject) => {
        timer = setTimeout(() => {
            const error = new DOMException(`no answer within ${timeoutMs} ms`, 'TimeoutError');
            controller.abort(error);
            reject(error);
        }, timeoutMs);
    });
    const running = attempt(settings, req, timeoutMs, controller.signal);
    // The losing side of the race must not become an unhandled rejection.
    running.catch(() => { });
    try {
        return await Promise.race([running, stop]);
    }
    finally {
        clearTimeout(timer);
    }
}
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
function isTimeout(error, code) {
    const name = error.name;
    return (name === 'TimeoutError' ||
        code === 'UND_ERR_HEADERS_TIMEOUT' ||
        code === 'UND_ERR_BODY_TIMEOUT' ||
        code === 'ABORT_ERR' ||
        code === 'UND_ERR_CONNECT_TIMEOUT');
}
/** A thrown attempt as an outcome: a timeout (or the deadline, when that cut it short), or a network error. */
function failedOutcome(error, attempts, timeoutMs, cutByDeadline) {
    const code = errorCode(error);
    if (isTimeout(error, code) && code !== 'UND_ERR_CONNECT_TIMEOUT') {
        return cutByDeadline ? { kind: 'deadline', attempts } : { kind: 'timeout', attempts, timeoutMs };
    }
    return { kind: 'network', attempts, code, description: (0,network_codes/* describeNetworkCode */.PO)(code) };
}

;// CONCATENATED MODULE: ./src/net/client.ts
/**
 * The one HTTP client every remote check uses: attempts within the run's deadline, bounded retries,
 * and a cap on requests per run. Every request ends as one of the outcomes in outcome.ts.
 *
 * Retries are written here rather than taken from undici's retry interceptor: the interceptor turns
 * a status that is still retryable after the last attempt into an error, losing the response (its
 * status, headers and body) that the checks classify, and it knows nothing of the run's deadline.
 */



/** A healthy run sends about a dozen requests; this bounds a run that pages or retries far more. */
const MAX_REQUESTS = 40;
const defaultSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** How long to wait before the next attempt, or undefined when it would pass the deadline. */
function retryDelay(options, now, next, outcome, where) {
    const base = options.backoffBaseMs ?? 500;
    const { wait, retryAfter } = backoffMs(next, outcome, now, base, options.random ?? Math.random);
    if (now + wait >= options.deadline) {
        options.log(`Not retrying ${where}: waiting ${formatMs(wait)} would pass the run's deadline.`);
        return undefined;
    }
    const reason = retryReason(outcome, retryAfter);
    options.log(`Retrying ${where} in ${formatMs(wait)} after ${reason} (attempt ${next} of ${options.maxRetries + 1}).`);
    return wait;
}
function createHttpClient(options) {
    const now = options.now ?? Date.now;
    const sleep = options.sleep ?? defaultSleep;
    const maxRequests = options.maxRequests ?? MAX_REQUESTS;
    let sent = 0;
    const delayBefore = (next, outcome, where) => retryDelay(options, now(), next, outcome, where);
    /** One attempt, reported to the listeners; never throws. */
    const attemptOnce = async (req, url, attempts, remaining) => {
        const timeoutMs = Math.min(options.requestTimeoutMs, remaining);
        const started = now();
        const proxy = options.proxyFor?.(url);
        performance.mark('ebc:request');
        const outcome = await attemptWithin(options, req, timeoutMs).then((response) => ({ ...response, attempts }), (error) => ({
            ...failedOutcome(error, attempts, timeoutMs, timeoutMs < options.requestTimeoutMs),
            ...(proxy ? { proxy } : {}),
        }));
        performance.mark('ebc:answer');
        const durationMs = Math.max(0, Math.round(now() - started));
        options.onOutcome?.(req, outcome, durationMs);
        const { method } = req;
        const exchange = { method, host: url.host, path: url.pathname, attempt: attempts, durationMs };
        options.onExchange?.({ ...exchange, result: (0,net_outcome/* outcomeLabel */.FR)(outcome) });
        return outcome;
    };
    return {
        async send(req) {
            const url = new URL(req.url);
            const where = `${req.method} ${url.host}${url.pathname}`;
            let last;
            for (let attempts = 1;; attempts++) {
                const remaining = options.deadline - now();
                if (remaining <= 0)
                    return { kind: 'deadline', attempts: attempts - 1 };
                // Out of requests: the last answer, if there was one, says more than the cap does.
                if (sent >= maxRequests)
                    return last ?? { kind: 'budget', attempts: attempts - 1, limit: maxRequests };
                sent++;
                const outcome = await attemptOnce(req, url, attempts, remaining);
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

// EXTERNAL MODULE: ./src/net/network-words.ts
var network_words = __webpack_require__(13157);
// EXTERNAL MODULE: ./src/net/proxy.ts
var proxy = __webpack_require__(51987);
// EXTERNAL MODULE: ./src/organization/org-tokens.ts
var org_tokens = __webpack_require__(46528);
;// CONCATENATED MODULE: ./src/organization/org-tokens-judge.ts
/**
 * The real expiry of the integration account's API tokens, read with an organization admin key. It
 * only adds expiry findings: it never changes the credentials' own verdict, and its failures are a
 * notice. When the account has several tokens, each is listed, and the first to expire is the one
 * warned about.
 */


const { words: org_tokens_judge_words, finding: org_tokens_judge_finding } = (0,findings/* defineFindings */.IP)({
    'organization.token_expiry': {
        section: 'bitbucket',
        title: 'Token expiry (organization)',
        cause: `With ${(0,findings/* input */.hF)('atlassian-org-id')} and ${(0,findings/* input */.hF)('atlassian-admin-key')}, the expiry of each active API token of the integration account, as the organization's API Access REST API reports it: a warning when the first to expire is inside ${(0,findings/* input */.hF)('expiry-warning-days')}; a notice when the tokens could not be read. It never changes the credentials' own verdict.`,
        fix: (0,entitle/* renewalFix */._z)('app_token', (0,findings/* input */.hF)('token-expires-on')),
    },
});
/** A label is server text: at most 40 characters, shown as a quote, never as markup. */
function shownLabel(label) {
    return label.trim() === '' ? '(no label)' : (0,findings/* serverText */.Tn)(label, 40);
}
/** How many tokens a finding lists: the nearest to expire; the rest are counted. */
const LISTED_TOKENS = 5;
/** The nearest few, in the order they expire, and how many more there are. */
function listed(tokens, options) {
    const shown = tokens
        .slice(0, LISTED_TOKENS)
        .map((t) => `${shownLabel(t.label)} expires on ${t.expiresOn} (in ${options.daysUntil(t.expiresOn)} days)`)
        .join('; ');
    const more = tokens.length - LISTED_TOKENS;
    return more > 0 ? `${shown}; and ${more} more` : shown;
}
function judgeOrgTokens(evidence, options) {
    const subject = 'atlassian-org-id';
    const { reply, tokens } = evidence;
    if (tokens === undefined) {
        const why = reply.fault ? reply.fault.message : `the API answered HTTP ${reply.status}`;
        return [
            org_tokens_judge_finding('organization.token_expiry', 'notice', `The organization's API tokens could not be read: ${why}`, {
                subject,
                evidence: [`${reply.request} → ${reply.label}`],
                fix: `Check ${(0,findings/* input */.hF)('atlassian-org-id')} and ${(0,findings/* input */.hF)('atlassian-admin-key')}: an organization admin API key that may read API tokens (read:tokens:admin).`,
            }),
        ];
    }
    const active = [...tokens]
        .filter((t) => options.daysUntil(t.expiresOn) >= 0)
        .sort((a, b) => a.expiresOn.localeCompare(b.expiresOn));
    const first = active[0];
    if (!first) {
        const message = 'The organization lists no active API token of the integration account (email).';
        return [org_tokens_judge_finding('organization.token_expiry', 'notice', message, { subject })];
    }
    const count = active.length === 1 ? 'one active API token' : `${active.length} active API tokens`;
    const message = `The integration account has ${count}: ${listed(active, options)}.`;
    const soon = options.daysUntil(first.expiresOn) <= options.warningDays;
    return [org_tokens_judge_finding('organization.token_expiry', soon ? 'warning' : 'pass', message, { subject })];
}
const orgTokens = {
    name: "The integration account's tokens are not about to expire",
    words: org_tokens_judge_words,
    reports: ['organization.token_expiry'],
    judge: judgeOrgTokens,
};

// EXTERNAL MODULE: ./src/proof/quick-check.ts
var quick_check = __webpack_require__(87232);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/run/remote.ts
/**
 * The remote half of the engine: builds the one HTTP client from the options and runs the Bitbucket
 * and Jira checks concurrently. Loaded only for full runs, so an offline run never loads undici.
 */
















performance.mark('ebc:http-loaded');
/** TCP and TLS, and a proxy's answer to CONNECT: each takes well under a second when all is well. */
const CONNECT_TIMEOUT_MS = 10_000;
/**
 * The organization's API is an extra, never the verdict: its own client, with a cap and retries of
 * its own, so a storm of faults there cannot spend the checks' requests (MAX_REQUESTS) or retries.
 */
const ORG_MAX_RETRIES = 2;
const ORG_MAX_REQUESTS = 6;
/**
 * The network for one run: the proxy settings checked, one dispatcher, clients with the run's
 * deadline; every connection closed when the body is done.
 */
async function withClients(options, deps, integration, onProxyProblems, body) {
    const env = deps.env ?? process.env;
    const problems = deps.http ? [] : (0,proxy/* proxyProblems */.Dg)(env);
    if (problems.length > 0)
        return onProxyProblems(problems.map((p) => proxyFinding(p.variable, p.problem)));
    const dispatcher = deps.http
        ? undefined
        : (deps.dispatcher ??
            createDefaultDispatcher(phaseLimits(options), connectionPlan(options, integration)));
    const deadlineAt = options.deadlineAt ?? Date.now() + options.timeoutSeconds * 1000;
    const client = (limits) => deps.http ?? networkClient({ ...limits, deadlineAt }, deps, env, dispatcher);
    try {
        return await body(client);
    }
    finally {
        // A request stopped at its time limit may still hold a socket; nothing more is sent.
        if (dispatcher && !deps.dispatcher)
            dispatcher.destroy().catch(() => { });
    }
}
/** The organization's own client: a cap and retries apart from the checks'. */
const orgClient = (client, options) => client({ maxRetries: Math.min(options.maxRetries, ORG_MAX_RETRIES), maxRequests: ORG_MAX_REQUESTS });
function createRemoteChecks(options, deps) {
    return (integration, context) => withClients(options, deps, integration, (findings) => findings, async (client) => {
        const http = client({ maxRetries: options.maxRetries });
        const bitbucket = checkBitbucket(integration, bitbucketOptions(options), { http });
        const jira = jiraChecks(integration.jira_credentials, context.jiraRejected, options.jira, () => checkJira(integration.jira_credentials, { http, memberAccountIds: bitbucket.memberAccountIds }, options.expiries?.jiraKey ? { keyExpiry: options.expiries.jiraKey } : {}));
        const organization = organizationChecks(orgClient(client, options), options.organization, integration.email);
        const [bitbucketFindings, jiraFindings, organizationFindings] = await Promise.all([
            bitbucket.findings,
            jira,
            organization,
        ]);
        return [...bitbucketFindings, ...organizationFindings, ...jiraFindings];
    });
}
/**
 * A run on a fresh proof: the one Bitbucket request (and one Jira request), with the organization's
 * expiries beside them. Undefined when the answers do not confirm the proof: a full check follows.
 */
function createQuickCheck(options, deps) {
    return (integration, proof, link) => withClients(options, deps, integration, () => undefined, async (client) => {
        const [evidence, organization] = await Promise.all([
            (0,quick_check/* gatherQuick */.LB)(integration, proof, client({ maxRetries: options.maxRetries })),
            organizationChecks(orgClient(client, options), options.organization, integration.email),
        ]);
        if (!(0,quick_check/* quickConfirms */.Xv)(evidence, proof))
            return undefined;
        return [...(0,quick_check/* quickFindings */.mL)(evidence, proof, link), ...organization];
    });
}
/** The optional expiry source, beside the other checks; it only adds expiry findings. */
async function organizationChecks(http, organization, email) {
    if (!organization)
        return [];
    const evidence = await (0,org_tokens/* gatherOrgTokens */.oC)(http, organization, email);
    return (0,judge/* runJudges */.K)([orgTokens], evidence, organization);
}
/**
 * The connections each host's widest wave needs, from the plans: Bitbucket's widest level, and the
 * Jira site's first round. Opened together with the host's first request; any other host (the Jira
 * gateway, sent only after a rejection; the organization's API) opens its connections as it asks.
 */
function connectionPlan(options, integration) {
    const widths = new Map([[new URL(plan/* BITBUCKET_API */.tq).origin, (0,plan/* widestLevel */.Zk)(options)]]);
    const jira = integration.jira_credentials;
    if (jira && options.jira !== 'skip' && URL.canParse(jira.url)) {
        widths.set(new URL(jira.url).origin, gather_jira/* JIRA_FIRST_ROUND */.P);
    }
    return (origin) => widths.get(origin);
}
function phaseLimits(options) {
    const budgetMs = options.timeoutSeconds * 1000;
    const requestMs = Math.min(net_outcome/* REQUEST_TIMEOUT_MS */.j2, budgetMs);
    return { connectMs: Math.min(CONNECT_TIMEOUT_MS, budgetMs), headersMs: requestMs, bodyMs: requestMs };
}
function networkClient(limits, deps, env, dispatcher) {
    return createHttpClient({
        dispatcher,
        deadline: limits.deadlineAt,
        requestTimeoutMs: Math.min(net_outcome/* REQUEST_TIMEOUT_MS */.j2, Math.max(0, limits.deadlineAt - Date.now())),
        maxRetries: limits.maxRetries,
        ...(limits.maxRequests !== undefined ? { maxRequests: limits.maxRequests } : {}),
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
        ...(options.expiries?.token ? { tokenExpiry: options.expiries.token } : {}),
    };
}
function proxyFinding(variable, problem) {
    return (0,network_words/* finding */.g)('network.proxy', 'inconclusive', `The environment variable ${variable} ${problem}, so no request was sent to Bitbucket or Jira.`, { subject: variable });
}
async function jiraChecks(credentials, rejected, mode, run) {
    if (mode === 'skip') {
        return [
            (0,jira_words/* finding */.g)('jira.skipped', 'notice', `${(0,findings/* input */.hF)('jira', 'skip')}: no request was sent to Jira.`, {
                fix: `Set ${(0,findings/* input */.hF)('jira', 'auto')} to check jira_credentials.`,
            }),
        ];
    }
    if (rejected) {
        return [
            (0,jira_words/* finding */.g)('jira.skipped', mode === 'required' ? 'error' : 'notice', 'Jira was not contacted because jira_credentials has structure errors.', {
                fix: 'Fix the jira_credentials findings in the document section.',
            }),
        ];
    }
    if (credentials == null) {
        // Without jira_credentials there is no Jira part to judge (the summary says it is not configured),
        // unless `jira: required` asks for them.
        return mode === 'required'
            ? [
                (0,jira_words/* finding */.g)('jira.absent', 'error', `The document has no jira_credentials, and ${(0,findings/* input */.hF)('jira', 'required')} asks for them.`, { subject: 'jira_credentials' }),
            ]
            : [];
    }
    return run();
}


/***/ })

};
