import type { RequestJudgeContext } from './finding.js';
import { entryOf, stringOf } from './tree.js';
import type { RequestFinding, RequestSuggestion, RequestValue } from './types.js';

// Converse's ImageBlock `format`: https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ImageBlock.html
const IMAGE_FORMATS = ['png', 'jpeg', 'gif', 'webp'];
const IMAGE_BLOCK_SOURCE = 'https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ImageBlock.html';
// "The provided image does not match the specified image format": bytes of one format declared as another.
const MISMATCH_SOURCE = 'https://github.com/boto/boto3/issues/4415';
// The image format a file name's extension names.
const EXTENSION_FORMATS: Readonly<Record<string, string>> = { png: 'png', jpg: 'jpeg', jpeg: 'jpeg', gif: 'gif', webp: 'webp' };

/** The image format a file's extension names (`photo.JPG` → `jpeg`); null for another extension or none. */
export function formatOfFile(file: string): string | null {
  const extension = /\.([A-Za-z0-9]+)$/.exec(file)?.[1]?.toLowerCase();
  return extension !== undefined && Object.hasOwn(EXTENSION_FORMATS, extension) ? EXTENSION_FORMATS[extension]! : null;
}

/**
 * A Converse `image: { format, source: { bytes } }` whose format Bedrock rejects: not one of the four it takes
 * (`'jpg'`), or, where the bytes are read from a file written as a literal, not the format the file's extension
 * names. The suggestion writes the file's format where it is known, else the format the value meant.
 */
export function judgeImageFormat<L>(context: RequestJudgeContext<L>, image: RequestValue<L>): Array<RequestFinding<L>> {
  const format = stringOf(entryOf(image, 'format')?.value);
  if (!format) return [];
  const bytes = entryOf(entryOf(image, 'source')?.value, 'bytes')?.value;
  const file = bytes?.kind === 'unknown' ? (bytes.readsFile ?? null) : null;
  const fileFormat = file === null ? null : formatOfFile(file);
  const write = (to: string): Array<RequestSuggestion<L>> => [
    { messageId: 'useFormat', data: { format: to }, edit: { kind: 'replace-value', location: format.location, value: to } },
  ];

  if (!IMAGE_FORMATS.includes(format.value)) {
    const lower = format.value.toLowerCase();
    const meant = fileFormat ?? (lower === 'jpg' ? 'jpeg' : lower);
    return [
      context.finding({
        messageId: 'imageFormat',
        data: { format: format.value, formats: IMAGE_FORMATS.join(', ') },
        location: format.location,
        field: 'converse.imageInput',
        source: IMAGE_BLOCK_SOURCE,
        suggestions: IMAGE_FORMATS.includes(meant) ? write(meant) : [],
      }),
    ];
  }
  if (file === null || fileFormat === null || fileFormat === format.value) return [];
  return [
    context.finding({
      messageId: 'imageFormatMismatch',
      data: { format: format.value, file, fileFormat },
      location: format.location,
      field: 'converse.imageInput',
      source: MISMATCH_SOURCE,
      suggestions: write(fileFormat),
    }),
  ];
}
