/**
 * The long form of the fault suite (`npm run test:soak`, not part of `npm test`): the
 * same flows as the short fault tests in tests/e2e, with many more items, offline spells
 * and sign-in expiry, under 30% 429/503 (Retry-After hidden), 5% dropped connections
 * and 200 ms latency. Prints one line per flow and a total; every item must arrive
 * exactly once.
 */
import { answerTeamAssessmentUnderFaults, deriveLessonsUnderFaults, describeOutcome, reportIncidentsUnderFaults, type FlowOutcome } from '../e2e/support/faultFlows';
import { startHostedTab, type HostedTab } from '../e2e/support/hostedTab';

jest.setTimeout(900_000);

let hosted: HostedTab;
const outcomes: Array<readonly [string, FlowOutcome]> = [];

beforeAll(async () => {
  hosted = await startHostedTab();
}, 120_000);

afterAll(async () => {
  const total = outcomes.reduce(
    (sum, [, outcome]) => ({
      decided: sum.decided + outcome.decided,
      throttled: sum.throttled + outcome.throttled,
      dropped: sum.dropped + outcome.dropped,
      submitted: sum.submitted + outcome.submitted,
      stored: sum.stored + outcome.stored,
      lost: sum.lost + outcome.lost,
      duplicates: sum.duplicates + outcome.duplicates,
    }),
    { decided: 0, throttled: 0, dropped: 0, submitted: 0, stored: 0, lost: 0, duplicates: 0 },
  );
  console.log(['soak summary', ...outcomes.map(([what, outcome]) => `  ${describeOutcome(what, outcome)}`), `  ${describeOutcome('total', total)}`].join('\n'));
  await hosted?.close();
});

describe('soak: the fault suite at length', () => {
  it('40 incident reports with two offline spells and two sign-in expiries', async () => {
    const outcome = await reportIncidentsUnderFaults(hosted, { count: 40, offlineAt: [5, 25], expireTokensAt: [12, 33], prefix: 'Soakmelding', seed: 101 });
    outcomes.push(['incident reports', outcome]);
    expect(outcome).toMatchObject({ submitted: 40, stored: 40, lost: 0, duplicates: 0 });
  });

  it('15 lessons derived from cases, the sign-in expiring mid-form twice', async () => {
    const outcome = await deriveLessonsUnderFaults(hosted, { count: 15, expireTokensAt: [4, 11], prefix: 'Soakles', seed: 103 });
    outcomes.push(['lessons', outcome]);
    expect(outcome).toMatchObject({ submitted: 15, stored: 15, lost: 0, duplicates: 0 });
  });

  it('a whole team assessment answered by two assessors, one reloading halfway, the sign-in expiring halfway', async () => {
    const outcome = await answerTeamAssessmentUnderFaults(hosted, {
      title: 'Soak teamscan',
      assessors: ['coordinator@contoso.example', 'staff@contoso.example'],
      reloadHalfway: true,
      expireTokensHalfway: true,
      seed: 107,
    });
    outcomes.push([`assessment responses (${outcome.answers} answers each)`, outcome]);
    expect(outcome.answers).toBeGreaterThanOrEqual(45);
    expect(outcome).toMatchObject({ submitted: 2, stored: 2, lost: 0, duplicates: 0 });
  });
});
