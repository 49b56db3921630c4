import type {
  Delimiter,
  RecipientFileEncoding,
} from '../../../../supabase/functions/_shared/recipients/recipient-preview.ts'

export const ENCODING_LABELS: Record<RecipientFileEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8 with byte-order mark',
  'utf-16le': 'UTF-16 (little-endian)',
  'utf-16be': 'UTF-16 (big-endian)',
  'windows-1252': 'Windows-1252 (Western European)',
}

export const DELIMITER_LABELS: Record<Delimiter, string> = {
  ',': 'Comma ( , )',
  ';': 'Semicolon ( ; )',
  '\t': 'Tab',
}
