/**
 * Builds real .docx files for import tests: a docx is a zip of WordprocessingML parts. Only what mammoth needs:
 * content types, the package relationship, styles (so 标题 1 has its name), the document and its pictures.
 */
import JSZip from 'jszip';

export type DocxParagraph =
  | { style?: 'Heading1' | 'Heading2' | 'Title'; centred?: boolean; runs: Array<{ text: string; bold?: boolean; italic?: boolean }> }
  | { picture: Buffer }
  /** A Word table: rows of cells, each cell its paragraphs' text ('' = an empty cell); `span` merges columns. */
  | { table: Array<Array<string | { text: string; span: number; bold?: boolean } | { table: string[][] }>> };

type DocxCell = Extract<DocxParagraph, { table: unknown }>['table'][number][number];

function tableXml(rows: ReadonlyArray<ReadonlyArray<DocxCell>>): string {
  const cell = (c: DocxCell) => {
    if (typeof c === 'object' && 'table' in c) return `<w:tc>${tableXml(c.table)}<w:p/></w:tc>`;
    const { text, span, bold } = typeof c === 'string' ? { text: c, span: 1, bold: false } : c;
    const props = span > 1 ? `<w:tcPr><w:gridSpan w:val="${span}"/></w:tcPr>` : '';
    const paras = text === '' ? ['<w:p/>'] : text.split('\n').map((line) => `<w:p><w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r></w:p>`);
    return `<w:tc>${props}${paras.join('')}</w:tc>`;
  };
  return `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr>${rows.map((row) => `<w:tr>${row.map(cell).join('')}</w:tr>`).join('')}</w:tbl>`;
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function pictureXml(relId: string, n: number): string {
  const emu = 914400;
  return `<w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">
<wp:extent cx="${emu}" cy="${emu}"/><wp:docPr id="${n}" name="Picture ${n}"/>
<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">
<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">
<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">
<pic:nvPicPr><pic:cNvPr id="${n}" name="image${n}.png"/><pic:cNvPicPr/></pic:nvPicPr>
<pic:blipFill><a:blip r:embed="${relId}"/></pic:blipFill>
<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${emu}" cy="${emu}"/></a:xfrm><a:prstGeom prst="rect"/></pic:spPr>
</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`;
}

/** A .docx holding the paragraphs (pictures are PNG bytes). */
export async function buildDocx(paragraphs: DocxParagraph[]): Promise<Buffer> {
  const zip = new JSZip();
  const rels: string[] = [`<Relationship Id="rIdStyles" Type="${R}/styles" Target="styles.xml"/>`];
  let pictures = 0;
  const body = paragraphs
    .map((p) => {
      if ('table' in p) return tableXml(p.table);
      if ('picture' in p) {
        pictures++;
        const relId = `rIdImg${pictures}`;
        zip.file(`word/media/image${pictures}.png`, p.picture);
        rels.push(`<Relationship Id="${relId}" Type="${R}/image" Target="media/image${pictures}.png"/>`);
        return `<w:p>${pictureXml(relId, pictures)}</w:p>`;
      }
      const props = `${p.style ? `<w:pStyle w:val="${p.style}"/>` : ''}${p.centred ? '<w:jc w:val="center"/>' : ''}`;
      const runs = p.runs
        .map((r) => `<w:r>${r.bold || r.italic ? `<w:rPr>${r.bold ? '<w:b/>' : ''}${r.italic ? '<w:i/>' : ''}</w:rPr>` : ''}<w:t xml:space="preserve">${escapeXml(r.text)}</w:t></w:r>`)
        .join('');
      return `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}${runs}</w:p>`;
    })
    .join('\n');
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Default Extension="png" ContentType="image/png"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
</Types>`,
  );
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/>
</Relationships>`,
  );
  zip.file(
    'word/_rels/document.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`,
  );
  zip.file(
    'word/styles.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="${W}">
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style>
</w:styles>`,
  );
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>
${body}
</w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'nodebuffer' });
}
