// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isArticleType } from '../../../src/detect/json-ld';

describe('isArticleType', () => {
  it.each([
    'Article',
    'NewsArticle',
    'ReportageNewsArticle',
    'MedicalScholarlyArticle',
    'TechArticle',
    'Report',
    'BlogPosting',
    'LiveBlogPosting',
    'SocialMediaPosting',
  ])('%s declares an article', (type) => expect(isArticleType(type)).toBe(true));

  it.each(['WebPage', 'WebSite', 'DiscussionForumPosting', 'ArticleList', 'Reports', 'Product'])(
    '%s does not',
    (type) => expect(isArticleType(type)).toBe(false),
  );
});
