import { startBackground } from '../background/start-background';

startBackground();
