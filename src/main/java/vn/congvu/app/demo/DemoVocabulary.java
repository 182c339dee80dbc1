package vn.congvu.app.demo;

import java.util.List;
import java.util.Random;

/**
 * The words sample data is made of: Vietnamese names, positions, ward-level procedures and the phrases
 * inspectors write. Kept apart from {@link DemoGenerator} so that the generator reads as rules, and so
 * that a phrase can be fixed without touching them.
 *
 * <p>Time limits of procedures are plausible values from the one-stop portals (to be verified); they
 * feed sample data only and are never used as rules.
 */
final class DemoVocabulary {

    private DemoVocabulary() {
    }

    /** A word with how often it should come up, relative to the others in its list. */
    record Weighted(String word, int weight) {
    }

    /** A thủ tục hành chính handled at a ward or commune, with its time limit in working days. */
    record Procedure(String name, int limitDays, int weight) {
    }

    // --- people ----------------------------------------------------------------------------------

    /** Họ, weighted roughly as they occur in northern Việt Nam. */
    static final List<Weighted> FAMILY_NAMES = List.of(
            new Weighted("Nguyễn", 380), new Weighted("Trần", 110), new Weighted("Lê", 95),
            new Weighted("Phạm", 70), new Weighted("Hoàng", 50), new Weighted("Phan", 45),
            new Weighted("Vũ", 40), new Weighted("Đặng", 21), new Weighted("Bùi", 20), new Weighted("Đỗ", 15),
            new Weighted("Ngô", 13), new Weighted("Hồ", 10), new Weighted("Dương", 10), new Weighted("Đinh", 8),
            new Weighted("Đào", 7), new Weighted("Trịnh", 6), new Weighted("Lương", 5), new Weighted("Hà", 5),
            new Weighted("Mai", 4), new Weighted("Chu", 4), new Weighted("Tạ", 4), new Weighted("Cao", 4),
            new Weighted("Phùng", 3), new Weighted("Lý", 3), new Weighted("Kiều", 3), new Weighted("Nghiêm", 2),
            new Weighted("Khuất", 2), new Weighted("Đàm", 2), new Weighted("Lại", 2));

    static final List<Weighted> MALE_MIDDLE_NAMES = List.of(
            new Weighted("Văn", 30), new Weighted("Đức", 10), new Weighted("Minh", 10), new Weighted("Quang", 8),
            new Weighted("Hữu", 6), new Weighted("Công", 5), new Weighted("Xuân", 5), new Weighted("Thanh", 5),
            new Weighted("Mạnh", 4), new Weighted("Ngọc", 4), new Weighted("Tiến", 4), new Weighted("Trọng", 3),
            new Weighted("Duy", 3), new Weighted("Việt", 3), new Weighted("Hoàng", 3));

    static final List<Weighted> FEMALE_MIDDLE_NAMES = List.of(
            new Weighted("Thị", 40), new Weighted("Thu", 8), new Weighted("Thanh", 7), new Weighted("Ngọc", 7),
            new Weighted("Phương", 5), new Weighted("Thùy", 5), new Weighted("Minh", 5), new Weighted("Hải", 3),
            new Weighted("Kim", 3), new Weighted("Bích", 3), new Weighted("Hồng", 3), new Weighted("Diệu", 2),
            new Weighted("Mai", 2), new Weighted("Hương", 2));

    static final List<String> MALE_GIVEN_NAMES = List.of(
            "Anh", "Bình", "Cường", "Dũng", "Đức", "Hải", "Hùng", "Huy", "Khánh", "Long", "Minh", "Nam", "Phong",
            "Quân", "Sơn", "Thắng", "Thành", "Tuấn", "Tùng", "Việt", "Hiếu", "Trung", "Hoàng", "Kiên", "Lâm", "Đạt",
            "Hưng", "Thịnh", "Quang", "Toàn", "Khoa", "Vinh", "Phúc", "Nghĩa", "Hòa", "Tú", "Chiến", "Thái");

    static final List<String> FEMALE_GIVEN_NAMES = List.of(
            "Anh", "Hà", "Hằng", "Hạnh", "Hoa", "Hương", "Huyền", "Lan", "Linh", "Loan", "Mai", "Nga", "Ngọc",
            "Nhung", "Oanh", "Phương", "Quyên", "Thảo", "Thủy", "Trang", "Vân", "Yến", "Giang", "Dung", "Hồng",
            "Liên", "Tâm", "Thu", "Hiền", "Nhàn", "Ly", "Chi", "Ngân", "Diệp", "Thư", "Vy");

