import { describe, expect, test } from 'vitest';
import { escapeXml } from './escape-xml.ts';

describe('escapeXml', () => {
  test('escapes markup and both quotes, and nothing else', () => {
    expect(escapeXml(`a&b <c> "d" 'e' 中文`)).toBe('a&amp;b &lt;c&gt; &quot;d&quot; &#39;e&#39; 中文');
    expect(escapeXml('&amp;')).toBe('&amp;amp;');
  });
});
