import { cleanLine, cleanText, cutSummary, paragraph, toLabel } from '../../../src/domain';

describe('cleanText, the one rule for text sent to Jira', () => {
  it('removes control characters (NUL, backspace, ESC, DEL, C1) but keeps tab and newline', () => {
    expect(cleanText('a\u0000b\u0008c\u001b[31md\u007fe\u0085f\tg\nh')).toBe('abc[31mdef\tg\nh');
  });

  it('makes every line break a newline', () => {
    expect(cleanText('a\r\nb\rc')).toBe('a\nb\nc');
  });

  it('removes bidirectional overrides and isolates ("Trojan Source")', () => {
    expect(cleanText('admin\u202e\u2066txt.exe\u2069\u202c')).toBe('admintxt.exe');
  });

  it('replaces lone surrogates and keeps pairs', () => {
    expect(cleanText('a\ud800b\udc00c🚀')).toBe('a\ufffdb\ufffdc🚀');
    expect(cleanText('\ud83d')).toBe('\ufffd');
  });
});

describe('invisible and format characters, one class at a time', () => {
  it('removes the bidi marks LRM, RLM and ALM, keeping the right-to-left text itself', () => {
    expect(cleanText('\u200fשלום\u200e עולם\u061c')).toBe('שלום עולם');
    expect(cleanText('مرحبا\u061c بالعالم')).toBe('مرحبا بالعالم');
  });

  it('removes zero-width spaces, word joiners, the BOM and invisible operators', () => {
    expect(cleanText('ad\u200bmin\u2060 \ufeffroot\u2062x\u180e')).toBe('admin rootx');
  });

  it('removes zero-width joiners and non-joiners that only hide inside a word', () => {
    expect(cleanText('ad\u200dmi\u200cn')).toBe('admin');
    expect(cleanText('\u200dorders\u200c')).toBe('orders');
  });

  it('keeps the joiners that spell visible text: Persian, Devanagari and emoji sequences', () => {
    for (const visible of [
      'می\u200cخواهم',
      'क्\u200dष',
      '👩\u200d💻',
      '🏳\ufe0f\u200d🌈',
      '👍🏽\u200d👍',
    ]) {
      expect(cleanText(visible)).toBe(visible);
    }
    expect(cleanText('👍\u200d')).toBe('👍');
  });

  it('removes tag characters, but keeps a subdivision flag (an emoji tag sequence)', () => {
    const scotland = '🏴\u{e0067}\u{e0062}\u{e0073}\u{e0063}\u{e0074}\u{e007f}';
    expect(cleanText(`ok\u{e0001}\u{e0069}\u{e0067}\u{e006e}\u{e007f}`)).toBe('ok');
    expect(cleanText(`go ${scotland}`)).toBe(`go ${scotland}`);
  });

  it('removes soft hyphens and the combining grapheme joiner', () => {
    expect(cleanText('pay\u00adment\u034f')).toBe('payment');
  });

  it('removes Hangul and halfwidth fillers, keeping Hangul text', () => {
    expect(cleanText('\u3164\u115f\u1160주문\uffa0')).toBe('주문');
  });

  it('removes variation selectors outside emoji, keeping emoji style and ideographic variants', () => {
    expect(cleanText('a\ufe0fb\ufe0e\u{e0100}')).toBe('ab');
    for (const visible of ['❤\ufe0f', '☎\ufe0e', '1\ufe0f\u20e3', '葛\u{e0100}']) {
      expect(cleanText(visible)).toBe(visible);
    }
  });

  it('keeps visible text in any script intact', () => {
    const visible = [
      'Zahlungen über Kreditkarte',
      'Заказы',
      'الطلبات',
      'הזמנות',
      '注文サービス',
      '주문 서비스',
      'आदेश सेवा',
      'ผู้ใช้',
      'Ελληνικά',
      'ጤና ይስጥልኝ',
      'e\u0301 combined',
    ];
    for (const text of visible) expect(cleanText(text)).toBe(text);
  });

  it('a line of only invisible characters is blank, so it is left out like an empty one', () => {
    expect(cleanLine('\u200b\u200e\u00ad\u3164\ufeff')).toBe('');
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
    expect(cutSummary('\u200fOr\u200bders\u{e0041} \u3164')).toBe('Orders');
  });

  it('labels', () => {
    expect(toLabel('team\u0007 a\u202eb')).toBe('team-ab');
    expect(toLabel('back\u200bend\u00ad \u200eteam')).toBe('backend-team');
  });

  it('ADF text nodes', () => {
    expect(paragraph('x\u001by\u202ez\udfff').content).toEqual([
      { type: 'text', text: 'xyz\ufffd' },
    ]);
  });
});
