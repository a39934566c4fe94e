import { sendToBackground } from '../messaging/send';
import type { AnnotationStore } from './user-highlights/annotation-store';

/** The page's highlights kept by the background in the extension's database. */
export function backgroundAnnotationStore(
  url: string,
  canonicalUrl: string | null,
): AnnotationStore {
  const unwrap = async <T>(
    reply: Promise<{ ok: true; value: T } | { ok: false; error: string }>,
  ) => {
    const r = await reply;
    if (!r.ok) throw new Error(r.error);
    return r.value;
  };
  return {
    list: () => unwrap(sendToBackground('getAnnotations', { url, canonicalUrl })),
    put: async (annotation) => {
      await unwrap(sendToBackground('putAnnotation', annotation));
    },
    remove: async (id) => {
      await unwrap(sendToBackground('deleteAnnotation', { id }));
    },
  };
}
