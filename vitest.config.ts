import { realpathSync } from 'node:fs';
import { searchForWorkspaceRoot } from 'vite';
import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

// A git worktree may share another checkout's node_modules through a symlink; vite serves
// files from the workspace root only, so the setup file's real path must be allowed too.
const nodeModules = realpathSync('node_modules');

export default defineConfig({
  plugins: [preact()],
  server: { fs: { allow: [searchForWorkspaceRoot(process.cwd()), nodeModules] } },
  test: {
    environment: 'happy-dom',
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
    setupFiles: ['fake-indexeddb/auto'],
    testTimeout: 20000,
  },
});
