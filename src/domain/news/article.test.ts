import { describe, expect, it } from 'vitest';
import { articlePlainText, paragraphsToHtml, sanitiseArticleHtml, slugify } from './article.js';
import { sniffImage } from './image-size.js';

describe('news articles', () => {
  it('slugs Vietnamese titles without diacritics', () => {
    expect(slugify("Kiểm tra việc thực hiện 'Năm Dân vận chính quyền' tại huyện Thạnh Hóa")).toBe(
      'kiem-tra-viec-thuc-hien-nam-dan-van-chinh-quyen-tai-huyen-thanh-hoa',
    );
  });
  it('keeps only allow-listed tags and safe links', () => {
    expect(
      sanitiseArticleHtml(
        '<p onclick="x()">A <script>alert(1)</script><b>b</b> <a href="javascript:alert(1)">x</a> <a href="https://a.vn/?q=1&x=2">y</a><img src=x onerror=alert(1)></p>',
      ),
    ).toBe('<p>A <b>b</b> <a>x</a> <a href="https://a.vn/?q=1&amp;x=2" rel="noopener">y</a></p>');
    expect(sanitiseArticleHtml('1 < 2 <!-- c --><style>p{}</style>')).toBe('1 &lt; 2 ');
  });
  it('builds paragraphs and reads plain text back', () => {
    const html = paragraphsToHtml('Chiều 18/10, <Đoàn>\n\n[[image:0]]\n\nHết.');
    expect(html).toBe('<p>Chiều 18/10, &lt;Đoàn&gt;</p>\n<p>[[image:0]]</p>\n<p>Hết.</p>');
    expect(articlePlainText(html)).toBe('Chiều 18/10, <Đoàn>\n\nHết.');
  });
  it('reads the size of a PNG and refuses SVG', () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000002800000016808060000001f', 'hex');
    expect(sniffImage(Buffer.concat([png, Buffer.alloc(8)]))).toMatchObject({
      ext: 'png',
      width: 640,
      height: 360,
    });
    expect(sniffImage(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"></svg>'))).toBeNull();
  });
});
