// A test table of the function that picks a profile for a region: inputs and expected outputs, never calls.
import { describe, expect, it } from 'vitest';
import { profileFor } from './profile-for';

describe('profileFor', () => {
  it.each([
    ['eu-west-1', 'anthropic.claude-sonnet-4-6', 'eu.anthropic.claude-sonnet-4-6'], // expect: none
    ['ap-southeast-2', 'anthropic.claude-sonnet-4-6', 'au.anthropic.claude-sonnet-4-6'], // expect: none
    ['ap-northeast-1', 'anthropic.claude-haiku-4-5-20251001-v1:0', 'jp.anthropic.claude-haiku-4-5-20251001-v1:0'], // expect: none
    ['us-west-2', 'amazon.nova-pro-v1:0', 'us.amazon.nova-pro-v1:0'], // expect: none
  ])('in %s maps %s to %s', (region, base, profile) => {
    expect(profileFor(base, region)).toBe(profile);
  });

  it('keeps an ID that is already a profile', () => {
    expect(profileFor('eu.anthropic.claude-sonnet-4-6', 'eu-west-1')).toBe('eu.anthropic.claude-sonnet-4-6'); // expect: none
    expect(profileFor('global.anthropic.claude-sonnet-4-6', 'eu-west-1')).toEqual('global.anthropic.claude-sonnet-4-6'); // expect: none
  });

  it('refuses a retired model', () => {
    // Retired in every region: the warning holds even in a test.
    expect(() => profileFor('anthropic.claude-v2:1', 'us-east-1')).toThrow(); // expect: no-deprecated-model-id
  });
});
