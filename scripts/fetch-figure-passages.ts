/**
 * Copies the repository files that `bench/figure-passages/passages.jsonl` cites out of local
 * mirror git dirs (brought by the search tool's fetch) into the git-ignored cache the loader
 * reads, each at its pinned commit. Third-party text stays out of the repository.
 *
 * Env: MIRROR_DIR (default /work/.mirror; a repo owner/name is looked for as
 * `<MIRROR_DIR>/<owner>+<name>/repo`, then `<MIRROR_DIR>/<owner>+<name>`).
 */
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { cachePathFor, readRecords } from '../bench/figure-passages/load-passages';

const MIRROR_DIR = process.env.MIRROR_DIR ?? '/work/.mirror';

function gitDirFor(repo: string): string | null {
  const base = path.join(MIRROR_DIR, repo.replace('/', '+'));
  for (const dir of [path.join(base, 'repo'), base])
    if (fs.existsSync(path.join(dir, 'HEAD'))) return dir;
  return null;
}

function main(): void {
  const wanted = new Map<string, { repo: string; commit: string; path: string }>();
  for (const r of readRecords())
    if ('repo' in r.source) wanted.set(cachePathFor(r.source), r.source);
  let copied = 0;
  const failed: string[] = [];
  for (const [target, src] of wanted) {
    if (fs.existsSync(target)) continue;
    const gitDir = gitDirFor(src.repo);
    if (!gitDir) {
      failed.push(`${src.repo}: no mirror under ${MIRROR_DIR}`);
      continue;
    }
    try {
      const body = execFileSync('git', ['--git-dir', gitDir, 'show', `${src.commit}:${src.path}`], {
        maxBuffer: 64 * 1024 * 1024,
      });
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, body);
      copied++;
    } catch (e) {
      failed.push(`${src.repo}@${src.commit}:${src.path}: ${(e as Error).message.split('\n')[0]}`);
    }
  }
  console.log(`${wanted.size} files cited, ${copied} copied, ${failed.length} failed`);
  for (const f of failed) console.log(`  ${f}`);
  if (failed.length) process.exitCode = 1;
}

main();
