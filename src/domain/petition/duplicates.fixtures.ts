/**
 * Labelled pairs of realistic petitions for measuring duplicate detection (issue 13 item 9):
 * true duplicates (the same matter sent by different people, often the same commune and day),
 * repeats (the same person sending the same matter again later) and unrelated pairs (different
 * matters, many in the same commune, topic and day: the hard cases). Written for this purpose;
 * names, numbers and places are invented.
 */
import type { DuplicateSubject } from './duplicates.js';

type P = DuplicateSubject & { key: string };

const p = (key: string, unitCode: string, topic: string, receivedOn: string, title: string, content: string, who: DuplicateSubject['petitioners'] = []): P => ({ key, unitCode, topic, receivedOn, title, content, petitioners: who });

const A = (name: string, phone: string, id?: string, address = 'Ấp 1') => [{ fullName: name, phone, identityNumber: id ?? null, address }];

/** The petitions of the set, by key. */
export const SUBJECTS: Readonly<Record<string, P>> = Object.fromEntries(
  [
    // 1 street lights (the case from the issue)
    p('light-a', '27877', 'infrastructure', '2026-03-02', 'Đèn đường ấp 3 không sáng', 'Đoạn đường từ cầu Ấp 3 đến trường tiểu học Thạnh Phước không có đèn chiếu sáng từ tuần trước, ban đêm rất tối, học sinh đi học thêm về nguy hiểm. Đề nghị xã cho sửa đèn.', A('Trần Thị Mẫu', '0909555001')),
    p('light-b', '27877', 'infrastructure', '2026-03-02', 'Đèn chiếu sáng ấp 3 bị hư', 'Đèn đường đoạn từ cầu Ấp 3 tới trường tiểu học Thạnh Phước không sáng đã hơn một tuần, buổi tối rất tối, các cháu học sinh đi học về nguy hiểm. Kính đề nghị sửa chữa.', A('Lê Văn Bảy', '0918222333')),
    p('light-c', '27877', 'infrastructure', '2026-03-16', 'Lại phản ánh đèn đường ấp 3', 'Tôi đã phản ánh ngày 02/03 về việc đèn đường từ cầu Ấp 3 đến trường tiểu học không sáng, đến nay vẫn chưa sửa, ban đêm học sinh đi về rất nguy hiểm. Đề nghị xã sớm sửa đèn.', A('Trần Thị Mẫu', '0909555001')),
    // 2 pig farm smell
    p('pig-a', '27865', 'environment', '2026-03-03', 'Trại heo gây ô nhiễm', 'Trại heo của hộ ông Sáu ở ấp Bình Hòa xả nước thải ra kênh, mùi hôi nồng nặc suốt ngày đêm, người dân xung quanh không chịu nổi. Đề nghị kiểm tra, xử lý.', A('Nguyễn Văn Tư', '0987111222', '080123000111')),
    p('pig-b', '27865', 'environment', '2026-03-03', 'Phản ánh mùi hôi trại heo ấp Bình Hòa', 'Hộ ông Sáu nuôi heo ở ấp Bình Hòa xả nước thải xuống kênh chung, mùi hôi bốc lên cả ngày lẫn đêm, bà con sống quanh đó rất bức xúc. Xin xã kiểm tra xử lý.', A('Phạm Thị Hoa', '0977333444')),
    p('pig-c', '27865', 'environment', '2026-04-10', 'Trại heo vẫn xả thải', 'Tôi đã gửi đơn ngày 03/03 phản ánh trại heo hộ ông Sáu ấp Bình Hòa xả nước thải ra kênh gây mùi hôi. Đến nay trại vẫn xả thải, mùi hôi còn nặng hơn. Đề nghị xử lý dứt điểm.', A('Nguyễn Văn Tư', '0987111222', '080123000111')),
    // 3 road encroachment
    p('stall-a', '27877', 'urban_order', '2026-03-05', 'Lấn chiếm lòng đường trước chợ', 'Các hộ kinh doanh trước chợ Thạnh Phước bày hàng tràn ra lòng đường, xe cộ không đi được, thường xuyên ùn tắc vào buổi sáng. Đề nghị lập lại trật tự.', A('Võ Văn Nam', '0903444555')),
    p('stall-b', '27877', 'urban_order', '2026-03-05', 'Buôn bán lấn chiếm đường trước chợ Thạnh Phước', 'Trước chợ Thạnh Phước các hộ buôn bán lấn chiếm lòng đường để bày hàng, xe qua lại khó khăn, sáng nào cũng kẹt xe. Đề nghị chính quyền lập lại trật tự lòng đường.', A('Đặng Thị Lan', '0914555666')),
    // 4 land compensation
    p('comp-a', '27868', 'land_clearance_compensation', '2026-03-06', 'Khiếu nại đơn giá bồi thường', 'Gia đình tôi bị thu hồi 1.200 m² đất trồng lúa để làm đường tỉnh 817, đơn giá bồi thường quá thấp so với giá thị trường. Đề nghị xem xét lại đơn giá bồi thường.', A('Huỳnh Văn Đức', '0939666777', '080111222333')),
    p('comp-b', '27868', 'land_clearance_compensation', '2026-05-06', 'Khiếu nại lần hai về bồi thường đất làm đường 817', 'Tôi đã khiếu nại về đơn giá bồi thường 1.200 m² đất lúa bị thu hồi làm đường tỉnh 817 nhưng chưa được giải quyết thỏa đáng. Đơn giá vẫn thấp hơn giá thị trường, đề nghị xem xét lại.', A('Huỳnh Văn Đức', '0939666777', '080111222333')),
    p('comp-c', '27868', 'land_clearance_compensation', '2026-03-06', 'Khiếu nại về hỗ trợ chuyển đổi nghề', 'Gia đình tôi bị thu hồi đất làm đường tỉnh 817 nhưng không được hỗ trợ chuyển đổi nghề nghiệp và tìm kiếm việc làm theo quy định. Đề nghị xem xét hỗ trợ.', A('Trương Thị Cúc', '0945777888')),
    // 5 land certificate delay
    p('cert-a', '27877', 'land_certificate', '2026-03-09', 'Chậm cấp giấy chứng nhận quyền sử dụng đất', 'Tôi nộp hồ sơ cấp giấy chứng nhận quyền sử dụng đất từ tháng 10/2025 tại bộ phận một cửa nhưng đến nay đã quá hạn vẫn chưa được cấp, không ai giải thích lý do.', A('Lý Văn Hậu', '0908777999', '080222333444')),
    p('cert-b', '27877', 'land_certificate', '2026-04-20', 'Vẫn chưa được cấp giấy chứng nhận', 'Tôi đã có đơn về việc hồ sơ cấp giấy chứng nhận quyền sử dụng đất nộp từ tháng 10/2025 bị chậm. Đến nay vẫn chưa nhận được giấy, cũng không có văn bản trả lời. Đề nghị giải quyết.', A('Lý Văn Hậu', '0908777999', '080222333444')),
    // 6 road potholes
    p('road-a', '27889', 'infrastructure', '2026-03-10', 'Đường liên ấp hư hỏng nặng', 'Tuyến đường liên ấp Tân Hòa – Tân Lập dài khoảng 2 km bị sụt lún, ổ gà ổ voi nhiều, mùa mưa đọng nước, xe máy té ngã thường xuyên. Đề nghị sửa chữa.', A('Mai Văn Sang', '0916888000')),
    p('road-b', '27889', 'infrastructure', '2026-03-10', 'Đề nghị sửa đường Tân Hòa – Tân Lập', 'Đường liên ấp Tân Hòa đi Tân Lập khoảng 2 km bị lún, nhiều ổ gà ổ voi, trời mưa nước đọng, nhiều người đi xe máy bị té. Kính đề nghị sửa chữa sớm.', A('Tạ Thị Nhung', '0925999111')),
    // 7 flooding
    p('flood-a', '27877', 'drainage', '2026-03-11', 'Ngập nước khu dân cư ấp 2', 'Cống thoát nước khu dân cư ấp 2 bị tắc, mỗi lần mưa nước ngập vào nhà dân sâu 30 cm, kéo dài nhiều giờ. Đề nghị nạo vét cống thoát nước.', A('Phan Văn Lộc', '0932000222')),
    p('flood-b', '27877', 'drainage', '2026-03-12', 'Cống ấp 2 tắc gây ngập', 'Khu dân cư ấp 2 cống thoát nước bị tắc nghẽn, mưa xuống là nước tràn vào nhà dân ngập khoảng 30 cm nhiều giờ liền. Xin xã cho nạo vét cống.', A('Cao Thị Yến', '0943111333')),
    // 8 garbage
    p('trash-a', '27865', 'environment', '2026-03-12', 'Rác thải không được thu gom', 'Khu vực chợ cũ ấp Bình Thủy rác thải không được thu gom đã hai tuần, bốc mùi hôi thối, ruồi nhặng nhiều. Đề nghị bố trí xe thu gom rác.', A('Dương Văn Hải', '0954222444')),
    p('trash-b', '27865', 'environment', '2026-03-12', 'Rác tồn đọng ở chợ cũ Bình Thủy', 'Rác ở khu chợ cũ ấp Bình Thủy hai tuần nay không ai thu gom, mùi hôi thối, ruồi nhặng bu đầy. Đề nghị xã cho xe đến thu gom rác.', A('Lâm Thị Thu', '0965333555')),
    // 9 karaoke noise
    p('noise-a', '27877', 'urban_order', '2026-03-13', 'Hát karaoke gây ồn ào ban đêm', 'Quán karaoke ở tổ 5 ấp 1 mở nhạc và hát rất to đến 1–2 giờ sáng hằng đêm, người già và trẻ nhỏ không ngủ được. Đề nghị kiểm tra xử lý.', A('Hồ Văn Thành', '0976444666')),
    p('noise-b', '27877', 'urban_order', '2026-03-14', 'Karaoke tổ 5 ấp 1 gây ồn', 'Đêm nào quán karaoke tổ 5 ấp 1 cũng hát to đến 1, 2 giờ sáng, người già, trẻ em không ngủ được. Kính đề nghị chính quyền kiểm tra, xử lý.', A('Kiều Thị Mai', '0987555777')),
    // 10 clean water
    p('water-a', '27868', 'infrastructure', '2026-03-16', 'Nước máy có mùi và màu vàng', 'Nước máy cấp cho ấp Bình Tây mấy tuần nay có màu vàng đục và mùi tanh, không dùng để nấu ăn được. Đề nghị kiểm tra chất lượng nước.', A('Đoàn Văn Phúc', '0998666888')),
    p('water-b', '27868', 'infrastructure', '2026-03-16', 'Nước sinh hoạt ấp Bình Tây bị vàng đục', 'Mấy tuần nay nước máy ở ấp Bình Tây có màu vàng, đục và tanh, gia đình không dám dùng nấu ăn. Xin kiểm tra chất lượng nước sinh hoạt.', A('Quách Thị Ngọc', '0909777000')),
    // 11 poor-household support
    p('poor-a', '27889', 'social_policy', '2026-03-17', 'Không được xét hộ nghèo', 'Gia đình tôi có 5 người, chồng bệnh nặng không lao động được, thu nhập thấp nhưng năm nay không được bình xét hộ nghèo trong khi có hộ khá giả lại được. Đề nghị xem xét lại.', A('Lưu Thị Hạnh', '0913888111', '080333444555')),
    p('poor-b', '27889', 'social_policy', '2026-05-18', 'Đề nghị xem xét lại việc bình xét hộ nghèo', 'Tôi đã có đơn về việc gia đình 5 người, chồng bệnh không lao động được nhưng không được bình xét hộ nghèo. Đến nay chưa có trả lời, đề nghị xem xét lại kết quả bình xét.', A('Lưu Thị Hạnh', '0913888111', '080333444555')),
    // 12 health insurance card
    p('bhyt-a', '27877', 'social_policy', '2026-03-18', 'Chưa được cấp thẻ bảo hiểm y tế', 'Mẹ tôi 82 tuổi thuộc diện được cấp thẻ bảo hiểm y tế miễn phí nhưng đã nộp hồ sơ ba tháng vẫn chưa nhận được thẻ. Đề nghị xã kiểm tra.', A('Châu Văn Khoa', '0924999222')),
    p('bhyt-b', '27877', 'social_policy', '2026-04-25', 'Nhắc lại việc cấp thẻ bảo hiểm y tế cho mẹ tôi', 'Tôi đã đề nghị cấp thẻ bảo hiểm y tế miễn phí cho mẹ tôi 82 tuổi, hồ sơ nộp đã ba tháng chưa có thẻ. Đến nay vẫn chưa nhận được, đề nghị xã giải quyết.', A('Châu Văn Khoa', '0924999222')),
    // 13 boundary dispute
    p('border-a', '27865', 'land_dispute', '2026-03-19', 'Tranh chấp ranh giới đất với hộ liền kề', 'Hộ ông Lâm ở thửa đất liền kề tự ý dời cột mốc, lấn sang đất gia đình tôi khoảng 40 m² ở phía sau nhà. Đề nghị xã hòa giải và đo đạc lại ranh giới.', A('Vương Văn Bình', '0935000333', '080444555666')),
    p('border-b', '27865', 'land_dispute', '2026-04-30', 'Đề nghị đo đạc lại ranh giới đất', 'Tôi đã có đơn về việc hộ ông Lâm liền kề dời cột mốc lấn khoảng 40 m² đất phía sau nhà tôi. Buổi hòa giải chưa thành, đề nghị xã đo đạc lại ranh giới thửa đất.', A('Vương Văn Bình', '0935000333', '080444555666')),
    // 14 official harassment
    p('bribe-a', '27877', 'officials_conduct', '2026-03-20', 'Cán bộ một cửa gây khó khăn', 'Khi tôi nộp hồ sơ đăng ký kinh doanh tại bộ phận một cửa, cán bộ tiếp nhận bắt bổ sung giấy tờ nhiều lần không có trong quy định và gợi ý nộp thêm tiền để nhanh.', A('Tôn Văn Hiếu', '0946111444')),
    p('bribe-b', '27877', 'officials_conduct', '2026-03-20', 'Phản ánh cán bộ tiếp nhận hồ sơ gây phiền hà', 'Tại bộ phận một cửa xã, cán bộ tiếp nhận hồ sơ đăng ký kinh doanh bắt tôi bổ sung nhiều loại giấy tờ ngoài quy định, còn gợi ý nộp thêm tiền để được làm nhanh.', A('Ninh Thị Trang', '0957222555')),
    // 15 illegal construction
    p('build-a', '27868', 'construction', '2026-03-23', 'Xây dựng nhà không phép trên đất nông nghiệp', 'Hộ bà Tám ở ấp Bình Trung đang xây nhà kiên cố trên đất trồng lúa, không có giấy phép xây dựng, đã làm xong phần móng. Đề nghị kiểm tra, ngăn chặn.', A('Lục Văn Minh', '0968333666')),
    p('build-b', '27868', 'construction', '2026-03-23', 'Xây nhà trái phép trên đất lúa ấp Bình Trung', 'Ở ấp Bình Trung hộ bà Tám xây nhà kiên cố trên đất lúa mà không có giấy phép, hiện đã đổ xong móng. Kính đề nghị xã kiểm tra và ngăn chặn kịp thời.', A('Bạch Thị Diễm', '0979444777')),
    // 16 weak bridge
    p('bridge-a', '27889', 'infrastructure', '2026-03-24', 'Cầu khỉ kênh Bảy xuống cấp', 'Cây cầu bắc qua kênh Bảy ấp Tân Lập đã mục nát, nhiều thanh gỗ gãy, học sinh hằng ngày phải đi qua rất nguy hiểm. Đề nghị xây cầu mới hoặc sửa chữa.', A('Thạch Văn Hùng', '0980555888')),
    p('bridge-b', '27889', 'infrastructure', '2026-03-25', 'Cầu kênh Bảy nguy hiểm cho học sinh', 'Cầu qua kênh Bảy ở ấp Tân Lập mục nát, gãy nhiều thanh gỗ, ngày nào học sinh cũng phải qua cầu rất nguy hiểm. Xin được sửa chữa hoặc làm cầu mới.', A('Sơn Thị Linh', '0991666999')),
    // 17 electricity
    p('power-a', '27865', 'infrastructure', '2026-03-25', 'Điện yếu, thường xuyên mất điện', 'Khu vực cuối ấp Bình Hòa điện rất yếu vào buổi tối, bóng đèn chập chờn, quạt không quay, thường xuyên mất điện. Đề nghị ngành điện nâng cấp đường dây hạ thế.', A('Kim Văn Lợi', '0902777111')),
    p('power-b', '27865', 'infrastructure', '2026-03-25', 'Đề nghị nâng cấp đường dây điện cuối ấp Bình Hòa', 'Buổi tối điện ở cuối ấp Bình Hòa rất yếu, đèn chập chờn, quạt quay không nổi, mất điện thường xuyên. Kính đề nghị nâng cấp đường dây điện hạ thế.', A('Ông Thị Tuyết', '0913888222')),
    // 18 loose dogs
    p('dog-a', '27877', 'urban_order', '2026-03-26', 'Chó thả rông cắn người', 'Nhiều hộ ở ấp 4 thả chó rông ra đường không rọ mõm, đã có hai cháu nhỏ bị chó cắn phải tiêm phòng dại. Đề nghị xã nhắc nhở, xử lý.', A('Giang Văn Tài', '0924999333')),
    // 19 sand mining
    p('sand-a', '27868', 'environment', '2026-03-27', 'Khai thác cát trái phép trên sông Vàm Cỏ', 'Ban đêm có ghe hút cát trái phép trên sông Vàm Cỏ đoạn qua ấp Bình Tây, bờ sông bị sạt lở, đất vườn của dân bị mất dần. Đề nghị kiểm tra, ngăn chặn.', A('Triệu Văn Đông', '0935000444')),
    p('sand-b', '27868', 'environment', '2026-03-27', 'Hút cát trộm ban đêm làm sạt lở bờ sông', 'Đoạn sông Vàm Cỏ qua ấp Bình Tây ban đêm có ghe hút cát trái phép, bờ sông sạt lở, đất vườn nhà dân mất dần. Kính đề nghị xã kiểm tra ngăn chặn.', A('Hà Thị Xuân', '0946111555')),
    // 20 school
    p('school-a', '27889', 'education', '2026-03-30', 'Trường thu các khoản ngoài quy định', 'Trường tiểu học Tân Lập thu của phụ huynh nhiều khoản ngoài quy định như tiền máy lạnh, tiền vệ sinh, tiền quỹ lớp cao. Đề nghị kiểm tra việc thu chi.', A('Diệp Văn Trí', '0957222666')),
    p('school-b', '27889', 'education', '2026-03-30', 'Phản ánh thu tiền ngoài quy định ở trường tiểu học Tân Lập', 'Phụ huynh trường tiểu học Tân Lập phải nộp nhiều khoản ngoài quy định: tiền máy lạnh, tiền vệ sinh, quỹ lớp rất cao. Đề nghị cơ quan chức năng kiểm tra thu chi.', A('La Thị Bích', '0968333777')),
    // 21 market fee
    p('fee-a', '27877', 'officials_conduct', '2026-03-31', 'Thu phí chợ không có biên lai', 'Ban quản lý chợ Thạnh Phước thu phí của tiểu thương mỗi ngày 20.000 đồng nhưng không xuất biên lai. Đề nghị kiểm tra việc thu phí chợ.', A('Mạc Văn Cường', '0979444888')),
    // 22 irrigation
    p('canal-a', '27865', 'agriculture', '2026-04-01', 'Kênh thủy lợi bị bồi lắng', 'Kênh thủy lợi nội đồng ấp Bình Thủy bị bồi lắng, lục bình dày đặc, không dẫn nước vào ruộng được, vụ hè thu sắp tới bà con lo thiếu nước. Đề nghị nạo vét.', A('Viên Văn Nghĩa', '0980555999')),
    p('canal-b', '27865', 'agriculture', '2026-04-02', 'Đề nghị nạo vét kênh nội đồng ấp Bình Thủy', 'Kênh nội đồng ở ấp Bình Thủy bồi lắng, lục bình phủ kín, nước không vào ruộng được, bà con lo vụ hè thu thiếu nước tưới. Xin xã cho nạo vét kênh.', A('Âu Thị Hồng', '0991666000')),
  ].map((x) => [x.key, x]),
);

