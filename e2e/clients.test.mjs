// Real GraphQL clients from the npm registry against the packaged service (run.sh starts it): graphql-request for
// queries, mutations and errors, Apollo Client for automatic persisted queries over GET, graphql-ws for a subscription.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';

import { ClientError, GraphQLClient, gql } from 'graphql-request';
import { ApolloClient, HttpLink, InMemoryCache, gql as apolloGql } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const base = process.env.E2E_BASE_URL ?? 'http://localhost:18080';
const editorToken = process.env.E2E_TOKEN;
const run = Date.now().toString(36);

const anonymous = new GraphQLClient(`${base}/graphql`);
const editor = new GraphQLClient(`${base}/graphql`, { headers: { Authorization: `Bearer ${editorToken}` } });

/** The codes of a failed request's errors. */
async function codesOf(request) {
  try {
    await request;
  } catch (error) {
    assert.ok(error instanceof ClientError, `a GraphQL error, not ${error}`);
    return error.response.errors.map((e) => e.extensions?.code);
  }
  assert.fail('the request should have failed');
}

test('graphql-request: the article answers through the API', async () => {
  const { actor } = await anonymous.request(gql`{ actor(name: "Bagdad") { slug name kind } }`);
  assert.deepEqual(actor, { slug: 'iraq', name: 'Iraq', kind: 'STATE' });

  const { missions } = await anonymous.request(
    gql`query($alliance: String) { missions(alliance: $alliance) { totalCount edges { node { acronym } } } }`,
    { alliance: 'nato' });
  assert.equal(missions.totalCount, 2);
  assert.deepEqual(missions.edges.map((e) => e.node.acronym).sort(), ['KFOR', 'NMI']);
});

test('graphql-request: bad input and missing rights get their codes', async () => {
  assert.deepEqual(await codesOf(anonymous.request(gql`{ statements(first: 500) { totalCount } }`)),
    ['BAD_USER_INPUT']);
  const create = gql`mutation($input: EventInput!) { createEvent(input: $input) { slug version } }`;
  const input = { slug: `e2e-${run}`, name: 'E2E summit', kind: 'SUMMIT', alliance: 'nato', start: '2027-07' };
  assert.deepEqual(await codesOf(anonymous.request(create, { input })), ['UNAUTHENTICATED']);

  const { createEvent } = await editor.request(create, { input });
  assert.deepEqual(createEvent, { slug: `e2e-${run}`, version: 0 });
  assert.deepEqual(await codesOf(editor.request(create, { input })), ['CONFLICT']);
  assert.deepEqual(await codesOf(editor.request(gql`mutation { deleteEvent(slug: "e2e-${run}") }`)), ['FORBIDDEN']);
});

test('Apollo Client: automatic persisted queries over GET, registered by a client with a token, then run by the hash alone by anyone', async () => {
  const sent = [];
  const recordingFetch = (url, init) => {
    sent.push({ method: init?.method ?? 'GET', url: String(url), body: init?.body });
    return fetch(url, init);
  };
  // In prod only authenticated clients register a document (alliance.persisted-queries.registration).
  const client = (headers = {}) => new ApolloClient({
    cache: new InMemoryCache(),
    link: new PersistedQueryLink({
      sha256: (query) => createHash('sha256').update(query).digest('hex'),
      useGETForHashedQueries: true,
    }).concat(new HttpLink({ uri: `${base}/graphql`, fetch: recordingFetch, headers })),
  });
  const query = apolloGql`query E2eAlliance($slug: String!) { alliance(slug: $slug) { slug name } }`;

  const first = await client({ Authorization: `Bearer ${editorToken}` }).query({ query, variables: { slug: 'nato' } });
  assert.equal(first.data.alliance.slug, 'nato');
  assert.equal(sent.length, 2, 'hash alone, PersistedQueryNotFound, then hash with query');
  assert.equal(sent[0].method, 'GET');
  assert.ok(!new URL(sent[0].url).searchParams.has('query'), 'the first request carries the hash only');

  sent.length = 0;
  const second = await client().query({ query, variables: { slug: 'nato' } });
  assert.equal(second.data.alliance.name, first.data.alliance.name);
  assert.equal(sent.length, 1, 'a fresh anonymous client: the server knows the hash');
  assert.equal(sent[0].method, 'GET');
  assert.ok(!new URL(sent[0].url).searchParams.has('query'), 'a cacheable GET with the hash alone');
});

test('graphql-ws: a subscriber receives the status change a mutation records', async () => {
  const mission = `e2e-mission-${run}`;
  await editor.request(gql`mutation($input: MissionInput!) { createMission(input: $input) { slug } }`, {
    input: { slug: mission, name: 'E2E mission', acronym: 'E2E', alliance: 'nato', kind: 'ADVISORY', theatre: 'Nowhere' },
  });
  const ws = createClient({ url: `${base.replace(/^http/, 'ws')}/graphql`, webSocketImpl: WebSocket, lazy: false });
  try {
    const received = new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no event within 10 s')), 10_000);
      ws.subscribe(
        { query: `subscription($m: String) { missionStatusChanged(mission: $m) { mission { slug } status } }`,
          variables: { m: mission } },
        {
          next: (event) => { clearTimeout(timer); resolve(event); },
          error: (error) => { clearTimeout(timer); reject(error); },
          complete: () => {},
        });
    });
    await new Promise((resolve) => setTimeout(resolve, 500)); // let the subscription register
    await editor.request(gql`mutation($input: MissionStatusChangeInput!) {
      recordMissionStatusChange(input: $input) { status } }`, {
      input: { mission, kind: 'REVIEW', status: 'UNDER_REVIEW', realisation: 'PROPOSED', effective: '2027-01' },
    });
    const event = await received;
    assert.deepEqual(event.data.missionStatusChanged, { mission: { slug: mission }, status: 'UNDER_REVIEW' });
  } finally {
    await ws.dispose();
  }
});
