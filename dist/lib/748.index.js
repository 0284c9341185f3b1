export const id = 748;
export const ids = [748,168];
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

/***/ 30748:
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
var net_outcome = __webpack_require__(38963);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/transcript/pseudonyms.ts
var pseudonyms = __webpack_require__(63015);
// EXTERNAL MODULE: ./src/jira/jira-facts.ts
var jira_facts = __webpack_require__(5460);
// EXTERNAL MODULE: ./src/bitbucket/bitbucket-facts.ts
var bitbucket_facts = __webpack_require__(91226);
// EXTERNAL MODULE: ./src/bitbucket/identifiers.ts
var identifiers = __webpack_require__(67585);
// EXTERNAL MODULE: ./src/organization/org-tokens.ts
var org_tokens = __webpack_require__(46528);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/bitbucket/bitbucket-evidence.ts
var bitbucket_evidence = __webpack_require__(64048);
;// CONCATENATED MODULE: ./src/transcript/server-messages.ts
/**
 * What a transcript keeps of a server's words: a message Atlassian is known to send is kept as it is;
 * any other is kept only as its length, a short hash, and the phrases the checks read in it, so a
 * replay reads the same facts and nothing the server chose to say (a name, a host, an email) survives.
 */




/**
 * Messages Bitbucket and Jira Cloud send, as published or seen (the research note's sources): kept
 * verbatim, as they name nobody. A message differing by one character is not one of them.
 */
