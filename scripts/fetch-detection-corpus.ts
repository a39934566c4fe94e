/**
 * Copies the detection corpus's repository pages (bench/detection/pages.jsonl) from local
 * mirrors into the git-ignored cache, each at the commit its label was made on:
 *   git --git-dir=<MIRROR_DIR>/<owner>+<name>/repo show <commit>:<path>
 * Mirrors are bare git dirs as the session's `fetch github:owner/name` tool leaves them
 * (MIRROR_DIR, default /work/.mirror). Shared pages are not copied: the loader reads them in
 * place (CORPUS_DIR). A missing mirror or commit skips that repo's pages and is reported; the
 * rest are still copied. Pages already in the cache are left as they are.
 *
 *   npx tsx scripts/fetch-detection-corpus.ts
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { detectionCorpusDir, readPageEntries } from '../bench/detection/load-corpus';

const mirrorDir = process.env.MIRROR_DIR ?? '/work/.mirror';

function gitDirOf(repo: string): string {
  return path.join(mirrorDir, repo.replace('/', '+'), 'repo');
}

function hasCommit(gitDir: string, commit: string): boolean {
  try {
    execFileSync('git', ['--git-dir', gitDir, 'cat-file', '-e', `${commit}^{commit}`], {
      stdio: 'ignore',
    });
    return true;
  } catch {
    return false;
  }
}

function main(): void {
  let copied = 0;
  let present = 0;
  let shared = 0;
  const failed: string[] = [];
  const unusable = new Map<string, string>();
  for (const entry of readPageEntries()) {
    if ('shared' in entry.source) {
      shared += 1;
      continue;
    }
    const { repo, commit, path: filePath } = entry.source;
    const target = path.join(detectionCorpusDir, entry.id);
    if (existsSync(target)) {
      present += 1;
      continue;
    }
    const gitDir = gitDirOf(repo);
    const key = `${repo}@${commit}`;
    if (!unusable.has(key)) {
      if (!existsSync(gitDir)) unusable.set(key, `no mirror: fetch github:${repo} first`);
      else if (!hasCommit(gitDir, commit)) {
        unusable.set(key, `mirror lacks ${commit}: fetch github:${repo} again`);
      } else unusable.set(key, '');
    }
    if (unusable.get(key) !== '') continue;
    try {
      const bytes = execFileSync('git', ['--git-dir', gitDir, 'show', `${commit}:${filePath}`], {
        maxBuffer: 1 << 28,
        stdio: ['ignore', 'pipe', 'ignore'],
      });
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, bytes);
      copied += 1;
    } catch {
      failed.push(`${entry.id} (${repo}@${commit.slice(0, 8)}:${filePath})`);
    }
  }
  console.log(
    `detection corpus in ${detectionCorpusDir}: ${copied} copied, ${present} already there, ${shared} shared pages read in place`,
  );
  for (const [key, reason] of unusable) if (reason !== '') console.log(`skipped ${key}: ${reason}`);
  for (const id of failed) console.log(`could not copy ${id}`);
}

main();