    /** Positions of the officials found at a ward's or commune's counter. */
    static final List<String> OFFICIAL_POSITIONS = List.of(
            "Công chức Tư pháp – Hộ tịch",
            "Công chức Địa chính – Xây dựng",
            "Công chức Văn phòng – Thống kê",
            "Công chức Văn hóa – Xã hội",
            "Công chức Tài chính – Kế toán",
            "Chuyên viên Phòng Kinh tế, Hạ tầng và Đô thị",
            "Viên chức Trung tâm Phục vụ hành chính công");

    /** Who receives the team for the unit ("{kind}" is "phường" or "xã"); a vice-chair twice as often. */
    static final List<String> HEAD_POSITIONS = List.of(
            "Chủ tịch UBND {kind}",
            "Phó Chủ tịch UBND {kind}",
            "Phó Chủ tịch UBND {kind}");

    static final List<String> COUNTER_HEAD_POSITIONS = List.of(
            "Giám đốc Trung tâm Phục vụ hành chính công {kind}",
            "Phó Giám đốc Trung tâm Phục vụ hành chính công {kind}",
            "Chánh Văn phòng HĐND và UBND {kind}");

    /** The team: position and organisation, in the order of {@code TEAM_ROLES} of the generator. */
    static final List<String[]> TEAM_POSTS = List.of(
            new String[] {"Phó Giám đốc Sở Nội vụ", "Sở Nội vụ"},
            new String[] {"Trưởng phòng Cải cách hành chính", "Sở Nội vụ"},
            new String[] {"Phó Chánh Văn phòng UBND Thành phố", "Văn phòng UBND Thành phố"},
            new String[] {"Phó Trưởng phòng Cải cách hành chính", "Sở Nội vụ"},
            new String[] {"Chuyên viên chính", "Sở Nội vụ"},
            new String[] {"Chuyên viên", "Sở Tư pháp"},
            new String[] {"Chuyên viên", "Sở Khoa học và Công nghệ"},
            new String[] {"Chuyên viên", "Văn phòng UBND Thành phố"},
            new String[] {"Chuyên viên Phòng Cải cách hành chính", "Sở Nội vụ"});

    // --- procedures ------------------------------------------------------------------------------

    static final List<Procedure> PROCEDURES = List.of(
            new Procedure("Chứng thực bản sao từ bản chính giấy tờ, văn bản", 0, 20),
            new Procedure("Chứng thực chữ ký trong các giấy tờ, văn bản", 0, 8),
            new Procedure("Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản", 2, 3),
            new Procedure("Chứng thực hợp đồng, giao dịch liên quan đến thực hiện quyền của người sử dụng đất", 2, 4),
            new Procedure("Đăng ký khai sinh", 0, 12),
            new Procedure("Đăng ký khai tử", 0, 4),
            new Procedure("Đăng ký kết hôn", 5, 6),
            new Procedure("Xác nhận tình trạng hôn nhân", 3, 8),
            new Procedure("Thay đổi, cải chính, bổ sung thông tin hộ tịch", 3, 4),
            new Procedure("Đăng ký nhận cha, mẹ, con", 3, 1),
            new Procedure("Đăng ký giám hộ", 3, 1),
            new Procedure("Cấp bản sao trích lục hộ tịch", 0, 5),
            new Procedure("Đăng ký hộ kinh doanh", 3, 5),
            new Procedure("Đăng ký thay đổi nội dung đăng ký hộ kinh doanh", 3, 2),
            new Procedure("Cấp giấy phép xây dựng nhà ở riêng lẻ", 15, 3),
            new Procedure("Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất", 10, 5),
            new Procedure("Đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận lần đầu", 20, 2));

    // --- what inspectors write ---------------------------------------------------------------------

    static final List<String> ABSENT_NOTES = List.of(
            "Không có mặt tại vị trí làm việc khi Đoàn kiểm tra đến, không có lý do",
            "Rời vị trí làm việc trong giờ tiếp nhận hồ sơ, người dân phải chờ",
            "Vắng mặt tại quầy, không báo cáo lãnh đạo");

    static final List<String> LATE_NOTES = List.of(
            "Đến muộn khoảng 20 phút so với giờ làm việc",
            "Có mặt tại quầy muộn hơn giờ bắt đầu làm việc");

