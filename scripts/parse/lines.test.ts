import { describe, expect, test } from 'vitest';
import { decodeSeed, readLines } from './lines.ts';
import { SourceError } from './source-error.ts';

describe('decodeSeed', () => {
  test('names the line of an invalid UTF-8 byte', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('第一行\n第二行\n'), 0xff, 0x41]);
    expect(() => decodeSeed(bytes, 'bad.txt')).toThrow(new SourceError('bad.txt', 3, 'invalid UTF-8 byte sequence'));
  });
  test('counts lines as the parser does, past a printed U+FFFD and across CR line ends', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('替换符\ufffd\r第二行\r\n第三'), 0xe4, 0xb8, 0x41]);
    expect(() => decodeSeed(bytes, 'bad.txt')).toThrow(new SourceError('bad.txt', 3, 'invalid UTF-8 byte sequence'));
  });
  test('names the last line when the file ends inside a character', () => {
    const bytes = new TextEncoder().encode('第一行\n第二行').subarray(0, -1);
    expect(() => decodeSeed(bytes, 'cut.txt')).toThrow(new SourceError('cut.txt', 2, 'invalid UTF-8 byte sequence'));
  });
});

describe('readLines', () => {
  test('rejects an empty file', () => {
    expect(() => readLines(' \n\n', 'empty.txt')).toThrow('empty.txt:1: the file has no text');
  });
  test('rejects a control character with its line and column', () => {
    expect(() => readLines('一行\n二\u0007行', 'ctl.txt')).toThrow('ctl.txt:2: control character U+0007 at column 2');
  });
  test('classifies tab rows, one-cell lines and image file names', () => {
    const kinds = readLines('指标\t哈萨克斯坦\n\t序号\nimage1.png\n\n正文', 'x.txt').map((l) => l.kind);
    expect(kinds).toEqual(['tab-row', 'cell-line', 'image-file', 'blank', 'text']);
  });
});
