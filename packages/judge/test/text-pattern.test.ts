import { describe, expect, it } from 'vitest';
import { formatOfFile } from '../src/request/image-format.ts';
import { miswrittenInTemplate, missingText, repairedText } from '../src/request/text-pattern.ts';

const TURNS = ['\n\nHuman:', '\n\nAssistant:'];

describe('texts a value must contain', () => {
  it('finds the first text missing in order, and accepts a system prompt before the first turn', () => {
    expect(missingText('\n\nHuman: Hi\n\nAssistant:', TURNS)).toBeNull();
    expect(missingText('Be brief.\n\nHuman: Hi\n\nAssistant:', TURNS)).toBeNull();
    expect(missingText('Human: Hi\n\nAssistant:', TURNS)).toBe('\n\nHuman:');
    expect(missingText('\n\nHuman: Hi', TURNS)).toBe('\n\nAssistant:');
    // The Assistant turn before the Human turn does not count.
    expect(missingText('\n\nAssistant: \n\nHuman: Hi', TURNS)).toBe('\n\nAssistant:');
  });

  it('repairs only a marker written without its blank line, keeping the part of it already there', () => {
    expect(repairedText('Human: Hi\n\nAssistant:', TURNS)).toBe('\n\nHuman: Hi\n\nAssistant:');
    expect(repairedText('\nHuman: Hi\nAssistant:', TURNS)).toBe('\n\nHuman: Hi\n\nAssistant:');
    expect(repairedText('\n\nHuman: Hi', TURNS)).toBeNull();
    expect(repairedText('Tell me a joke.', TURNS)).toBeNull();
  });

  it('on a template, reports a marker in its own text without its blank line, and nothing an interpolation may hold', () => {
    expect(miswrittenInTemplate(['Human: ', '\n\nAssistant:'], TURNS)).toBe('\n\nHuman:');
    expect(miswrittenInTemplate(['\n\nHuman: ', '\nAssistant:'], TURNS)).toBe('\n\nAssistant:');
    expect(miswrittenInTemplate(['\n\nHuman: ', '\n\nAssistant:'], TURNS)).toBeNull();
    expect(miswrittenInTemplate(['', ''], TURNS)).toBeNull();
  });
});

describe('the image format a file names', () => {
  it('reads the extension, in any case, and names no format for another', () => {
    expect(formatOfFile('photo.jpg')).toBe('jpeg');
    expect(formatOfFile('images/Photo.JPEG')).toBe('jpeg');
    expect(formatOfFile('scan.png')).toBe('png');
    expect(formatOfFile('anim.gif')).toBe('gif');
    expect(formatOfFile('photo.webp')).toBe('webp');
    expect(formatOfFile('photo.heic')).toBeNull();
    expect(formatOfFile('photo')).toBeNull();
  });
});
