import { describe, expect, it } from 'vitest';
import { detectFileType } from '../../../src/core/import/detect-file-type';

const bytes = (s: string | number[]) => (typeof s === 'string' ? new TextEncoder().encode(s) : new Uint8Array(s));

describe('detectFileType', () => {
  it.each([
    ['pdf', bytes('%PDF-1.7\n%âãÏÓ\n1 0 obj')],
    ['pdf', bytes('\n\n%PDF-1.4 after some junk')],
    ['docx', bytes([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0])],
    ['ole', bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])],
    ['rtf', bytes('{\\rtf1\\ansi')],
    ['image', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])],
    ['image', bytes([0xff, 0xd8, 0xff, 0xe0])],
    ['binary', bytes([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00])],
    ['text', bytes('Jane Doe\nEXPERIENCE\n- Built things\t2020')],
    ['text', bytes('Zoë Ñúñez — “quotes”')],
  ])('reads %s from the first bytes', (type, head) => expect(detectFileType(head)).toBe(type));
});
