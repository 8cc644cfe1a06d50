import type { ChatMessageAttachment } from './ChannelMessageStore';

/** Content type Graph uses for an Adaptive Card attachment. */
export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

const MAX_ATTACHMENTS = 10;

/** The parts of a POSTed chatMessage the emulator keeps. */
export interface ChatMessageInput {
  readonly body: { readonly contentType: 'text' | 'html'; readonly content: string };
  readonly attachments: readonly ChatMessageAttachment[];
}

/**
 * Validates the body of `POST .../messages` with Graph's rules: `body.content` is
 * required, every attachment has an id and a content type, an Adaptive Card's content
 * is a JSON string of an object, and every attachment is referenced from the HTML body
 * as `<attachment id="..."></attachment>` (Graph answers 400 otherwise).
 */
export function parseChatMessageBody(value: unknown): { readonly ok: true; readonly message: ChatMessageInput } | { readonly ok: false; readonly message: string } {
  if (!isRecord(value)) return fail('The request body must be a chatMessage JSON object.');
  const { body, attachments } = value;
  if (!isRecord(body) || typeof body.content !== 'string') return fail('body.content is required and must be a string.');
  const rawType = body.contentType ?? 'text';
  if (typeof rawType !== 'string' || !['text', 'html'].includes(rawType.toLowerCase())) {
    return fail('body.contentType must be "text" or "html".');
  }
  const contentType = rawType.toLowerCase() as 'text' | 'html';
  const content = body.content;
  if (attachments !== undefined && !Array.isArray(attachments)) return fail('attachments must be an array.');
  const items: unknown[] = attachments ?? [];
  if (items.length > MAX_ATTACHMENTS) return fail(`A message can carry at most ${MAX_ATTACHMENTS} attachments.`);
  if (content.trim() === '' && items.length === 0) return fail('body.content must not be empty.');
  const parsed: ChatMessageAttachment[] = [];
  for (const [index, item] of items.entries()) {
    if (!isRecord(item)) return fail(`attachments[${index}] must be an object.`);
    const { id, contentType: attachmentType, content: attachmentContent, contentUrl, name } = item;
    if (typeof id !== 'string' || id === '') return fail(`attachments[${index}].id is required.`);
    if (typeof attachmentType !== 'string' || attachmentType === '') return fail(`attachments[${index}].contentType is required.`);
    if (attachmentContent !== undefined && attachmentContent !== null && typeof attachmentContent !== 'string') {
      return fail(`attachments[${index}].content must be a string (an Adaptive Card is sent as serialized JSON).`);
    }
    if (attachmentType === ADAPTIVE_CARD_CONTENT_TYPE && !isJsonObjectText(attachmentContent)) {
      return fail(`attachments[${index}].content must be the Adaptive Card as a JSON string.`);
    }
    if (!content.includes(`<attachment id="${id}"></attachment>`)) {
      return fail(`Attachment "${id}" is not referenced in the message body as <attachment id="${id}"></attachment>.`);
    }
    parsed.push({
      id,
      contentType: attachmentType,
      content: typeof attachmentContent === 'string' ? attachmentContent : null,
      contentUrl: typeof contentUrl === 'string' ? contentUrl : null,
      name: typeof name === 'string' ? name : null,
    });
  }
  return { ok: true, message: { body: { contentType, content }, attachments: parsed } };
}

function isJsonObjectText(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    return isRecord(JSON.parse(value));
  } catch {
    return false;
  }
}

function fail(message: string): { readonly ok: false; readonly message: string } {
  return { ok: false, message };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
