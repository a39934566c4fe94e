// Chunk sizes: bytes in multiples of 3 and characters in multiples of 4, so chunks encode and
// decode independently. `String.fromCharCode(...bytes)` on a whole 100 MB image would exceed
// the engine's argument limit ("Maximum call stack size exceeded").
const ENCODE_CHUNK = 3 * 0x2000;
const DECODE_CHUNK = 4 * 0x2000;

/** Base64 of bytes of any size, without spreading the whole array into one call. */
export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += ENCODE_CHUNK) {
    const chunk = bytes.subarray(i, i + ENCODE_CHUNK);
    // `apply` takes any array-like (ECMA-262 CreateListFromArrayLike); copying to an Array first doubles the time.
    parts.push(btoa(String.fromCharCode.apply(null, chunk as unknown as number[])));
  }
  return parts.join('');
}

/** Standard padded base64, nothing else (no whitespace, no URL alphabet). */
export function isBase64(text: string): boolean {
  return text.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(text);
}

/** Decodes text that passed `isBase64`. */
export function base64ToBytes(text: string): Uint8Array<ArrayBuffer> {
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((text.length / 4) * 3 - padding);
  let at = 0;
  for (let i = 0; i < text.length; i += DECODE_CHUNK) {
    const binary = atob(text.slice(i, i + DECODE_CHUNK));
    for (let j = 0; j < binary.length; j += 1) out[at++] = binary.charCodeAt(j);
  }
  return out;
}
