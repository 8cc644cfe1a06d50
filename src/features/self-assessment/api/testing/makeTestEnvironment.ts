import type { ListClient } from '../../../../graph';
import { createDraftStore } from '../../../../storage/drafts';
import { createMemoryKeyValueStore } from '../../../../storage/KeyValueStore';
import { createOutbox, type Outbox, type OutboxSender } from '../../../../storage/outbox';
import type { SelfAssessmentEnvironment } from '../SelfAssessmentEnvironment';

/** An outbox that stays offline: what a screen queues stays there, where a test reads it. */
export function offlineOutbox(send: OutboxSender): Outbox {
  return createOutbox({ store: createMemoryKeyValueStore(), send, connectivity: { isOnline: () => false, onOnline: () => () => undefined } });
}

/**
 * The self-assessment's environment for component tests: the coordinator in the demo
 * channel's tab, in-memory drafts, no instruments; `lists` and `outbox` come from the test.
 */
export function makeTestEnvironment(parts: { readonly lists: ListClient; readonly outbox: Outbox }): SelfAssessmentEnvironment {
  return {
    listNames: { assessments: 'Assessments', assessmentResponses: 'AssessmentResponses' },
    user: { upn: 'coordinator@contoso.example', id: 'a1b2c3d4-0001-4a00-8000-000000000001' },
    channel: { teamId: 'team-1', channelId: 'channel-1' },
    drafts: createDraftStore({ store: createMemoryKeyValueStore() }),
    loadInstruments: () => Promise.resolve([]),
    ...parts,
  };
}
