import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { meAs, reference, units } from '../../test/fixtures';
import { answer, mockHttp, problem, type Route, type SentRequest } from '../../test/http';
import { renderScreen } from '../../test/render';
import type { SubmitPetitionInput } from '../types';
import IntakePage from './IntakePage';

const SUBMIT = 'POST /api/v1/petitions';

const created = (kinds: string[]) =>
  answer(201, {
    cases: kinds.map((kind, i) => ({
      id: `c-${i + 1}`,
      trackingCode: `TP-2026-0004${i + 1}`,
      kind,
      status: 'received',
      dueOn: '2026-03-16',
      dueStep: 'process',
    })),
    duplicates: [],
  });

function http(routes: Record<string, Route> = {}) {
  return mockHttp({
    'GET /api/v1/me': meAs('reception_officer'),
    'GET /api/v1/reference': reference,
    'GET /api/v1/units': { items: units },
    'POST /api/v1/petitions/duplicate-check': { duplicates: [] },
    [SUBMIT]: (req: SentRequest) => created((req.body as SubmitPetitionInput).kinds),
    ...routes,
  });
}

async function openForm(language: 'vi' | 'en' = 'vi') {
  await renderScreen(<IntakePage />, { language });
  // The kinds come from GET /api/v1/reference.
  await screen.findByLabelText(language === 'vi' ? 'Tố cáo' : 'Denunciation');
}

const type = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

/** Role queries walk the accessibility tree of the whole form: text queries keep tests fast. */
const button = (text: string) => screen.getByText(text).closest('button')!;
const tick = (label: string) => fireEvent.click(screen.getByLabelText(label));
const save = () => fireEvent.click(button('Lưu và cấp mã đơn'));

function fillLetter() {
  type('Trích yếu', 'Khiếu nại mức bồi thường khi thu hồi đất');
  type('Nội dung', 'Gia đình tôi không đồng ý với mức bồi thường.');
  type('Họ và tên', 'Trần Văn Bình');
}

async function sentBody(log: ReturnType<typeof http>): Promise<SubmitPetitionInput> {
  await waitFor(() => expect(log.to(SUBMIT)).toHaveLength(1));
  return log.to(SUBMIT)[0]!.body as SubmitPetitionInput;
}

