// The place a credentialed bedrock-mantle probe will feed: listings per region become the layer's mantle section.
import { describe, expect, it } from 'vitest';
import { mantleSection } from '../mantle.ts';

describe('mantleSection', () => {
  it('gives each name the sorted regions that list it, with the probe as source and date', () => {
    const section = mantleSection(
      [
        { region: 'us-west-2', answer: { data: [{ id: 'openai.gpt-oss-20b' }, { id: 'qwen.qwen3-32b' }] } },
        { region: 'eu-west-1', answer: { data: [{ id: 'openai.gpt-oss-20b', created: 1 }] } },
      ],
      '2026-12-02',
      { 'openai.gpt-oss-20b': { regions: ['us-east-1'], runtimeModel: 'openai.gpt-oss-20b-1:0', source: 'recorded listing', date: '2026-08-22' } },
    );
    expect(section).toEqual({
      'openai.gpt-oss-20b': {
        regions: ['eu-west-1', 'us-west-2'],
        runtimeModel: 'openai.gpt-oss-20b-1:0',
        source: 'bedrock-mantle GET /v1/models in eu-west-1, us-west-2, polled 2026-12-02',
        date: '2026-12-02',
      },
      'qwen.qwen3-32b': { regions: ['us-west-2'], source: 'bedrock-mantle GET /v1/models in eu-west-1, us-west-2, polled 2026-12-02', date: '2026-12-02' },
    });
  });

  it('drops a name no polled region lists any more', () => {
    expect(
      mantleSection([{ region: 'us-east-1', answer: { data: [] } }], '2026-12-02', {
        'openai.gone': { regions: ['us-east-1'], source: 'x', date: '2026-08-22' },
      }),
    ).toEqual({});
  });
});
