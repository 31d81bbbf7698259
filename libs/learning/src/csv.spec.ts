import { toCsv } from './csv.js';

describe('toCsv', () => {
  it('writes records with CRLF line ends', () => {
    expect(
      toCsv(
        ['name', 'hours'],
        [
          ['Ada', 1.5],
          ['Grace', 2],
        ],
      ),
    ).toBe('name,hours\r\nAda,1.5\r\nGrace,2\r\n');
  });

  it('writes only the header when there are no rows', () => {
    expect(toCsv(['a', 'b'], [])).toBe('a,b\r\n');
  });

  it('writes null as an empty field', () => {
    expect(toCsv(['a', 'b', 'c'], [[null, 'x', null]])).toBe('a,b,c\r\n,x,\r\n');
  });

  it('quotes fields containing a comma, a quote, CR or LF, doubling quotes', () => {
    expect(toCsv(['v'], [['a,b'], ['say "hi"'], ['two\nlines'], ['cr\rhere']])).toBe(
      'v\r\n"a,b"\r\n"say ""hi"""\r\n"two\nlines"\r\n"cr\rhere"\r\n',
    );
  });

  it('neutralises text a spreadsheet would run as a formula', () => {
    const rows = [['=1+1'], ['+1'], ['-2'], ['@SUM(A1)'], ['\tx'], ['=HYPERLINK("http://x")']];
    const lines = ['v', "'=1+1", "'+1", "'-2", "'@SUM(A1)", "'\tx", '"\'=HYPERLINK(""http://x"")"'];
    expect(toCsv(['v'], rows)).toBe(lines.map((line) => `${line}\r\n`).join(''));
  });

  it('neutralises a leading CR and still quotes the field', () => {
    expect(toCsv(['v'], [['\r=1']])).toBe('v\r\n"\'\r=1"\r\n');
  });

  it('leaves formula characters alone when they are not first', () => {
    expect(toCsv(['v'], [['a=b'], ['1-2']])).toBe('v\r\na=b\r\n1-2\r\n');
  });

  it('writes numbers as they are, negative ones included', () => {
    expect(toCsv(['n'], [[-3], [0.25], [0]])).toBe('n\r\n-3\r\n0.25\r\n0\r\n');
  });

  it('neutralises the header too', () => {
    expect(toCsv(['=cmd'], [])).toBe("'=cmd\r\n");
  });

  it('refuses numbers that are not finite and rows of the wrong width', () => {
    expect(() => toCsv(['n'], [[Number.NaN]])).toThrow(RangeError);
    expect(() => toCsv(['a', 'b'], [['only one']])).toThrow(RangeError);
  });

  it('quotes a semicolon, so locales that split on it see one text cell', () => {
    expect(toCsv(['t'], [['Safety;=HYPERLINK("x")']])).toBe('t\r\n"Safety;=HYPERLINK(""x"")"\r\n');
  });
});
