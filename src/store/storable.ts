import { imageFields } from '../export/backup-shapes';
import { fitBlobType } from '../export/fit-record';
import * as S from '../export/json-shape';
import { annotation, clipping } from '../export/record-shapes';
import type { Clipping, StoredImage, UserAnnotation } from '../model/stored-records';

const imageRecord = S.object<Omit<StoredImage, 'blob'> & { type: string }>(imageFields);

/** A record the import would refuse: saving it would make the user's backup unreadable. */
export class UnstorableRecordError extends Error {
  override readonly name = 'UnstorableRecordError';
}

function check(run: () => unknown, what: string): void {
  try {
    run();
  } catch (thrown) {
    if (!(thrown instanceof S.ShapeProblem)) throw thrown;
    throw new UnstorableRecordError(
      `This ${what} cannot be stored (at ${thrown.path}, ${thrown.problem}); nothing was saved.`,
    );
  }
}

/**
 * Checks records with the import's own shapes before they are written: the round-trip law
 * (anything saved can be imported) holds by construction, not by keeping two lists in step.
 */
export function assertStorable(records: {
  clippings?: readonly Clipping[];
  images?: readonly StoredImage[];
  annotations?: readonly UserAnnotation[];
}): void {
  for (const c of records.clippings ?? []) check(() => clipping(c, '$'), 'clipping');
  for (const image of records.images ?? []) {
    const { blob, ...fields } = image;
    check(() => imageRecord({ ...fields, type: blob.type }, '$'), 'image');
  }
  for (const a of records.annotations ?? []) check(() => annotation(a, '$'), 'highlight');
}

/** The image with its Blob typed as the rules keep it (an image type, or opaque bytes). */
export function fitImageBlob(image: StoredImage): StoredImage {
  if (!(image.blob instanceof Blob)) return image;
  const type = fitBlobType(image.blob.type);
  return type === image.blob.type ? image : { ...image, blob: new Blob([image.blob], { type }) };
}
