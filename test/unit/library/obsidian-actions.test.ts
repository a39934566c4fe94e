// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { saveClipping } from '../../../src/store/clippings-repository';
import { openReaderDb } from '../../../src/store/open-db';
import { prepareObsidianSend } from '../../../src/ui/library/obsidian-actions';
import { viAnnotations, viClipping, viImages } from '../export/export-fixtures';

describe('prepareObsidianSend', () => {
  it('builds the note with the stored highlights and the URI for the chosen vault', async () => {
    const db = await openReaderDb({ name: `obsidian-${Math.random().toString(36).slice(2)}` });
    await saveClipping(db, {
      clipping: viClipping(),
      images: viImages(),
      annotations: viAnnotations(),
    });
    const send = await prepareObsidianSend(db, 'clip-vi', '');
    expect(send.viaClipboard).toBe(false);
    expect(send.note).toContain('> giá trị sản xuất công nghiệp của tỉnh đạt 202,6 tỷ đồng');
    expect(send.uri).toMatch(/^obsidian:\/\/new\?file=Lai%20Ch%C3%A2u%20Kim/);
    expect(decodeURIComponent(send.uri.split('&content=')[1] ?? '')).toBe(send.note);
    await expect(prepareObsidianSend(db, 'missing', '')).rejects.toThrow(/no clipping/);
  });
});
