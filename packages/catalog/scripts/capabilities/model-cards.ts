// Reads the facts of AWS's model cards from a scrape of the model-card pages
// (abm-20260822-model_cards-docs-scrape.json: one entry per card with its URL, the figures shown as text,
// the APIs and endpoints marked supported, and the model IDs the card names).

/** A token figure read from a card: the card shows rounded text ("64K tokens"), never the exact number. */
export interface TokenFigure {
  /** The upper reading of the figure (64K: 64 × 1,024 = 65,536; 1M: 1,048,576). */
  upper: number;
  /** The lower reading (64K: 64,000; 1M: 1,000,000). */
  lower: number;
  /** The text as the card shows it. */
  text: string;
}

/** What one card says about the models it names. */
export interface CardFacts {
  url: string;
  maxOutputTokens: TokenFigure | null;
  contextWindow: TokenFigure | null;
  /** null when the card marks no API at all (a card whose API table the scrape did not read). */
  apis: { responses: boolean; chatCompletions: boolean; invoke: boolean; converse: boolean } | null;
  endpoints: { bedrockRuntime: boolean; bedrockMantle: boolean };
}

interface ScrapedCard {
  url: string;
  metadata: {
    contextWindow?: string;
    maxOutputTokens?: string;
    apisSupported: { responses: boolean; chatCompletions: boolean; invoke: boolean; converse: boolean };
    endpointsSupported: { bedrockRuntime: boolean; bedrockMantle: boolean };
    modelIds: string[];
  };
}

// AWS's cards round: Claude 3 Haiku's 4,096 output tokens show as "4K", Claude Sonnet 4.5's 64,000 as "64K",
// MiniMax M2.1's 196,608-token window as "196K". So "NK" is N thousand or N × 1,024, and which one is not
// said; both readings are kept. Anything else ("512t tokens", a scrape artefact) is not a figure.
const FIGURE = /^(\d+(?:\.\d+)?)([KM])? tokens$/;

/** Parses a card's token figure; null when the text is not one. */
export function parseTokenFigure(text: string | undefined): TokenFigure | null {
  if (text === undefined) return null;
  const match = FIGURE.exec(text.trim());
  if (!match) return null;
  const amount = Number(match[1]);
  const unit = match[2];
  const [lowerScale, upperScale] = unit === 'K' ? [1_000, 1_024] : unit === 'M' ? [1_000_000, 1_048_576] : [1, 1];
  const lower = Math.round(amount * lowerScale);
  const upper = Math.round(amount * upperScale);
  if (!Number.isSafeInteger(upper) || upper <= 0) return null;
  return { upper, lower, text: text.trim() };
}

/** The card facts by every model ID a card names (base IDs and profile IDs alike). */
export function readModelCards(scrape: Record<string, ScrapedCard>): Map<string, CardFacts> {
  const byModel = new Map<string, CardFacts>();
  for (const card of Object.values(scrape)) {
    const { metadata } = card;
    const apis = metadata.apisSupported;
    const facts: CardFacts = {
      url: card.url,
      maxOutputTokens: parseTokenFigure(metadata.maxOutputTokens),
      contextWindow: parseTokenFigure(metadata.contextWindow),
      apis: apis.responses || apis.chatCompletions || apis.invoke || apis.converse ? { ...apis } : null,
      endpoints: { ...metadata.endpointsSupported },
    };
    for (const id of metadata.modelIds) byModel.set(id, facts);
  }
  return byModel;
}