    static final List<String> NO_BADGE_NOTES = List.of(
            "Không đeo thẻ công chức khi tiếp nhận hồ sơ",
            "Đeo thẻ không đúng quy định (để trong túi áo)");

    static final List<String> DRESS_NOTES = List.of(
            "Trang phục không đúng quy định",
            "Không có biển chức danh tại quầy");

    static final List<String> POOR_ATTITUDE_NOTES = List.of(
            "Thái độ thiếu niềm nở, trả lời người dân cộc lốc",
            "Hướng dẫn người dân không đầy đủ, người dân phải đi lại nhiều lần",
            "Sử dụng điện thoại làm việc riêng khi người dân đang chờ");

    static final List<String> FACILITIES_NOTES = List.of(
            "Máy lấy số thứ tự bị hỏng, chưa được sửa chữa",
            "Camera giám sát tại Bộ phận Một cửa không hoạt động",
            "Chưa niêm yết số điện thoại đường dây nóng",
            "Hòm thư góp ý không có khóa, không có lịch mở hòm thư",
            "Chưa niêm yết lịch làm việc tại khu vực tiếp nhận hồ sơ",
            "Khu vực chờ chật hẹp, thiếu ghế ngồi cho người dân");

    static final List<String> POSTING_NOTES = List.of(
            "{n} thủ tục hành chính lĩnh vực hộ tịch niêm yết chưa cập nhật theo quyết định công bố mới",
            "Thiếu niêm yết {n} thủ tục hành chính lĩnh vực đất đai",
            "{n} thủ tục hành chính niêm yết đã hết hiệu lực, chưa gỡ bỏ");

    static final List<String> FEES_NOTES = List.of(
            "Chưa công khai mức thu phí, lệ phí chứng thực",
            "Chưa niêm yết địa chỉ tiếp nhận phản ánh, kiến nghị về quy định hành chính",
            "Bảng công khai phí, lệ phí chưa cập nhật mức thu mới");

    static final List<String> RECEIPT_NOTES = List.of(
            "{n} giấy tiếp nhận hồ sơ và hẹn trả kết quả không ghi thời gian hẹn trả",
            "{n} giấy tiếp nhận không đúng mẫu quy định, thiếu chữ ký người tiếp nhận",
            "{n} giấy tiếp nhận ghi sai ngày hẹn trả kết quả");

    static final List<String> ONE_REQUEST_NOTES = List.of(
            "Yêu cầu người dân bổ sung hồ sơ nhiều lần, không có phiếu yêu cầu bổ sung",
            "Hướng dẫn bổ sung hồ sơ bằng miệng, không lập phiếu yêu cầu bổ sung, hoàn thiện hồ sơ");

    static final List<String> EXTRA_DOCUMENT_NOTES = List.of(
            "Yêu cầu nộp thêm bản sao sổ hộ khẩu ngoài quy định",
            "Yêu cầu nộp bản sao có chứng thực giấy tờ đã có trong Cơ sở dữ liệu quốc gia về dân cư",
            "Yêu cầu xác nhận của tổ dân phố không có trong thành phần hồ sơ");

    static final List<String> TRACKING_NOTES = List.of(
            "Hồ sơ tiếp nhận chưa được cập nhật lên Hệ thống thông tin giải quyết thủ tục hành chính",
            "Sổ theo dõi hồ sơ ghi thiếu ngày trả kết quả",
            "Trạng thái hồ sơ trên hệ thống không khớp với hồ sơ giấy");

    static final List<String> OVERDUE_NOTES = List.of(
            "Hồ sơ {code} ({procedure}) quá hạn {days} ngày làm việc",
            "{n} hồ sơ giải quyết quá hạn, trong đó hồ sơ {code} quá hạn {days} ngày làm việc");

    static final List<String> APOLOGY_NOTES = List.of(
            "Hồ sơ {code} quá hạn nhưng chưa có phiếu xin lỗi và hẹn lại ngày trả kết quả",
            "{n} hồ sơ quá hạn chưa có văn bản xin lỗi người dân");

    static final List<String> DIGITISATION_NOTES = List.of(
            "Tỷ lệ số hóa hồ sơ khi tiếp nhận đạt {value}%, thấp hơn chỉ tiêu của Thành phố",
            "Chưa số hóa kết quả giải quyết thủ tục hành chính lĩnh vực đất đai",
            "Hồ sơ số hóa chưa được ký số, chưa tái sử dụng được");

