import type { BedrockCatalog } from '@bedrock-models/catalog';
import { findModelId, isModelIdTail, type ShapeMatch } from './shape.js';

/** An ID stated in one static part of a string that interpolates. */
export interface TemplateId {
  /** Which part, and the ID's span in it. */
  part: number;
  start: number;
  end: number;
  match: ShapeMatch;
  /** The ID follows a geo prefix the interpolation computes (`${geo}.anthropic…`). */
  geoTail: boolean;
  /** The part is an invoke path (`/model/<id>/invoke`): the ID goes to an on-demand call. */
  invokePath: boolean;
}

const MARKERS = ['foundation-model/', 'inference-profile/', '/model/'];

/**
 * The IDs the static parts of an interpolating string state: `` `arn:aws:bedrock:${region}::foundation-model/amazon.titan-embed-text-v2:0` ``,
 * `` `${geo}.anthropic.claude-sonnet-4-6` ``, CloudFormation's `!Sub "…${AWS::Region}…"`, a Python f-string. An ID
 * must end inside its part: the last part, or one where a `/`, `?` or `#` follows it before the next interpolation.
 */
export function idsInTemplateParts(parts: readonly string[], catalog: BedrockCatalog): TemplateId[] {
  const found: TemplateId[] = [];
  parts.forEach((text, index) => {
    const isLast = index === parts.length - 1;
    let start = -1;
    for (const marker of MARKERS) {
      const at = text.lastIndexOf(marker);
      if (at >= 0) start = Math.max(start, at + marker.length);
    }
    let geoTail = false;
    if (start < 0 && index > 0 && isModelIdTail(text.split('/')[0]!, catalog)) {
      start = 1;
      geoTail = true;
    }
    if (start < 0) return;
    let end = start;
    while (end < text.length && text[end] !== '/' && text[end] !== '?' && text[end] !== '#') end++;
    if (end === text.length && !isLast) return;
    const id = text.slice(start, end);
    const match = findModelId(id, catalog);
    if (!match || match.id !== id || id.startsWith('arn:')) return;
    found.push({ part: index, start, end, match, geoTail, invokePath: !geoTail && text.includes('/model/') });
  });
  return found;
}
