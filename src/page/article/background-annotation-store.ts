import { sendToBackground } from '../../messaging/send';
import type { AnnotationStore } from '../user-highlights/annotation-store';

/**
 * The page's highlights kept by the background in the extension's database. The background
 * takes the page's URL from the browser, not from us, and keeps the notes to itself.
 */
export function backgroundAnnotationStore(canonicalUrl: string | null): AnnotationStore {
  const unwrap = async <T>(
    reply: Promise<{ ok: true; value: T } | { ok: false; error: string }>,
  ) => {
    const r = await reply;
    if (!r.ok) throw new Error(r.error);
    return r.value;
  };
  return {
    list: () => unwrap(sendToBackground('getAnnotations', { canonicalUrl })),
    put: async (annotation) => {
      await unwrap(sendToBackground('putAnnotation', annotation));
    },
    remove: async (id) => {
      await unwrap(sendToBackground('deleteAnnotation', { id }));
    },
    restore: (id) => unwrap(sendToBackground('restoreAnnotation', { id })),
  };
}
