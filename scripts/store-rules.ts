/**
 * What the Chrome Web Store rejects a package for, as checks over the manifest and files of a
 * built zip (test/unit/build/chrome-package.test.ts runs them on the real package).
 */

/** 1 to 4 dot-separated integers 0–65535, none but 0 itself starting with 0 (Chrome's rule). */
export function isStoreVersion(version: string): boolean {
  const parts = version.split('.');
  return (
    parts.length >= 1 &&
    parts.length <= 4 &&
    parts.every((p) => /^(0|[1-9]\d{0,4})$/.test(p) && Number(p) <= 65535)
  );
}

/** Width and height from a PNG's IHDR chunk, or null if the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') return null;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/**
 * The permissions justified in docs/store-listing.md: list items under "## Permission
 * justifications" that start with a back-quoted permission, followed by a colon and the reason.
 */
export function justifiedPermissions(listing: string): Map<string, string> {
  const section = listing.split(/^## Permission justifications\s*$/m)[1]?.split(/^## /m)[0] ?? '';
  const justified = new Map<string, string>();
  for (const item of section.split(/^- /m).slice(1)) {
    const match = /^`([^`]+)`:\s+([\s\S]+)/.exec(item);
    if (match?.[1] && match[2]) justified.set(match[1], match[2].replace(/\s+/g, ' ').trim());
  }
  return justified;
}

/** Every permission a manifest asks for, required or optional, API or host. */
export function askedPermissions(manifest: Record<string, unknown>): string[] {
  const keys = [
    'permissions',
    'optional_permissions',
    'host_permissions',
    'optional_host_permissions',
  ];
  return keys.flatMap((key) => (Array.isArray(manifest[key]) ? (manifest[key] as string[]) : []));
}
