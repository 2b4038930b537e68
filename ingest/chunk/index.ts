/** Chunking: structure-aware pieces of a document, sized in the embedding model's tokens, with exact offsets. */
export { chunkDocument } from './chunk-document.ts';
export { placeBlocks, blockSeparator } from './place-blocks.ts';
export { defaultChunkOptions, resolveChunkOptions, type ChunkOptions } from './options.ts';
export { estimateTokens, charactersPerToken } from './estimate-tokens.ts';