const KNOWN_MESSAGES = new Set([
    // Bitbucket
    'Your credentials lack one or more required privilege scopes.',
    'Token is invalid, expired, or not supported for this endpoint.',
    'Login failed due to incorrect login credentials or method. Please check your credentials and try again.',
    'Login failed due to incorrect login credentials or method.',
    'This endpoint does not support the authentication method used.',
    'To access this repository, enable two-step verification.',
    'Your IP address is not allowed to access this workspace.',
    'Access from your IP address is not allowed.',
    'You do not have access to this workspace.',
    'You do not have admin access to this repository.',
    'Repository is read-only during maintenance.',
    'Invalid permission value.',
    'Access denied.',
    'Resource not found',
    'Not found',
    // Jira and the API gateway
    'Client must be authenticated to access this resource.',
    'You are not authenticated. Authentication required to perform this operation.',
    'Basic authentication failed.',
    'Basic authentication with passwords is deprecated.',
    'Unauthorized; scope does not match',
    'Unauthorized',
]);
/** Bitbucket's notice for a removed endpoint names the change and nothing else. */
const KNOWN_TEMPLATES = [/^CHANGE-\d{1,6} - Functionality has been deprecated\.?$/];
/** Every phrase a fact or a judge looks for in a server's words, in one list. */
const READ_PHRASES = [
    ...Object.values(bitbucket_facts/* BITBUCKET_PHRASES */.Vz),
    ...bitbucket_evidence/* REFUSAL_PATTERNS */.fQ.map(([, pattern]) => pattern),
    ...Object.values(jira_facts/* JIRA_PHRASES */.Yp),
];
function isKnownMessage(text) {
    return KNOWN_MESSAGES.has(text) || KNOWN_TEMPLATES.some((t) => t.test(text));
}
/** The same phrases, global, to find every occurrence; made once. */
const GLOBAL_PHRASES = READ_PHRASES.map((pattern) => new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`));
/** The phrases the checks would find in a text, each once, in the order of the list. */
function phrasesIn(text) {
    const found = GLOBAL_PHRASES.flatMap((pattern) => [...text.matchAll(pattern)].map((m) => m[0]));
    return [...new Set(found)];
}
/** A server's message as a transcript keeps it. */
function keptMessage(text) {
    if (isKnownMessage(text.trim()))
        return text.trim();
    const hash = (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex').slice(0, 8);
    const phrases = phrasesIn(text);
    const saying = phrases.length ? `; it says: ${phrases.join('; ')}` : '';
    return `(a message of ${text.length} characters, sha256 ${hash}${saying})`;
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(92857);
// EXTERNAL MODULE: ./src/net/body-fields.ts
var body_fields = __webpack_require__(29509);
;// CONCATENATED MODULE: ./src/transcript/schema-shape.ts
/**
 * The shape of what the facts read, walked out of their zod schemas through zod's public classes:
 * objects by their keys, arrays by their item, strings by the kind the facts declared for them
 * (net/body-fields.ts). Every body schema is merged into one shape, since a transcript keeps a body
 * before anyone knows which request's schema will read it.
 */


/** A value read as anything (a page's items, before a schema for them): kept as an empty object. */
const ANYTHING = {};
function shapeOfSchema(schema, path) {
    if (schema instanceof schemas/* ZodOptional */.IiU || schema instanceof schemas/* ZodCatch */.hw4)
        return shapeOfSchema(schema.unwrap(), path);
    if (schema instanceof schemas/* ZodString */.NDH) {
        const kind = body_fields/* FIELD_KINDS */.t.get(schema)?.kind;
        // A string the facts read without a kind would be kept as nothing or as too much: refuse it here.
        if (!kind)
            throw new Error(`${path}: a string the facts read must say what it is (field())`);
        return kind;
    }
    if (schema instanceof schemas/* ZodBoolean */.WFD)
        return 'boolean';
    if (schema instanceof schemas/* ZodNumber */.rSt)
        return 'number';
    if (schema instanceof schemas/* ZodUnknown */._aJ)
        return ANYTHING;
    if (schema instanceof schemas/* ZodArray */.naA)
        return [shapeOfSchema(schema.element, `${path}[]`)];
    if (schema instanceof schemas/* ZodObject */.bvH) {
        const entries = Object.entries(schema.shape);
        return Object.fromEntries(entries.map(([key, inner]) => [key, shapeOfSchema(inner, `${path}.${key}`)]));
    }
    throw new Error(`${path}: a schema a transcript cannot keep a body by (${schema.constructor.name})`);
}
const isFields = (shape) => typeof shape === 'object' && !Array.isArray(shape);
const isEmptyObject = (shape) => isFields(shape) && Object.keys(shape).length === 0;
/** Two readings of one place merged: the same kind, or objects and arrays merged inside. */
function merged(a, b, path) {
    if (isEmptyObject(a))
        return b;
    if (isEmptyObject(b) || a === b)
        return a;
    if (Array.isArray(a) && Array.isArray(b))
        return [merged(a[0], b[0], `${path}[]`)];
    if (isFields(a) && isFields(b)) {
        const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
        return Object.fromEntries([...keys].map((key) => {
            const [left, right] = [a[key], b[key]];
            const inner = left === undefined ? right : right === undefined ? left : merged(left, right, `${path}.${key}`);
            return [key, inner];
        }));
    }
    // One place read as two things could be kept as only one of them: refuse it here.
    throw new Error(`${path}: read as two different things (${JSON.stringify(a)}, ${JSON.stringify(b)})`);
}
/** One shape for every body the facts read. */
function shapeOfBodies(schemas) {
    return schemas
        .map((schema) => shapeOfSchema(schema, 'body'))
        .reduce((a, b) => merged(a, b, 'body'), ANYTHING);
}

;// CONCATENATED MODULE: ./src/transcript/vocabularies.ts
/**
 * The words a transcript keeps of a server's short values: each value is held to a closed vocabulary
 * and anything else becomes a fixed placeholder that reads the same to the checks ("another type").
 * A server can put anything in a header or a type field; only what Atlassian is known to send stays.
 */

/**
 * The words of every Bitbucket scope, new and legacy, from the OpenAPI spec's
 * x-atlassian-oauth2-scopes and security entries (test/fixtures/bitbucket-operations.json holds the
 * table a unit test holds this to), and of Atlassian's other products' scopes.
 */
const SCOPE_WORDS = new Set([
    'read',
    'write',
    'admin',
    'delete',
    'manage',
    'bitbucket',
    'jira',
    'jira-user',
    'jira-work',
    'confluence',
    'account',
    'email',
    'gpg-key',
    'issue',
    'permission',
    'pipeline',
    'project',
    'pullrequest',
    'repository',
    'runner',
    'snippet',
    'ssh-key',
    'user',
    'variable',
    'webhook',
    'wiki',
    'workspace',
    'team',
    'me',
]);
/** A scope whose every word is a scope word; any other is left out of the list. */
function isKnownScope(scope) {
    const words = scope.split(':');
    return words.length <= 4 && words.every((w) => SCOPE_WORDS.has(w));
}
/** x-oauth-scopes, and a scope error's lists: known scopes only. */
function knownScopes(list) {
    return list
        .split(/[\s,]+/)
        .filter((s) => s !== '' && isKnownScope(s))
        .join(', ');
}
/** Bitbucket's and Jira's object types and account types; others read as "another type". */
const TYPES = new Set([
    'error',
    'user',
    'team',
    'account',
    'app_user',
    'workspace',
    'workspace_membership',
    'repository',
    'repository_permission',
    'repository_user_permission',
    'repository_group_permission',
    'workspace_permission',
    'branchrestriction',
    'project',
    'atlassian',
    'app',
    'customer',
    'unknown',
]);
const knownType = (value) => (TYPES.has(value) ? value : '(another type)');
/** The organization API's token statuses. */
const TOKEN_STATUSES = new Set(['ALLOWED', 'BLOCKED', 'REVOKED', 'EXPIRED']);
const knownStatus = (value) => (TOKEN_STATUSES.has(value) ? value : '(another status)');
/** A date or a timestamp, as ISO 8601 writes it; nothing else. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const knownDate = (value) => (ISO_DATE.test(value) ? value : '(not a date)');
/** x-credential-type: the credential kinds Bitbucket names, as the credential-type judge knows them. */
const CREDENTIAL_TYPES = new Set(identifiers/* CREDENTIAL_TYPE_NAMES */.yL);
/** Jira's X-Seraph-LoginReason words. */
const LOGIN_REASONS = new Set([
    'OK',
    'OUT',
    'AUTHENTICATED_FAILED',
    'AUTHENTICATION_DENIED',
    'AUTHORISATION_FAILED',
    'AUTHORIZATION_FAILED',
]);
/** Media types as the checks tell them apart: JSON, HTML, plain text, or another. */
function mediaType(value) {
    const essence = value.split(';')[0]?.trim().toLowerCase() ?? '';
    if (/^application\/([a-z.-]*\+)?json$/.test(essence))
        return 'application/json';
    if (/html/.test(essence))
        return 'text/html';
    if (essence === 'text/plain' || essence === 'text/xml' || essence === 'application/xml')
        return essence;
    return '(another type)';
}
/** Each header the checks read, normalised to its vocabulary; the rest are not kept. */
const HEADER_VOCABULARIES = {
    'content-type': mediaType,
    'x-oauth-scopes': knownScopes,
    'x-credential-type': (v) => (CREDENTIAL_TYPES.has(v.trim()) ? v.trim() : '(another type)'),
    'x-ratelimit-nearlimit': (v) => (/^\s*true\s*$/i.test(v) ? 'true' : 'false'),
    'retry-after': (v) => (/^\d{1,6}$/.test(v.trim()) ? v.trim() : undefined),
    'x-seraph-loginreason': (v) => v
        .split(',')
        .map((r) => r.trim())
        .map((r) => (r === '' || LOGIN_REASONS.has(r) ? r : '(another reason)'))
        .join(', '),
    // Only its presence is read (a CAPTCHA stands in the way, a host has no product).
    'x-authentication-denied-reason': () => '(present)',
    'atl-missing-tcs': () => '(present)',
};

;// CONCATENATED MODULE: ./src/transcript/body-shape.ts
/**
 * What a transcript keeps of a JSON body: the fields the facts read, each as what it is, derived
 * from the facts' own zod schemas (bitbucket-facts.ts, jira-facts.ts, org-tokens.ts) and the kinds
 * they declare (net/body-fields.ts). A key no schema names is dropped, whatever its value; a value of
 * the wrong JSON type becomes null, which fails the facts' schemas exactly as the original did, so a
 * replay reads the same facts.
 */







/** The union of every body the checks read; one page item covers every kind of page. */
const BODY_SHAPE = shapeOfBodies([...bitbucket_facts/* BITBUCKET_BODIES */.hh, ...jira_facts/* JIRA_BODIES */._n, ...org_tokens/* ORG_TOKENS_BODIES */.fF]);
/** An identifier the checks would refuse stays refused: it is never turned into a usable pseudonym. */
const USABLE = {
    workspace: identifiers/* isSlug */.u5,
    repo: identifiers/* isSlug */.u5,
    user: (value) => identifiers/* ACCOUNT_ID */.W_.test(value),
    cloud: (value) => jira_facts/* CLOUD_ID */.OZ.test(value),
};
function identifier(kind, value, names) {
    return USABLE[kind](value) ? names.of(kind, value) : '(an unusable id)';
}
function stringLeaf(leaf, value, names, link) {
    // An empty string names nobody, and some schemas refuse it: it stays empty.
    if (value === '')
        return '';
    switch (leaf) {
        case 'workspace':
        case 'repo':
        case 'user':
        case 'cloud':
            return identifier(leaf, value, names);
        case 'email':
            return names.of('email', value.toLowerCase());
        case 'label':
            return names.of('label', value);
        case 'type':
            return knownType(value);
        case 'status':
            return knownStatus(value);
        case 'date':
            return knownDate(value);
        case 'message':
            return keptMessage(value);
        case 'scope':
            return knownScopes(value) || '(another scope)';
        case 'next':
            return link(value);
    }
}
function leafValue(leaf, value, names, link) {
    if (leaf === 'boolean' || leaf === 'number')
        return typeof value === leaf ? value : null;
    return typeof value === 'string' ? stringLeaf(leaf, value, names, link) : null;
}
/**
 * The body as the schema keeps it. The schema's own depth bounds the walk, so a body nested
 * thousands deep costs nothing.
 */
function keptBody(value, names, link, shape = BODY_SHAPE) {
    if (typeof shape === 'string')
        return leafValue(shape, value, names, link);
    if (Array.isArray(shape)) {
        return Array.isArray(value) ? value.map((item) => keptBody(item, names, link, shape[0])) : null;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        return null;
    const kept = {};
    for (const [key, inner] of Object.entries(shape)) {
        // Own properties only: a body's `constructor` is not Object.prototype's.
        if (Object.hasOwn(value, key))
            kept[key] = keptBody(value[key], names, link, inner);
    }
    return kept;
}

;// CONCATENATED MODULE: ./src/transcript/redaction.ts
/**
 * What a transcript keeps of an answer, by allow-list: the headers the checks read, each normalised
 * to its vocabulary; the JSON body by one schema (body-shape.ts); a text body as a known message or
 * its length, hash and the phrases the checks read. Nothing a server chose to send is kept verbatim
 * unless it is on a list.
 */






/** Atlassian's own hosts, shown as they are; a Jira site under its pseudonym; any other host hidden. */
const ATLASSIAN_HOSTS = new Set([
    plan/* BITBUCKET_HOST */.v7,
    'bitbucket.org',
    'id.atlassian.com',
    'api.atlassian.com',
]);
/** A redirect's target: its origin only, as the checks read it (jira-facts.ts). */
function keptLocation(value, names) {
    if (!URL.canParse(value))
        return '(another host)';
    const { origin, hostname } = new URL(value);
    if (jira_facts/* SITE_ORIGIN */.t_.test(origin))
        return `https://${names.of('site', hostname)}`;
    return origin === `https://${hostname}` && ATLASSIAN_HOSTS.has(hostname) ? origin : '(another host)';
}
function redactHeaders(headers, names) {
    const kept = {};
    for (const [name, vocabulary] of Object.entries(HEADER_VOCABULARIES)) {
        const value = Object.hasOwn(headers, name) ? headers[name] : undefined;
        const normalised = value === undefined ? undefined : vocabulary(value);
        if (normalised !== undefined)
            kept[name] = normalised;
    }
    if (Object.hasOwn(headers, 'location'))
        kept.location = keptLocation(headers.location, names);
    return kept;
}
/**
 * A pager's link as a path template: host and path with their identifiers named and query values
 * named (requestKey), exactly as the request that follows it is recorded, so a replay can follow it.
 * Only the next page of the request just made is kept (same host and path, canonical form): any other
 * link is not followed by the checks, so nothing of it is kept.
 */
