import { describe, expect, it } from 'vitest';
import {
  checkEligibility,
  recommendOutcome,
  type EligibilityInput,
  type OutcomeInput,
} from './eligibility.js';

const base: EligibilityInput = {
  kind: 'complaint',
  channel: 'post',
  language: 'vi',
  datedOn: '2019-03-04',
  petitioners: [{ fullName: 'Nguyễn Văn Mẫu', address: 'Ấp 2, xã Thạnh Phước', signed: true }],
  content: 'Khiếu nại quyết định thu hồi đất',
};
const codes = (i: EligibilityInput) => checkEligibility(i).reasons.map((r) => r.code);

describe('checkEligibility', () => {
  it('accepts a complete written petition', () => {
    expect(checkEligibility(base)).toEqual({ eligible: true, anonymous: false, reasons: [] });
  });

  it('lists every missing element with bilingual reasons', () => {
    const result = checkEligibility({
      ...base,
      language: 'other',
      datedOn: null,
      petitioners: [{ fullName: 'Trần Thị Mẫu', address: ' ', signed: false }],
      content: '',
      insulting: true,
      illegible: true,
      duplicateAlreadyHandled: true,
    });
    expect(result.eligible).toBe(false);
    expect(result.reasons.map((r) => r.code)).toEqual([
      'not_vietnamese',
      'missing_date',
      'missing_address',
      'missing_signature',
      'missing_content',
      'insulting',
      'illegible',
      'duplicate_handled',
    ]);
    for (const r of result.reasons) expect(r.vi && r.en).toBeTruthy();
  });

  it('accepts a translated petition and does not need a signature or date online', () => {
    expect(codes({ ...base, language: 'translated' })).toEqual([]);
    expect(
      codes({
        ...base,
        channel: 'online',
        datedOn: null,
        petitioners: [{ fullName: 'A', address: 'B' }],
      }),
    ).toEqual([]);
    expect(
      codes({ ...base, channel: 'post', petitioners: [{ fullName: 'A', address: 'B' }] }),
    ).toEqual(['missing_signature']);
  });

  it('flags anonymous petitions and unnamed co-signatories', () => {
    expect(checkEligibility({ ...base, petitioners: [] }).anonymous).toBe(true);
    expect(codes({ ...base, petitioners: [{ fullName: '', address: 'x', signed: true }] })).toEqual(
      ['anonymous'],
    );
    expect(codes({ ...base, petitioners: [...base.petitioners, { fullName: null }] })).toEqual([
      'missing_name',
    ]);
  });
});

describe('recommendOutcome', () => {
  const input: OutcomeInput = { ...base, withinAuthority: true };

  it('accepts an eligible petition within authority', () => {
    const r = recommendOutcome(input);
    expect(r.outcome).toBe('accept');
    expect(r.actions).toEqual(['process_accept']);
  });

  it('returns complaints with guidance and forwards other kinds outside authority', () => {
    expect(recommendOutcome({ ...input, withinAuthority: false }).outcome).toBe(
      'return_with_guidance',
    );
    expect(recommendOutcome({ ...input, kind: 'feedback', withinAuthority: false }).outcome).toBe(
      'forward',
    );
    expect(recommendOutcome({ ...input, beingHandledElsewhere: true }).outcome).toBe('urge');
  });

  it('files ineligible petitions and duplicates', () => {
    const r = recommendOutcome({ ...input, duplicateAlreadyHandled: true });
    expect(r.outcome).toBe('file');
    expect(r.reasons.map((x) => x.code)).toContain('duplicate_handled');
  });

  it('handles anonymous denunciations under Law on Denunciations Art. 25', () => {
    const anon: OutcomeInput = { ...input, kind: 'denunciation', petitioners: [], datedOn: null };
    const withEvidence = recommendOutcome({
      ...anon,
      namesViolator: true,
      hasCheckableEvidence: true,
    });
    expect(withEvidence.outcome).toBe('inspect_or_forward');
    expect(withEvidence.actions).toEqual(['process_accept', 'process_forward']);
    expect(recommendOutcome({ ...anon, namesViolator: true }).outcome).toBe('file');
    expect(
      recommendOutcome({
        ...anon,
        namesViolator: true,
        hasCheckableEvidence: true,
        insulting: true,
      }).outcome,
    ).toBe('file');
    expect(recommendOutcome({ ...input, kind: 'complaint', petitioners: [] }).outcome).toBe('file');
  });
});
