/** The part of web-ext's programmatic API the demo uses (the package ships no types). */
declare module 'web-ext' {
  interface RunOptions {
    sourceDir: string;
    firefox: string;
    startUrl?: string[];
    noReload?: boolean;
    args?: string[];
  }
  interface Runner {
    registerCleanup(fn: () => void): void;
    exit(): Promise<void>;
  }
  const webExt: {
    cmd: { run(options: RunOptions, extra?: { shouldExitProgram?: boolean }): Promise<Runner> };
  };
  export default webExt;
}
