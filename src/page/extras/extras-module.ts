import { startUserHighlights } from '../user-highlights/user-highlights';
import { recogniseArticle } from './recognise-article';

/**
 * Everything after the hiding (extras.js): the recognisers and their highlights, and the
 * user's highlights. Loaded by the article bundle once the clutter is hidden.
 */
export const extrasModule = { recogniseArticle, startUserHighlights };
