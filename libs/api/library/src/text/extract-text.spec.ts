import { canExtractText, MAX_TEXT_CHARS, normaliseText, odfXmlToText } from './extract-text';

describe('text extraction helpers', () => {
  it('reads PDF, DOCX, ODT, TXT and CSV, and nothing else', () => {
    expect(canExtractText('application/pdf')).toBe(true);
    expect(canExtractText('text/csv')).toBe(true);
    expect(canExtractText('image/png')).toBe(false);
    expect(canExtractText('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')).toBe(false);
  });

  it('removes NULs and control characters, tidies whitespace and caps the length', () => {
    expect(normaliseText('\uFEFF  Minutes\u0000 of\r\nthe\t\tmeeting\n\n\n\nEnd ')).toBe('Minutes of\nthe meeting\n\nEnd');
    expect(normaliseText('word '.repeat(300_000))).toHaveLength(MAX_TEXT_CHARS);
  });

  it('turns OpenDocument XML into text: paragraphs, spaces, tabs, entities', () => {
    const xml =
      '<office:automatic-styles><style:style style:name="P1"/></office:automatic-styles><office:body><office:text>' +
      '<text:h>Agenda</text:h><text:p>Item<text:s text:c="3"/>one<text:tab/>&amp; two &#x263A;</text:p></office:text></office:body>';
    expect(odfXmlToText(xml)).toBe('Agenda\nItem   one\t& two \u263A\n');
  });
});