    static final List<String> ONLINE_NOTES = List.of(
            "Chưa hướng dẫn người dân nộp hồ sơ trực tuyến",
            "Tỷ lệ hồ sơ nộp trực tuyến thấp ({value}%)",
            "Chưa hướng dẫn thanh toán phí, lệ phí trực tuyến");

    static final List<String> SATISFACTION_NOTES = List.of(
            "Thiết bị đánh giá sự hài lòng tại quầy bị hỏng",
            "Không bố trí kênh đánh giá sự hài lòng của người dân",
            "Mã QR đánh giá sự hài lòng đã hết hiệu lực");

    static final List<String> FEEDBACK_NOTES = List.of(
            "{n} phản ánh, kiến nghị của người dân chưa được xử lý, trả lời",
            "{n} phản ánh của người dân quá thời hạn trả lời");

    static final List<String> GENERIC_NOTES = List.of(
            "Chưa thực hiện đúng quy định; Đoàn đã yêu cầu khắc phục",
            "Còn tồn tại, đơn vị tiếp thu và cam kết khắc phục");

    static final List<String> DOSSIER_LATE_WITH_APOLOGY = List.of(
            "Quá hạn do phải xác minh, lấy ý kiến cơ quan liên quan; đã có phiếu xin lỗi và hẹn lại",
            "Đã có phiếu xin lỗi và hẹn lại ngày trả kết quả");

    static final List<String> DOSSIER_LATE_WITHOUT_APOLOGY = List.of(
            "Quá hạn, không có phiếu xin lỗi và hẹn lại ngày trả kết quả",
            "Quá hạn do công chức thụ lý đi công tác, chưa xin lỗi người dân");

    /** The overall verdict of a visit, by grade: Tốt, Khá, Trung bình, Yếu. */
    static final List<List<String>> OVERALL_NOTES = List.of(
            List.of("Bộ phận Một cửa bố trí khoa học, cán bộ, công chức thực hiện nghiêm nội quy; không phát hiện vi phạm.",
                    "Đơn vị thực hiện tốt việc tiếp nhận, giải quyết và trả kết quả thủ tục hành chính."),
            List.of("Cơ bản thực hiện đúng quy định; còn một số tồn tại nhỏ, Đoàn đã yêu cầu khắc phục ngay.",
                    "Thực hiện tương đối tốt; cần chấn chỉnh một số tồn tại đã nêu trong biên bản."),
            List.of("Còn nhiều tồn tại trong tiếp nhận, giải quyết hồ sơ; đề nghị đơn vị chấn chỉnh.",
                    "Việc chấp hành kỷ luật, kỷ cương và giải quyết hồ sơ còn hạn chế; đề nghị khắc phục."),
            List.of("Nhiều vi phạm về kỷ luật, kỷ cương hành chính và giải quyết hồ sơ; đề nghị kiểm điểm trách nhiệm.",
                    "Vi phạm nhiều nội dung; đề nghị Chủ tịch UBND chỉ đạo khắc phục và báo cáo kết quả."));

    /** Kiến nghị by checklist group code; "{unit}" is the unit's people's committee, "UBND phường Ba Đình". */
    static final List<String[]> RECOMMENDATIONS = List.of(
            new String[] {"1", "Đề nghị Chủ tịch {unit} chấn chỉnh kỷ luật, kỷ cương hành chính; yêu cầu cán bộ, công chức "
                    + "tại Bộ phận Một cửa có mặt đúng giờ, đeo thẻ và có thái độ đúng mực với người dân"},
            new String[] {"2", "Đề nghị {unit} sửa chữa, bổ sung trang thiết bị tại Bộ phận Một cửa"},
            new String[] {"3", "Đề nghị {unit} rà soát, niêm yết công khai đầy đủ thủ tục hành chính, phí, lệ phí theo "
                    + "quyết định công bố mới nhất"},
            new String[] {"4", "Đề nghị {unit} thực hiện đúng quy trình tiếp nhận hồ sơ, không yêu cầu thành phần hồ sơ "
                    + "ngoài quy định và cập nhật đầy đủ hồ sơ lên hệ thống một cửa điện tử"},
            new String[] {"5", "Đề nghị {unit} rà soát các hồ sơ quá hạn, xin lỗi người dân bằng văn bản và hẹn lại ngày "
                    + "trả kết quả theo quy định"},
            new String[] {"6", "Đề nghị {unit} đẩy mạnh số hóa hồ sơ, kết quả giải quyết thủ tục hành chính; hướng dẫn "
                    + "người dân nộp hồ sơ và thanh toán trực tuyến"},
            new String[] {"7", "Đề nghị {unit} duy trì kênh đánh giá sự hài lòng và xử lý, trả lời kịp thời phản ánh, "
                    + "kiến nghị của người dân"});

