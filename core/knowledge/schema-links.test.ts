import { describe, expect, it } from 'vitest';
import { sourceSchema } from './schema';

describe('knowledge pack source links', () => {
  it.each(['https://www.gov.cn/law', 'http://example.org/page?a=1#b'])('accepts the web page %s', (url) => {
    expect(sourceSchema.safeParse({ title: 'A source', url }).success).toBe(true);
  });

  it.each(['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'file:///etc/passwd', 'chrome://settings'])(
    'rejects %s, so a pack carrying it fails the build',
    (url) => {
      expect(sourceSchema.safeParse({ title: 'A source', url }).success).toBe(false);
    },
  );
});
