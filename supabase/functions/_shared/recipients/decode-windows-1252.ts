// Code points of bytes 0x80–0x9F in Windows-1252, as the WHATWG Encoding
// standard maps them (unassigned bytes keep their C1 control code point).
const HIGH_CONTROL_RANGE = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030,
  0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c,
  0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d,
  0x017e, 0x0178,
]

const CHUNK = 8192

/**
 * Decodes Windows-1252 the same way everywhere. Node's TextDecoder treats the
 * label as Latin-1 (0x80 becomes U+0080 instead of €), browsers and Deno do not.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length)
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]
    units[i] = byte >= 0x80 && byte <= 0x9f ? HIGH_CONTROL_RANGE[byte - 0x80] : byte
  }

  let text = ''
  for (let start = 0; start < units.length; start += CHUNK) {
    text += String.fromCharCode(...units.subarray(start, start + CHUNK))
  }
  return text
}
