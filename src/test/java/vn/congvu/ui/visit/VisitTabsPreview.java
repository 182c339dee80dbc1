package vn.congvu.ui.visit;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import vn.congvu.app.Messages;
import vn.congvu.app.Workspace;
import vn.congvu.app.evidence.Link;
import vn.congvu.app.followup.FollowUpService;
import vn.congvu.app.signoff.SignoffService;
import vn.congvu.domain.ActionStatus;
import vn.congvu.domain.Criterion;
import vn.congvu.domain.Official;
import vn.congvu.domain.Recommendation;
import vn.congvu.domain.Signature;
import vn.congvu.domain.SignatureStatus;
import vn.congvu.domain.Visit;
import vn.congvu.testing.Jpegs;
import vn.congvu.testing.TestVisits;
import vn.congvu.ui.UiContext;
import vn.congvu.ui.common.Autosaver;
import vn.congvu.ui.common.FxBackground;
import vn.congvu.ui.common.FxDialogService;
import vn.congvu.ui.common.FxScheduler;
import vn.congvu.ui.common.SaveStatus;
import vn.congvu.ui.common.ViewLoader;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * Opens the evidence, recommendations and sign-off tabs on a temporary database with a visit, photos taken
 * in all eight orientations, recommendations (one overdue) and signers (one refusing), to look at them as an
 * inspector would: {@code java … VisitTabsPreview [0|1|2] [vi|en]} picks the tab and the language.
 */
public final class VisitTabsPreview extends Application {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-04-10T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

    /** Run this class's {@code Launcher}: a main class extending Application needs JavaFX as modules. */
    public static final class Launcher {
        public static void main(String[] args) {
            Application.launch(VisitTabsPreview.class, args);
        }
    }

    @Override
    public void start(Stage stage) throws Exception {
        List<String> args = getParameters().getRaw();
        int tab = args.isEmpty() ? 0 : Integer.parseInt(args.get(0));
        Locale locale = args.size() > 1 ? Locale.forLanguageTag(args.get(1)) : Messages.VIETNAMESE;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());

        Path dir = Files.createTempDirectory("congvu-preview");
        Workspace ws = Workspace.open(dir.resolve("congvu.db"), true, CLOCK);
        Visit visit = fill(ws, Files.createDirectories(dir.resolve("camera")));

