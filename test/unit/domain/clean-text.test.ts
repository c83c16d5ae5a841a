import { cleanLine, cleanText, cutSummary, paragraph, toLabel } from '../../../src/domain';

describe('cleanText, the one rule for text sent to Jira', () => {
  it('removes control characters (NUL, backspace, ESC, DEL, C1) but keeps tab and newline', () => {
    expect(cleanText('a\u0000b\u0008c\u001b[31md\u007fe\u0085f\tg\nh')).toBe('abc[31mdef\tg\nh');
  });

  it('makes every line break a newline', () => {
    expect(cleanText('a\r\nb\rc')).toBe('a\nb\nc');
  });

  it('removes bidirectional overrides and isolates ("Trojan Source") but keeps LRM/RLM marks', () => {
    expect(cleanText('admin\u202e\u2066txt.exe\u2069\u202c')).toBe('admintxt.exe');
    expect(cleanText('\u200fשלום\u200e')).toBe('\u200fשלום\u200e');
  });

  it('replaces lone surrogates and keeps pairs', () => {
    expect(cleanText('a\ud800b\udc00c🚀')).toBe('a\ufffdb\ufffdc🚀');
    expect(cleanText('\ud83d')).toBe('\ufffd');
  });
});

describe('cleanLine', () => {
  it('puts text on one line, whatever the line separator', () => {
    expect(cleanLine(' a\nb\tc\u2028d\u2029e\u0085f\u000bg\u000ch ')).toBe('a b c d e f g h');
  });

  it('leaves no double space where a control character stood between spaces', () => {
    expect(cleanLine('a \u0000 b')).toBe('a b');
  });
});

describe('every writer of Jira text uses it', () => {
  it('summaries', () => {
    expect(cutSummary('Orders\u202e\u0000: pay\nnow\ud800')).toBe('Orders: pay now\ufffd');
  });

  it('labels', () => {
    expect(toLabel('team\u0007 a\u202eb')).toBe('team-ab');
  });

  it('ADF text nodes', () => {
    expect(paragraph('x\u001by\u202ez\udfff').content).toEqual([
      { type: 'text', text: 'xyz\ufffd' },
    ]);
  });
});
