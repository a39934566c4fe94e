import { startContentScript } from '../page/start-content-script';

startContentScript(window);