function keptLink(url, request, names, templates) {
    if (!URL.canParse(url))
        return '(a link)';
    const parsed = new URL(url);
    if (parsed.href !== url || parsed.hash !== '' || !ATLASSIAN_HOSTS.has(parsed.hostname))
        return '(a link)';
    if (parsed.protocol !== 'https:' || parsed.username !== '' || parsed.port !== '')
        return '(a link)';
    if (parsed.origin !== request.origin || parsed.pathname !== request.pathname)
        return '(a link)';
    const { host, path } = (0,pseudonyms/* requestKey */.lq)({ url }, templates, names);
    return `https://${host}${path}`;
}
function redactBody(outcome, requestUrl, names, templates) {
    const { body } = outcome;
    if (body.kind === 'json') {
        const request = new URL(requestUrl);
        const link = (url) => keptLink(url, request, names, templates);
        return { bodyKind: 'json', body: keptBody(body.value, names, link) };
    }
    if (body.kind === 'text')
        return { bodyKind: 'text', body: keptMessage(body.text) };
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
                ...redactBody(outcome, request.url, names, bitbucketTemplates),
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
var run_options = __webpack_require__(53577);
;// CONCATENATED MODULE: ./src/run/record-run.ts
/**
 * A run's transcript: the recorder listens to every attempt, and once the report is made the
 * transcript is built from both: options without credentials, the document's own findings, the
 * requests, the verdict. The host writes it where it was asked to.
 */



/** A recorder; the account's email is named first, so a replay's stand-in (email-1) is the account. */
function startRecording(email) {
    const recorder = createRecorder(plan/* BITBUCKET_TEMPLATES */.s4);
    if (email)
        recorder.names.of('email', email.toLowerCase());
    return recorder;
}
function buildTranscript(recorder, run) {
    const { options, structure, report, scrub, day } = run;
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
        day,
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


/***/ }),

