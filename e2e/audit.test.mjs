// The GraphQL-over-HTTP specification's own server audit (graphql-http's serverAudits) against the packaged service:
// no MUST failure (status "error") and no SHOULD warning ("warn"); the MAY notices are printed, and the README's
// endpoint section says why each that does not pass is so.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { serverAudits } from 'graphql-http';

const base = process.env.E2E_BASE_URL ?? 'http://localhost:18080';

test('graphql-http server audit: no MUST failure, no SHOULD warning', async () => {
  const results = [];
  for (const audit of serverAudits({ url: `${base}/graphql`, fetchFn: fetch })) {
    results.push(await audit.fn());
  }
  const by = (status) => results.filter((result) => result.status === status);
  for (const notice of by('notice')) {
    console.log(`MAY ${notice.id} ${notice.name}: ${notice.reason}`);
  }
  console.log(`graphql-http audit: ${by('ok').length} passed, ${by('error').length} MUST failed, `
    + `${by('warn').length} SHOULD warnings, ${by('notice').length} MAY notices`);
  const problems = [...by('error'), ...by('warn')].map((result) => `${result.id} ${result.name}: ${result.reason}`);
  assert.deepEqual(problems, []);
});
