/** A text body the API sent as a file (a vCard, an .ics), as a blob of that type; an empty body is an error. */
export function textFile(text: string | undefined, type: string, what: string): Blob {
  if (!text) throw new Error(`The ${what} came back empty`);
  return new Blob([text], { type });
}

/** Hands a blob to the browser as a download with the given name. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers start the download only after the click handler returns.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 1000);
}