export type PairLabel = 'duplicate' | 'repeat' | 'unrelated';

/** The labelled pairs: [incoming, earlier case, label]. */
export const PAIRS: ReadonlyArray<readonly [string, string, PairLabel]> = [
  // Different people, same matter (mostly the same commune and day).
  ['light-b', 'light-a', 'duplicate'], ['pig-b', 'pig-a', 'duplicate'], ['stall-b', 'stall-a', 'duplicate'], ['road-b', 'road-a', 'duplicate'],
  ['flood-b', 'flood-a', 'duplicate'], ['trash-b', 'trash-a', 'duplicate'], ['noise-b', 'noise-a', 'duplicate'], ['water-b', 'water-a', 'duplicate'],
  ['bribe-b', 'bribe-a', 'duplicate'], ['build-b', 'build-a', 'duplicate'], ['bridge-b', 'bridge-a', 'duplicate'], ['power-b', 'power-a', 'duplicate'],
  ['sand-b', 'sand-a', 'duplicate'], ['school-b', 'school-a', 'duplicate'], ['canal-b', 'canal-a', 'duplicate'], ['light-c', 'light-b', 'duplicate'],
  ['pig-c', 'pig-b', 'duplicate'],
  // The same person again, later.
  ['light-c', 'light-a', 'repeat'], ['pig-c', 'pig-a', 'repeat'], ['comp-b', 'comp-a', 'repeat'], ['cert-b', 'cert-a', 'repeat'],
  ['poor-b', 'poor-a', 'repeat'], ['bhyt-b', 'bhyt-a', 'repeat'], ['border-b', 'border-a', 'repeat'],
  // Different matters: same commune and topic (and often day), or different communes.
  ['comp-c', 'comp-a', 'unrelated'], ['comp-c', 'comp-b', 'unrelated'], ['stall-a', 'noise-a', 'unrelated'], ['dog-a', 'noise-a', 'unrelated'],
  ['dog-a', 'stall-b', 'unrelated'], ['fee-a', 'bribe-a', 'unrelated'], ['fee-a', 'bribe-b', 'unrelated'], ['trash-a', 'pig-a', 'unrelated'],
  ['trash-b', 'pig-b', 'unrelated'], ['power-a', 'canal-a', 'unrelated'], ['road-a', 'bridge-a', 'unrelated'], ['road-b', 'bridge-b', 'unrelated'],
  ['road-a', 'poor-a', 'unrelated'], ['water-a', 'build-a', 'unrelated'], ['water-b', 'sand-a', 'unrelated'], ['sand-a', 'build-b', 'unrelated'],
  ['light-a', 'flood-a', 'unrelated'], ['light-b', 'cert-a', 'unrelated'], ['flood-b', 'dog-a', 'unrelated'], ['bhyt-a', 'cert-a', 'unrelated'],
  ['bhyt-a', 'light-a', 'unrelated'], ['school-a', 'poor-a', 'unrelated'], ['school-b', 'bridge-a', 'unrelated'], ['border-a', 'pig-a', 'unrelated'],
  ['border-b', 'trash-a', 'unrelated'], ['canal-b', 'trash-b', 'unrelated'], ['power-b', 'pig-c', 'unrelated'], ['comp-a', 'water-a', 'unrelated'],
  ['cert-b', 'fee-a', 'unrelated'], ['noise-b', 'stall-a', 'unrelated'], ['bribe-a', 'cert-a', 'unrelated'], ['poor-b', 'school-a', 'unrelated'],
  ['sand-b', 'comp-c', 'unrelated'], ['bridge-b', 'road-a', 'unrelated'], ['canal-a', 'border-a', 'unrelated'], ['pig-a', 'power-a', 'unrelated'],
  ['light-a', 'stall-a', 'unrelated'], ['flood-a', 'bhyt-a', 'unrelated'],
];