    static final String GENERIC_RECOMMENDATION = "Đề nghị {unit} khắc phục tồn tại về {topic}";

    /** Biện pháp khắc phục by checklist group code. */
    static final List<String[]> ACTIONS = List.of(
            new String[] {"1", "Tổ chức kiểm điểm công chức vi phạm, báo cáo kết quả về Sở Nội vụ"},
            new String[] {"1", "Ban hành văn bản chấn chỉnh, phân công lại lịch trực tại Bộ phận Một cửa"},
            new String[] {"2", "Sửa chữa máy lấy số thứ tự, camera giám sát; bổ sung hòm thư góp ý"},
            new String[] {"3", "Cập nhật niêm yết thủ tục hành chính theo quyết định công bố của UBND Thành phố"},
            new String[] {"4", "Tập huấn lại quy trình tiếp nhận hồ sơ cho công chức Bộ phận Một cửa"},
            new String[] {"4", "Cập nhật toàn bộ hồ sơ tồn lên hệ thống một cửa điện tử"},
            new String[] {"5", "Ban hành phiếu xin lỗi và hẹn lại ngày trả kết quả cho các hồ sơ quá hạn"},
            new String[] {"6", "Bố trí nhân lực số hóa hồ sơ; đặt mã QR hướng dẫn nộp hồ sơ trực tuyến tại quầy"},
            new String[] {"7", "Sửa chữa thiết bị đánh giá sự hài lòng; trả lời các phản ánh còn tồn"});

    static final String GENERIC_ACTION = "Xây dựng kế hoạch khắc phục và báo cáo kết quả về Đoàn kiểm tra";

    // --- choosing ----------------------------------------------------------------------------------

    static String pick(Random random, List<String> words) {
        return words.get(random.nextInt(words.size()));
    }

    static String pickWeighted(Random random, List<Weighted> words) {
        int total = 0;
        for (Weighted w : words) {
            total += w.weight();
        }
        int r = random.nextInt(total);
        for (Weighted w : words) {
            r -= w.weight();
            if (r < 0) {
                return w.word();
            }
        }
        throw new IllegalStateException("weights changed while choosing");
    }

    static Procedure procedure(Random random) {
        int total = 0;
        for (Procedure p : PROCEDURES) {
            total += p.weight();
        }
        int r = random.nextInt(total);
        for (Procedure p : PROCEDURES) {
            r -= p.weight();
            if (r < 0) {
                return p;
            }
        }
        throw new IllegalStateException("weights changed while choosing");
    }

    /** Second middle names after "Thị", as in "Nguyễn Thị Thu Hà". */
    private static final List<String> SECOND_MIDDLE_NAMES = List.of("Thu", "Ngọc", "Minh", "Thanh", "Kim");

    /** Họ, tên đệm and tên as written, e.g. "Trần Đức Thắng", "Nguyễn Thị Thu Hà". */
    static String fullName(Random random, boolean female) {
        String family = pickWeighted(random, FAMILY_NAMES);
        String middle = pickWeighted(random, female ? FEMALE_MIDDLE_NAMES : MALE_MIDDLE_NAMES);
        String given = pick(random, female ? FEMALE_GIVEN_NAMES : MALE_GIVEN_NAMES);
        if (given.equals(middle)) {
            // "Thu Thu", "Minh Minh" are not names
            given = female ? "Lan" : "Tuấn";
        }
        if (female && middle.equals("Thị") && random.nextInt(6) == 0) {
            String second = pick(random, SECOND_MIDDLE_NAMES);
            if (!second.equals(given)) {
                middle = middle + " " + second;
            }
        }
        return family + " " + middle + " " + given;
    }

    /** The texts a {group code, text} table has for one checklist group; empty when it has none. */
    static List<String> byGroup(List<String[]> table, String groupCode) {
        return table.stream().filter(row -> row[0].equals(groupCode)).map(row -> row[1]).toList();
    }
}
