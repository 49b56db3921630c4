import type { Delimiter } from './recipient-preview.ts'

/**
 * Excel's `sep=;` first line, which names the file's delimiter. `separator`
 * is the character named; `delimiter` is null when it is not one we read.
 */
export interface SeparatorLine {
  separator: string
  delimiter: Delimiter | null
}

// Optionally quoted (a program that re-saved the file without knowing the line
// quotes it), optionally followed by empty cells of the same delimiter. A
// literal `\t` stands for a tab, as people write it by hand.
const SEPARATOR_LINE = /^\uFEFF?("?)sep=(\\t|[^\r\n"])\1([^\r\n]*)(?:\r\n?|\n|$)/i

const DELIMITERS: readonly string[] = [',', ';', '\t']

/** Returns null unless the text's first line is a `sep=` line. */
export function readSeparatorLine(text: string): SeparatorLine | null {
  const match = SEPARATOR_LINE.exec(text)
  if (match === null) return null

  const separator = match[2] === '\\t' ? '\t' : match[2]
  const rest = match[3]
  for (const character of rest) {
    if (character !== separator && character !== ' ') return null
  }

  const delimiter = DELIMITERS.includes(separator) ? (separator as Delimiter) : null
  return { separator, delimiter }
}

const LINE: Record<Delimiter, string> = {
  ',': '"sep=,"',
  ';': '"sep=;"',
  '\t': '"sep=" followed by a tab',
}

const NAME: Record<Delimiter, string> = {
  ',': 'commas',
  ';': 'semicolons',
  '\t': 'tabs',
}

function saying(delimiter: Delimiter): string {
  return (
    `The first line of the file, ${LINE[delimiter]}, says the values are ` +
    `separated by ${NAME[delimiter]}`
  )
}

/** The notice saying the line was used; row numbers still count it as row 1. */
export function separatorLineMessage(delimiter: Delimiter): string {
  return (
    `${saying(delimiter)}, so the file was read that way. That line counts ` +
    'as row 1 and holds no recipient.'
  )
}

/** Added when no phone column is found: the line may name the wrong delimiter. */
export function separatorLineHint(delimiter: Delimiter): string {
  return `${saying(delimiter)}; if they are not, delete that line.`
}

/** Why a file whose `sep=` line names another character cannot be read. */
export function unsupportedSeparatorMessage(separator: string): string {
  return (
    `The first line of the file, "sep=${separator}", says the values are ` +
    `separated by "${separator}", which cannot be read here. Save the file ` +
    'with commas, semicolons or tabs between the values and upload it again.'
  )
}
