/** Hands `content` to the browser as a download called `fileName`. */
export function saveFile(content: Blob, fileName: string) {
  const url = URL.createObjectURL(content)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  document.body.append(link)
  link.click()
  link.remove()
  // Some browsers read the blob after click() returns; free it a bit later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
