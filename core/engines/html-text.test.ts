import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToText, textToHtml } from './html-text';

describe('html-text', () => {
  it('escapes markup characters and turns line breaks (any style) into <br>', () => {
    expect(textToHtml('a & b <i>"x"</i>\r\nc\rd\n\ne\u00a0f')).toBe('a &amp; b &lt;i&gt;&quot;x&quot;&lt;/i&gt;<br>c<br>d<br><br>e&nbsp;f');
  });

  it('decodes named and numeric references once, keeping unknown or invalid ones as written', () => {
    expect(decodeEntities('&amp;amp; &lt;b&gt; &#39;&apos; &#x1F336;&#65039; &#20320; &nbsp;')).toBe("&amp; <b> '' 🌶️ 你 \u00a0");
    expect(decodeEntities('&bogus; &#xD800; &#0; &#x110000; & alone')).toBe('&bogus; &#xD800; &#0; &#x110000; & alone');
  });

  it('reads <br> variants (with the spaces around them) as line breaks and leaves other tags as inert text', () => {
    expect(htmlToText('one <br> two<BR/>three <br />\tfour')).toBe('one\ntwo\nthree\nfour');
    expect(htmlToText('<img src=x onerror=alert(1)>&lt;script&gt;')).toBe('<img src=x onerror=alert(1)><script>');
  });

  it('round-trips any text through textToHtml and htmlToText', () => {
    const text = '成都 & <火锅> "辣" #成都美食 @辣妹子\n\n🌶️ 5 > 3 &amp;';
    expect(htmlToText(textToHtml(text))).toBe(text);
  });
});
