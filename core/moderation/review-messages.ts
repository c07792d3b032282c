import { z } from 'zod';
import { lazySchema } from '../messaging/lazy-schema';
import { ferryErrorSchema } from '../messaging/errors';
import { MAX_NOTE_CHARS, reviewItemInputSchema, reviewItemSchema, reviewStatusSchema } from './review-item';
import { MAX_QUEUE_ITEMS } from './review-queue-store';

const keySchema = lazySchema(() => z.string().min(1).max(300));

/**
 * The review queue's messages, spread into the protocol. Adding an item is
 * accepted only from the content script of a supported site; reading and
 * changing the queue only from Ferry's own pages (the side panel).
 */
export const reviewQueueMessages = {
  reviewQueueAdd: {
    from: 'site-content',
    request: reviewItemInputSchema,
    response: lazySchema(() => z.object({ key: keySchema, status: reviewStatusSchema })),
  },
  reviewQueueList: {
    from: 'extension-page',
    request: lazySchema(() => z.object({})),
    response: lazySchema(() => z.object({
      items: z.array(reviewItemSchema).max(MAX_QUEUE_ITEMS),
      /** The last item that could not be stored (a full disk), until a later write succeeds. */
      writeError: ferryErrorSchema.extend({ at: z.number() }).optional(),
    })),
  },
  reviewQueueDecide: {
    from: 'extension-page',
    request: lazySchema(() => z.object({ key: keySchema, status: reviewStatusSchema.optional(), note: z.string().max(MAX_NOTE_CHARS).optional() })),
    response: lazySchema(() => z.object({ item: reviewItemSchema })),
  },
  reviewQueueRemove: {
    from: 'extension-page',
    request: lazySchema(() => z.object({ keys: z.array(keySchema).min(1).max(MAX_QUEUE_ITEMS) })),
    response: lazySchema(() => z.object({ removed: z.number().int().nonnegative() })),
  },
  /** Activates the tab showing the item's post and scrolls to it; opens the page when no tab shows it. */
  reviewQueueJump: {
    from: 'extension-page',
    request: lazySchema(() => z.object({ key: keySchema })),
    response: lazySchema(() => z.object({ opened: z.enum(['existing-tab', 'new-tab']) })),
  },
} as const;

/** Background → content script of one tab: bring a post into view. */
export const scrollToPostSchema = lazySchema(() => z.object({
  channel: z.literal('ferry'),
  type: z.literal('scrollToPost'),
  payload: z.object({ postId: z.string().min(1).max(200) }),
}));

/** Background → extension pages: the queue changed, read it again. */
export const QUEUE_CHANGED = { channel: 'ferry', type: 'reviewQueueChanged' } as const;
export const queueChangedSchema = lazySchema(() => z.object({ channel: z.literal('ferry'), type: z.literal('reviewQueueChanged') }));
