// The one way the engine produces text: a message id and its data, worded by the catalogue of the chosen
// language (zh.ts, en.ts). Nothing else in src/model writes user-facing sentences.
import { excerpt, EXCERPT_LENGTH } from "./excerpt";
import type { Lang } from "../report/report";
import { en } from "./en";
import type { Catalogues, MessageId, ParamsOf } from "./params";
import { zh } from "./zh";

export const CATALOGUES: Catalogues = { zh, en };

/**
 * The parameters that carry a cell's own text (an explanation, a value, an indicator's name, a written score,
 * total or grade): a cell may hold 32,767 characters, so a message quotes only an excerpt of it. Every other
 * parameter is a number, a key, a cell address or an error code.
 */
const CELL_TEXT_PARAMS: readonly string[] = ["reason", "actual", "target", "indicator", "written", "score", "weight", "value"];

/** The text of one message in the chosen language; cell text in it is cut to an excerpt (excerpt.ts), here only. */
export function formatMessage<M extends MessageId>(id: M, params: ParamsOf<M>, lang: Lang): string {
  let shown: Record<string, unknown> = params;
  for (const key of CELL_TEXT_PARAMS) {
    const v = shown[key];
    if (typeof v === "string" && v.length > EXCERPT_LENGTH) shown = { ...shown, [key]: excerpt(v) };
  }
  const word = CATALOGUES[lang][id] as (p: ParamsOf<M>) => string;
  return word(shown as ParamsOf<M>);
}

export type { Catalogue, Catalogues, CategoryWeights, MessageId, MessageOf, MessageParamMap, ParamsOf } from "./params";
export * from "./vocabulary";
