/** Proxy settings as undici reads them: which proxy a URL goes through, and which variables are unusable. */
import { describe, expect, it } from 'vitest';
import { proxyFor, proxyProblems } from '../../src/net/proxy.js';

const api = new URL('https://api.bitbucket.org/2.0/user');

describe('proxyFor', () => {
  it.each<[string, Record<string, string>, string | undefined]>([
    ['no proxy', {}, undefined],
    ['HTTPS_PROXY', { HTTPS_PROXY: 'http://proxy.internal:3128' }, 'proxy.internal:3128'],
    ['the lower-case variable first', { https_proxy: 'http://a:1', HTTPS_PROXY: 'http://b:2' }, 'a:1'],
    ['HTTP_PROXY for https when no HTTPS_PROXY', { HTTP_PROXY: 'http://p:8080' }, 'p:8080'],
    ['never the user name or password', { HTTPS_PROXY: 'http://user:secret@p:8080' }, 'p:8080'],
    ['NO_PROXY by domain', { HTTPS_PROXY: 'http://p:1', NO_PROXY: '.bitbucket.org' }, undefined],
    ['NO_PROXY by host', { HTTPS_PROXY: 'http://p:1', NO_PROXY: 'example.com,api.bitbucket.org' }, undefined],
    ['NO_PROXY with another port', { HTTPS_PROXY: 'http://p:1', NO_PROXY: 'api.bitbucket.org:8443' }, 'p:1'],
    ['NO_PROXY *', { HTTPS_PROXY: 'http://p:1', NO_PROXY: '*' }, undefined],
  ])('%s', (_, env, expected) => {
    expect(proxyFor(env, api)).toBe(expected);
  });
});

describe('proxyProblems', () => {
  it.each<[string, Record<string, string>, string[]]>([
    ['none set', {}, []],
    ['a good proxy', { HTTPS_PROXY: 'http://proxy.internal:3128', NO_PROXY: '.internal,localhost' }, []],
    ['a space in the host', { HTTPS_PROXY: 'http://user:pass@bad host:3128' }, ['HTTPS_PROXY']],
    ['no scheme', { http_proxy: 'proxy.internal:3128' }, ['http_proxy']],
    ['a URL in NO_PROXY', { NO_PROXY: 'https://internal.example' }, ['NO_PROXY']],
  ])('%s', (_, env, variables) => {
    const problems = proxyProblems(env);
    expect(problems.map((p) => p.variable)).toEqual(variables);
    for (const p of problems) for (const value of Object.values(env)) expect(p.problem).not.toContain(value);
  });
});
