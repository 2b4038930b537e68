/** The JSON files next to the ONNX graph: tokenizer.json, tokenizer_config.json and config.json. */
import type { BertSpec } from './bert-graph.ts';
import { specialTokens } from './wordpiece-vocab.ts';

export function tokenizerJson(vocabulary: string[]): object {
  const vocab = Object.fromEntries(vocabulary.map((piece, id) => [piece, id]));
  const idOf = (token: string) => vocab[token] as number;
  const special = (token: string) => ({ id: token, ids: [idOf(token)], tokens: [token] });
  return {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: Object.values(specialTokens).map((content) => ({
      id: idOf(content),
      content,
      single_word: false,
      lstrip: false,
      rstrip: false,
      normalized: false,
      special: true,
    })),
    normalizer: {
      type: 'BertNormalizer',
      clean_text: true,
      handle_chinese_chars: true,
      strip_accents: true,
      lowercase: true,
    },
    pre_tokenizer: { type: 'BertPreTokenizer' },
    post_processor: {
      type: 'TemplateProcessing',
      single: [
        { SpecialToken: { id: specialTokens.cls, type_id: 0 } },
        { Sequence: { id: 'A', type_id: 0 } },
        { SpecialToken: { id: specialTokens.sep, type_id: 0 } },
      ],
      pair: [
        { SpecialToken: { id: specialTokens.cls, type_id: 0 } },
        { Sequence: { id: 'A', type_id: 0 } },
        { SpecialToken: { id: specialTokens.sep, type_id: 0 } },
        { Sequence: { id: 'B', type_id: 1 } },
        { SpecialToken: { id: specialTokens.sep, type_id: 1 } },
      ],
      special_tokens: {
        [specialTokens.cls]: special(specialTokens.cls),
        [specialTokens.sep]: special(specialTokens.sep),
      },
    },
    decoder: { type: 'WordPiece', prefix: '##', cleanup: true },
    model: {
      type: 'WordPiece',
      unk_token: specialTokens.unk,
      continuing_subword_prefix: '##',
      max_input_chars_per_word: 100,
      vocab,
    },
  };
}

export function tokenizerConfigJson(spec: BertSpec): object {
  return {
    tokenizer_class: 'BertTokenizer',
    do_lower_case: true,
    strip_accents: true,
    tokenize_chinese_chars: true,
    clean_up_tokenization_spaces: true,
    model_max_length: spec.maxPositions,
    cls_token: specialTokens.cls,
    sep_token: specialTokens.sep,
    pad_token: specialTokens.pad,
    unk_token: specialTokens.unk,
    mask_token: specialTokens.mask,
  };
}

export function configJson(spec: BertSpec, padTokenId: number): object {
  return {
    model_type: 'bert',
    architectures: ['BertModel'],
    hidden_size: spec.hidden,
    num_hidden_layers: spec.layers,
    num_attention_heads: spec.heads,
    intermediate_size: spec.intermediate,
    hidden_act: 'gelu',
    max_position_embeddings: spec.maxPositions,
    vocab_size: spec.vocabSize,
    type_vocab_size: 2,
    layer_norm_eps: 1e-12,
    pad_token_id: padTokenId,
    // Random weights: the seed is the closest thing this model has to a revision.
    _name_or_path: `generated-bert-seed-${spec.seed}`,
  };
}