/***/ 9168:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TRANSCRIPT_FORMAT: () => (/* binding */ TRANSCRIPT_FORMAT),
/* harmony export */   parseTranscript: () => (/* binding */ parseTranscript),
/* harmony export */   transcriptSchema: () => (/* binding */ transcriptSchema)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92857);
/* harmony import */ var _bitbucket_identifiers_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(67585);
/* harmony import */ var _net_json_depth_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38537);
/* harmony import */ var _structure_check_structure_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54125);
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
    /** The run's day, against which recorded expiries were judged; absent in older transcripts. */
    day: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .regex(/^\d{4}-\d{2}-\d{2}$/)
        .optional(),
    /** The document's own findings (no values in them), replayed as they were. */
    structure: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(verdictSchema),
    /** Whether the document had jira_credentials, and whether they had structure errors. */
    document: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ jira: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(), jiraRejected: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY() }),
    requests: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(entrySchema),
    verdict: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ status: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), findings: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), severity: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() })) })
        .optional(),
});
const MAX_TRANSCRIPT_DEPTH = 48;
/** A transcript read and validated; a clear reason when it is not one. */
function parseTranscript(text) {
    // A transcript nests a few levels past the answers it holds (each at most MAX_JSON_DEPTH deep).
    if ((0,_net_json_depth_js__WEBPACK_IMPORTED_MODULE_2__/* .nestingDepth */ .Q)(text) > MAX_TRANSCRIPT_DEPTH)
        return { ok: false, reason: 'it nests deeper than a transcript does' };
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
    for (const [i, r] of transcript.requests.entries()) {
        if (r.bodyKind === 'text' && typeof r.body !== 'string')
            return `requests.${i}.body: a text body that is not text`;
    }
    const { workspace } = transcript.options;
    if (workspace !== undefined && (typeof workspace !== 'string' || !(0,_bitbucket_identifiers_js__WEBPACK_IMPORTED_MODULE_3__/* .isSlug */ .u5)(workspace))) {
        return 'options.workspace: not a workspace ID';
    }
    return undefined;
}


/***/ })

};
