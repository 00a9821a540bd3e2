import { createServer, type ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReleaseCandidate } from '../../gateway/releaseCandidate.ts';
import { startTestHub, type TestHub } from '../harness/testHub.ts';

// A slow subgraph must not hold a request without end, and a request that runs out of time must
// not release the part of the answer that had already arrived: the school subgraph's pupils
// (personal data) are in the gateway when Veilig Thuis's subgraph stops answering, and neither
// the response nor the processing log may carry them.
let hub: TestHub;
const released: ReleaseCandidate[] = [];
const held: ServerResponse[] = [];
let hanging: ReturnType<typeof createServer> | undefined;
const coordinator = { role: 'SCHOOL_CARE_COORDINATOR', org: 'school-esdoorn', purpose: 'CASE_DISCUSSION' } as const;
const QUERY = /* GraphQL */ `{ organisation(id: "school-esdoorn") { pupils(first: 3) { id schoolEnrolment { group } veiligThuisStatus { stage } } } }`;

beforeAll(async () => {
  // The gateway reads its limits from the environment when it starts.
  process.env.KETENGRAAF_REQUEST_TIMEOUT_MS = '1500';
  try {
    hub = await startTestHub({ observer: { beforeRelease: async (candidate) => void released.push(candidate) } });
  } finally {
    delete process.env.KETENGRAAF_REQUEST_TIMEOUT_MS;
  }
});
afterAll(async () => {
  for (const response of held.splice(0)) response.destroy();
  hanging?.close();
  await hub?.close();
});

describe('the time limit of one operation, through the whole hub', () => {
  it('releases and logs the answer while every subgraph answers (control)', async () => {
    const { status, body } = await hub.query(coordinator, QUERY);
    expect(status).toBe(200);
    expect(body.data.organisation.pupils).toHaveLength(3);
    expect(released.at(-1)?.data).not.toBeNull();
  });

  it('answers REQUEST_TIMEOUT without any of the data that had arrived, and hands the log nothing to record', async () => {
    // Veilig Thuis's subgraph stops answering: it accepts the request and never replies.
    const url = new URL(hub.subgraphs.veiligthuis!.url);
    await hub.subgraphs.veiligthuis!.close();
    hanging = createServer((request, response) => {
      request.resume();
      held.push(response);
    });
    await new Promise<void>((resolve) => hanging!.listen(Number(url.port), url.hostname, resolve));
    await hub.resetPartnerCalls();
    released.length = 0;

    const { status, body } = await hub.query(coordinator, QUERY);
    expect(status).toBe(504);
    expect(body).toEqual({ data: null, errors: [expect.objectContaining({ extensions: { code: 'REQUEST_TIMEOUT', limit: 1500 } })] });
    // The school's partner system was asked (the pupils were in the gateway), yet nothing left, and nothing was to be logged.
    expect(Object.values(await hub.partnerCalls('school')).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    expect(held.length).toBeGreaterThan(0);
    expect(released.map((candidate) => candidate.data)).toEqual([null]);
  });
});