describe('IntakePage (tiếp nhận đơn)', () => {
  it('requires the subject, the content and the petitioner, and sends nothing until then', async () => {
    const log = http();
    await openForm();
    save();
    expect(await screen.findByText('Nhập trích yếu nội dung đơn.')).toBeTruthy();
    expect(screen.getByText('Nhập nội dung đơn.')).toBeTruthy();
    expect(screen.getByText('Nhập họ và tên người đứng đơn.')).toBeTruthy();
    // Unticking the only kind leaves none: at least one is required.
    tick('Khiếu nại');
    save();
    expect(await screen.findByText('Chọn ít nhất một loại đơn.')).toBeTruthy();
    expect(log.to(SUBMIT)).toHaveLength(0);
  });

  it('checks the identity number before sending', async () => {
    const log = http();
    await openForm();
    fillLetter();
    type('Số CCCD/CMND/hộ chiếu', '0791 2345');
    save();
    expect(await screen.findByText('Từ 6 đến 20 chữ hoặc số, không có dấu cách.')).toBeTruthy();
    expect(log.to(SUBMIT)).toHaveLength(0);
  });

  it('at the desk, sends the identity document seen as the identity check', async () => {
    const log = http();
    await openForm();
    // A visit (the default channel) opens the reception register's section.
    expect(screen.getByText('Sổ tiếp công dân')).toBeTruthy();
    fillLetter();
    type('Số CCCD/CMND/hộ chiếu', '079123456789');
    save();
    const body = await sentBody(log);
    expect(body).toMatchObject({
      unitCode: '80-TP',
      channel: 'in_person',
      kinds: ['complaint'],
      title: 'Khiếu nại mức bồi thường khi thu hồi đất',
      petitioners: [{ fullName: 'Trần Văn Bình', identityNumber: '079123456789' }],
      reception: {
        identityPaper: 'CCCD 079123456789',
        identityCheck: { documentType: 'citizen_id', documentNumber: '079123456789' },
        peopleCount: 1,
      },
    });
    expect(body.parts).toBeUndefined();
    expect(await screen.findByText('Đã tiếp nhận đơn')).toBeTruthy();
    expect(screen.getByText('TP-2026-00041')).toBeTruthy();
    expect(screen.getByText('Xử lý đơn: hạn 16/03/2026')).toBeTruthy();
  });

  it('at the desk without a document, sends the reason; the server’s refusal is shown', async () => {
    const log = http({
      [SUBMIT]: problem(
        422,
        'identity_check_required',
        'Phải kiểm tra giấy tờ tùy thân của người đến trực tiếp hoặc ghi lý do.',
        'Check the identity document of a visitor or record why not.',
      ),
    });
    await openForm();
    fillLetter();
    type('Lý do không kiểm tra được giấy tờ tùy thân', ' Người cao tuổi quên mang giấy tờ ');
    save();
    const body = await sentBody(log);
    expect(body.reception?.identityCheck).toEqual({
      notCheckedReason: 'Người cao tuổi quên mang giấy tờ',
    });
    const alert = (await screen.findByText('Chưa lưu được đơn.')).closest('[role="alert"]')!;
    expect(alert.textContent).toContain('Chưa lưu được đơn.');
    expect(alert.textContent).toContain(
      'Phải kiểm tra giấy tờ tùy thân của người đến trực tiếp hoặc ghi lý do.',
    );
    // Nothing was lost: the form is still there to correct.
    expect((screen.getByLabelText('Trích yếu') as HTMLInputElement).value).toBe(
      'Khiếu nại mức bồi thường khi thu hồi đất',
    );
  });

  it('a letter that denounces and asks something else needs one part per kind', async () => {
    const log = http();
    await openForm();
    expect(screen.queryByText('Tách nội dung theo loại đơn')).toBeNull();
    tick('Tố cáo');
    expect(await screen.findByText('Tách nội dung theo loại đơn')).toBeTruthy();
    fillLetter();
    save();
    expect(await screen.findAllByText('Nhập trích yếu phần này.')).toHaveLength(2);
    expect(screen.getAllByText('Nhập nội dung phần này.')).toHaveLength(2);
    expect(log.to(SUBMIT)).toHaveLength(0);

    type('Trích yếu phần khiếu nại', 'Mức bồi thường');
    type('Nội dung phần khiếu nại', 'Không đồng ý mức bồi thường.');
    type('Trích yếu phần tố cáo', 'Cán bộ địa chính');
    type('Nội dung phần tố cáo', 'Cán bộ địa chính đo sai diện tích.');
    save();
    const body = await sentBody(log);
    expect(body.kinds).toEqual(['complaint', 'denunciation']);
    expect(body.parts).toEqual([
      { kind: 'complaint', title: 'Mức bồi thường', content: 'Không đồng ý mức bồi thường.' },
      {
        kind: 'denunciation',
        title: 'Cán bộ địa chính',
        content: 'Cán bộ địa chính đo sai diện tích.',
      },
    ]);
    expect(await screen.findByText('Đã tiếp nhận đơn, tách thành 2 hồ sơ')).toBeTruthy();
    expect(screen.getByText('TP-2026-00042')).toBeTruthy();
  });

  it('two kinds without a denunciation, or a denunciation alone, need no parts', async () => {
    const log = http();
    await openForm();
    tick('Kiến nghị');
    expect(screen.queryByText('Tách nội dung theo loại đơn')).toBeNull();
    tick('Khiếu nại');
    tick('Kiến nghị');
    tick('Tố cáo');
    expect(screen.queryByText('Tách nội dung theo loại đơn')).toBeNull();
    fillLetter();
    save();
    const body = await sentBody(log);
    expect(body.kinds).toEqual(['denunciation']);
    expect(body.parts).toBeUndefined();
  });

  it('an anonymous letter has no petitioner to enter', async () => {
    const log = http();
    await openForm();
    tick('Đơn nặc danh (không rõ họ tên, địa chỉ)');
    expect(await screen.findByText(/không nhập người đứng đơn/)).toBeTruthy();
    expect(screen.queryByLabelText('Họ và tên')).toBeNull();
    type('Trích yếu', 'Phản ánh lấn chiếm hành lang giao thông');
    type('Nội dung', 'Nhiều hộ lấn chiếm vỉa hè.');
    save();
    const body = await sentBody(log);
    expect(body.anonymous).toBe(true);
    expect(body.petitioners).toEqual([]);
  });

  it('a letter by post keeps no reception-register entry', async () => {
    const log = http();
    await openForm();
    fireEvent.mouseDown(screen.getByLabelText('Nguồn đơn'));
    fireEvent.click(await screen.findByTitle('Qua dịch vụ bưu chính'));
    await waitFor(() => expect(screen.queryByText('Sổ tiếp công dân')).toBeNull());
    fillLetter();
    save();
    const body = await sentBody(log);
    expect(body.channel).toBe('post');
    expect(body.reception).toBeNull();
  });

  it('speaks English', async () => {
    const log = http();
    await openForm('en');
    fireEvent.click(button('Save and issue tracking code'));
    expect(await screen.findByText('Enter a short subject.')).toBeTruthy();
    expect(screen.getByText("Enter the petition's content.")).toBeTruthy();
    expect(log.to(SUBMIT)).toHaveLength(0);
  });
});