        Messages messages = new Messages(locale);
        FxBackground background = new FxBackground();
        Autosaver autosaver = new Autosaver(background, new FxScheduler(), new SaveStatus(), CLOCK,
                t -> UiContext.describe(messages, t));
        UiContext ctx = new UiContext(ws, messages, background, autosaver,
                new FxDialogService(() -> stage, messages, background), p -> { }, new vn.congvu.ui.Shell() {
                    @Override
                    public void switchLanguage(Locale l) {
                    }

                    @Override
                    public void applyTheme(String theme) {
                    }
                }, CLOCK);
        TabPane tabs = new TabPane();
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        for (VisitTab t : VisitTabs.more(ctx, new ViewLoader(messages.bundle(), ctx))) {
            Tab fx = new Tab(messages.get(t.titleKey()), t.root());
            fx.setUserData(t);
            var badge = t.badge();
            if (badge != null) {
                fx.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                        messages.get(t.titleKey()) + (badge.getValue() == null ? "" : "  " + badge.getValue()), badge));
            }
            tabs.getTabs().add(fx);
            t.load(visit.id());
        }
        tabs.getSelectionModel().select(tab);
        if (args.size() > 2 && args.get(2).equals("add")) {
            // many large photos at once, to see the progress row and the stop button
            Path big = Files.createDirectories(dir.resolve("big"));
            List<Path> files = new java.util.ArrayList<>();
            BufferedImage large = new BufferedImage(6000, 4500, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = large.createGraphics();
            g.drawImage(scene("Ảnh lớn", 1), 0, 0, 6000, 4500, null);
            g.dispose();
            Path first = Jpegs.write(big.resolve("DSC_1000.jpg"), large, 1, "2025:03:05 10:10:00");
            byte[] bytes = Files.readAllBytes(first);
            for (int i = 0; i < 30; i++) {
                // bytes after the end marker change the hash but not the picture
                byte[] copy = java.util.Arrays.copyOf(bytes, bytes.length + 1);
                copy[bytes.length] = (byte) i;
                files.add(Files.write(big.resolve("DSC_" + (1001 + i) + ".jpg"), copy));
            }
            javafx.animation.PauseTransition later = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(5));
            later.setOnFinished(e -> ((vn.congvu.ui.visit.evidence.EvidenceView) tabs.getTabs().get(0).getUserData())
                    .viewModel().addFiles(files));
            later.play();
        }
        Scene scene = new Scene(tabs, 1366, 768);
        scene.getStylesheets().add(getClass().getResource("/vn/congvu/ui/app.css").toExternalForm());
        stage.setTitle("CongVu Inspector – " + messages.get(VisitTabs.more(ctx, new ViewLoader(messages.bundle(), ctx))
                .get(tab).titleKey()));
        stage.setScene(scene);
        stage.setX(0);
        stage.setY(0);
        stage.show();
    }

    /** A visit as it looks near its end. */
    private static Visit fill(Workspace ws, Path camera) throws Exception {
        Visit visit = TestVisits.start(ws);
        Official lan = TestVisits.official(ws, visit.id(), "Nguyễn Thị Lan");
        TestVisits.official(ws, visit.id(), "Hoàng Minh Đức");
        TestVisits.dossier(ws, visit.id(), "000.00.18.H26-250303-0001");
        List<Criterion> criteria = ws.evidence().targets(visit.id()).criteria();
        Criterion badge = criteria.stream().filter(c -> c.code().equals("1.2")).findFirst().orElseThrow();
        Criterion posted = criteria.stream().filter(c -> c.code().equals("3.1")).findFirst().orElseThrow();

        String[] captions = {"Bảng niêm yết thủ tục hành chính", "Quầy tiếp nhận số 2", "Máy lấy số thứ tự",
                "Hòm thư góp ý", "Sổ theo dõi hồ sơ", "Công chức không đeo thẻ lúc 09:12", "Khu vực chờ",
                "Lịch làm việc"};
        for (int tag = 1; tag <= 8; tag++) {
            BufferedImage upright = scene("Ảnh " + tag, tag);
            Path file = Jpegs.write(camera.resolve("IMG_20250305_09" + (10 + tag) + ".jpg"), stored(upright, tag), tag,
                    tag == 4 ? null : "2025:03:05 09:" + (10 + tag) + ":00");
            Link link = tag == 6 ? Link.official(lan.id()) : tag == 1 ? Link.criterion(posted.id())
                    : tag == 3 ? Link.criterion(badge.id()) : Link.NONE;
            var e = ws.evidence().add(visit.id(), file, link).evidence();
            if (tag % 2 == 0 || tag == 1) {
                ws.evidence().describe(e.id(), captions[tag - 1], link);
            }
        }
        ws.evidence().add(visit.id(), Files.writeString(camera.resolve("Phiếu hẹn trả kết quả.pdf"),
                "%PDF-1.4\n%%EOF\n"), Link.NONE);

        FollowUpService f = ws.followUps();
        Recommendation r1 = f.saveRecommendation(new FollowUpService.RecommendationDraft(null, visit.id(),
                "Chấn chỉnh việc đeo thẻ công chức, mặc trang phục đúng quy định tại Bộ phận Một cửa", badge.id(),
                LocalDate.of(2025, 3, 31), ActionStatus.IN_PROGRESS));
        f.saveAction(new FollowUpService.ActionDraft(null, r1.id(), "Nhắc nhở, kiểm điểm công chức vi phạm",
                "Chủ tịch UBND phường", LocalDate.of(2025, 3, 15), ActionStatus.DONE, LocalDate.of(2025, 3, 12)));
        f.saveAction(new FollowUpService.ActionDraft(null, r1.id(), "Cấp lại thẻ công chức bị hỏng, mất",
                "Văn phòng HĐND và UBND phường", LocalDate.of(2025, 3, 31), ActionStatus.IN_PROGRESS, null));
        Recommendation r2 = f.saveRecommendation(new FollowUpService.RecommendationDraft(null, visit.id(),
                "Cập nhật, niêm yết đầy đủ thủ tục hành chính còn hiệu lực", posted.id(), LocalDate.of(2025, 4, 30),
                null));
        f.saveAction(new FollowUpService.ActionDraft(null, r2.id(), "Thay bảng niêm yết đã hết hiệu lực",
                "Bộ phận Một cửa", LocalDate.of(2025, 4, 15), ActionStatus.OPEN, null));
        f.saveRecommendation(new FollowUpService.RecommendationDraft(null, visit.id(),
                "Bố trí đủ ghế chờ và quạt mát cho người dân", null, null, null));

        SignoffService s = ws.signoff();
        s.saveResponse(visit.id(), "Phạm Quốc Huy", "Phó Chủ tịch UBND phường",
                "Đơn vị thống nhất với kết quả kiểm tra, tiếp thu các kiến nghị của Đoàn và sẽ khắc phục trước "
                        + "ngày 31/3/2025. Riêng nhận xét về thái độ giao tiếp, đơn vị đề nghị Đoàn xem xét lại.");
        List<Signature> signers = s.addSignersFromVisit(visit.id());
        Signature rep = signers.get(0);
        s.saveSignature(new SignoffService.SignatureDraft(rep.id(), visit.id(), rep.role(), rep.fullName(),
                rep.position(), SignatureStatus.REFUSED, "Không đồng ý nhận xét về thái độ giao tiếp của công chức"));
        Signature lead = signers.get(1);
        s.saveSignature(new SignoffService.SignatureDraft(lead.id(), visit.id(), lead.role(), lead.fullName(),
                "Phó Giám đốc Sở Nội vụ", SignatureStatus.SIGNED, null));
        return visit;
    }

    /** An upright picture: sky at the top, a label, and an arrow pointing up. */
    private static BufferedImage scene(String label, int tag) {
        BufferedImage img = new BufferedImage(1200, 900, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(120, 180, 235), 0, 560, new Color(220, 236, 250)));
        g.fillRect(0, 0, 1200, 560);
        g.setColor(new Color(90 + tag * 12, 140, 90));
        g.fillRect(0, 560, 1200, 340);
        g.setColor(new Color(180, 60, 50));
        g.fillRect(360, 330, 480, 300);
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 120));
        g.drawString(label, 400, 520);
        g.setStroke(new BasicStroke(36));
        g.drawLine(150, 820, 150, 200);
        g.drawLine(150, 170, 60, 300);
        g.drawLine(150, 170, 240, 300);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 80));
        g.setColor(new Color(30, 30, 30));
        g.drawString("TRÊN", 260, 140);
        g.dispose();
        return img;
    }

    /** How a camera stores the upright picture under EXIF orientation {@code tag}. */
    private static BufferedImage stored(BufferedImage upright, int tag) {
        int w = upright.getWidth();
        int h = upright.getHeight();
        boolean swap = tag >= 5;
        BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_INT_RGB);
        // upright (x, y) → stored (x', y'), by the definition of the tag (args: m00, m10, m01, m11, m02, m12)
        AffineTransform t = switch (tag) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, -1, 1, 0, 0, w);
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
            case 8 -> new AffineTransform(0, 1, -1, 0, h, 0);
            default -> new AffineTransform();
        };
        Graphics2D g = out.createGraphics();
        g.drawImage(upright, t, null);
        g.dispose();
        return out;
    }
}
