import { startContentScript } from '../page/detector/start-content-script';

void startContentScript(window).catch((error: unknown) => {
  // Never break the page: a failure here only means the extension does nothing on it.
  console.debug('[Reader Assistant] not started:', error);
});
