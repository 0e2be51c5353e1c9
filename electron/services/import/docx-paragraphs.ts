/**
 * A Word .docx → SourceParagraph[] and its embedded pictures, through mammoth (semantic HTML, styles mapped to
 * headings) and htmlparser2. Centred Word paragraphs are tagged before conversion (mammoth keeps a paragraph's
 * alignment in its document tree but not in its HTML), so a centred 小标题 can be recognised.
 */
import mammoth from 'mammoth';
import { htmlToParagraphs, IMAGE_SRC_PREFIX } from './html-paragraphs';
import { ImportError } from './import-error';
import type { SourceParagraph } from './source-paragraph';
import { errorMessage } from '../../../shared/errors';

export interface DocxImage {
  bytes: Buffer;
  contentType: string;
  /** The picture's description in Word (alt text), if it has one. */
  altText?: string;
}

const CENTRED_STYLE = 'FolioCentred';

const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  'p.Title => h1:fresh',
  "p[style-name='标题'] => h1:fresh",
  "p[style-name='Subtitle'] => h2:fresh",
  "p[style-name='副标题'] => h2:fresh",
  "p[style-name='标题 1'] => h1:fresh",
  "p[style-name='标题 2'] => h2:fresh",
  "p[style-name='标题 3'] => h3:fresh",
  `p[style-name='${CENTRED_STYLE}'] => p.center:fresh`,
];

/** mammoth's document transforms (in the library, missing from its type declarations). Read when used, not at
 * load: the CLI bundle loads mammoth on first use (build/scripts/cli-bundle.mjs). */
const transforms = () => (mammoth as unknown as {
  transforms: { paragraph(transform: (element: MammothParagraph) => MammothParagraph): (element: unknown) => unknown };
}).transforms;

interface MammothParagraph {
  type: string;
  alignment?: string | null;
  styleId?: string | null;
  styleName?: string | null;
}

/** Tag centred body paragraphs (headings keep their own style). */
function tagCentred(element: MammothParagraph): MammothParagraph {
  const headingStyle = /heading|title|标题/i.test(`${element.styleId ?? ''} ${element.styleName ?? ''}`);
  if (element.alignment === 'center' && !headingStyle) return { ...element, styleId: CENTRED_STYLE, styleName: CENTRED_STYLE };
  return element;
}

export async function docxToParagraphs(bytes: Buffer, name: string): Promise<{ paragraphs: SourceParagraph[]; images: DocxImage[] }> {
  const images: DocxImage[] = [];
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: bytes },
      {
        styleMap: STYLE_MAP,
        // Never follow links to files outside the document (a .docx can name any path).
        externalFileAccess: false,
        transformDocument: transforms().paragraph(tagCentred),
        convertImage: mammoth.images.imgElement(async (image) => {
          const altText = (image as { altText?: string }).altText;
          images.push({ bytes: await image.read(), contentType: image.contentType, ...(altText ? { altText } : {}) });
          return { src: `${IMAGE_SRC_PREFIX}${images.length - 1}` };
        }),
      } as Parameters<typeof mammoth.convertToHtml>[1],
    );
    html = result.value;
  } catch (error) {
    throw new ImportError(errorMessage('import-docx-damaged', { name }), {
      cause: error,
    });
  }
  return { paragraphs: htmlToParagraphs(html), images };
}
