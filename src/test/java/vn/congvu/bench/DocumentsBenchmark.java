package vn.congvu.bench;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import vn.congvu.app.Workspace;
import vn.congvu.app.export.ExportProgress;
import vn.congvu.app.export.ExportRequest;
import vn.congvu.app.export.ExportResult;
import vn.congvu.app.export.IfExists;
import vn.congvu.domain.ActionStatus;
import vn.congvu.domain.Answer;
import vn.congvu.domain.AnswerType;
import vn.congvu.domain.Attitude;
import vn.congvu.domain.ChecklistGroup;
import vn.congvu.domain.ChecklistTemplate;
import vn.congvu.domain.Criterion;
import vn.congvu.domain.Decision;
import vn.congvu.domain.Dossier;
import vn.congvu.domain.Evidence;
import vn.congvu.domain.LimitKind;
import vn.congvu.domain.Official;
import vn.congvu.domain.Plan;
import vn.congvu.domain.PlanStatus;
import vn.congvu.domain.Recommendation;
import vn.congvu.domain.Result;
import vn.congvu.domain.Signature;
import vn.congvu.domain.SignatureStatus;
import vn.congvu.domain.SignerRole;
import vn.congvu.domain.Team;
import vn.congvu.domain.TeamMember;
import vn.congvu.domain.TeamRole;
import vn.congvu.domain.TemplateStatus;
import vn.congvu.domain.Unit;
import vn.congvu.domain.UnitResponse;
import vn.congvu.domain.Visit;
import vn.congvu.domain.VisitInspector;
import vn.congvu.domain.VisitRepresentative;
import vn.congvu.domain.VisitStatus;
import vn.congvu.testing.DocumentFixture;
import vn.congvu.testing.TestPhotos;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;

/**
 * The speed of the documents (issue 4), a benchmark and not a timed test: run {@code .ci/bench-documents}.
 * <ol>
 *   <li>Minutes of a visit with 60 answered criteria and 30 photos of about 3 MB (target ≤ 2 s), beside a floor
 *       measured in the same run: copying the same 30 photos' bytes into a zip.</li>
 *   <li>Summary workbook of a 10,000-visit database in a child JVM with {@code -Xmx256m} (target ≤ 1.5 × the time
 *       of bare SXSSF writing the same cells, in the same JVM).</li>
 * </ol>
 */
public final class DocumentsBenchmark {

    static final int CRITERIA = 60;
    static final int PHOTOS = 30;
    static final int VISITS = 10_000;
    static final String HEAP = "-Xmx256m";

    private DocumentsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args.length > 0 ? args[0] : "target/bench").toAbsolutePath();
        Files.createDirectories(work);
        System.out.printf("JVM %s, %d processors, max heap %d MB%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        String only = args.length > 1 ? args[1] : "";
        if (!only.equals("summary")) {
            minutes(work);
        }
        if (!only.equals("minutes")) {
            summary(work);
        }
    }

    // --- minutes -----------------------------------------------------------------------------------------

    static void minutes(Path work) throws Exception {
        Path dir = Files.createTempDirectory(work, "minutes-");
        List<Path> photos = photos(work, dir.resolve("evidence/2025/01"));
        long photoBytes = 0;
        for (Path p : photos) {
            photoBytes += Files.size(p);
        }
        try (Workspace ws = Workspace.open(dir.resolve("congvu.db"), true, DocumentFixture.CLOCK)) {
            String visit = bigVisit(ws, photos);
            Path out = dir.resolve("Biên bản.docx");
            ExportRequest request = ExportRequest.to(out).ifExists(IfExists.REPLACE);
            long warmUp = time(() -> ws.exports().warmUp());
            long first = time(() -> ws.exports().exportMinutes(visit, request, ExportProgress.NONE));
            long[] warm = new long[3];
            ExportResult[] result = new ExportResult[1];
            for (int i = 0; i < warm.length; i++) {
                warm[i] = time(() -> result[0] = ws.exports().exportMinutes(visit, request, ExportProgress.NONE));
            }
            long[] floor = new long[3];
            for (int i = 0; i < floor.length; i++) {
                Path zip = dir.resolve("floor-" + i + ".zip");
                floor[i] = time(() -> zipPhotos(photos, zip));
            }
            Arrays.sort(warm);
            Arrays.sort(floor);
            System.out.printf("%nMinutes: %d criteria answered, %d photos, %.1f MB of photos (%.2f MB each)%n",
                    CRITERIA, PHOTOS, photoBytes / 1e6, photoBytes / 1e6 / PHOTOS);
            System.out.printf("  warmUp() at start-up, in the background %d ms%n", warmUp);
            System.out.printf("  first export after warmUp()      %6d ms%n", first);
            System.out.printf("  export, best / median of %d       %6d / %d ms   (target <= 2000 ms)%n", warm.length, warm[0],
                    warm[warm.length / 2]);
            System.out.printf("  floor: the photos' bytes into a zip, best %6d ms%n", floor[0]);
            System.out.printf("  document: %.1f MB, %d photos left out%n", result[0].sizeBytes() / 1e6,
                    result[0].photosLeftOut());
        }
        deleteTree(dir);
    }

    /** 30 photos of about 3 MB: three distinct 12-megapixel pictures (upright, turned 90° and 270°), each file
     * made unique by a JPEG comment, so their hashes differ as real photos' do. */
    static List<Path> photos(Path work, Path into) throws Exception {
        Files.createDirectories(into);
        int[] orientations = {1, 6, 8};
        byte[][] bases = new byte[orientations.length][];
        for (int i = 0; i < orientations.length; i++) {
            Path cached = work.resolve("photo-base-" + orientations[i] + ".jpg");
            if (!Files.exists(cached)) {
                Files.write(cached, TestPhotos.largeJpeg(4000, 3000, orientations[i], i + 1));
            }
            bases[i] = Files.readAllBytes(cached);
        }
        List<Path> out = new ArrayList<>();
        for (int n = 0; n < PHOTOS; n++) {
            byte[] base = bases[n % bases.length];
            byte[] comment = ("anh " + n).getBytes(StandardCharsets.US_ASCII);
            byte[] file = new byte[base.length + 4 + comment.length];
            file[0] = (byte) 0xFF;
            file[1] = (byte) 0xD8;
            file[2] = (byte) 0xFF;
            file[3] = (byte) 0xFE;
            file[4] = (byte) ((comment.length + 2) >> 8);
            file[5] = (byte) (comment.length + 2);
            System.arraycopy(comment, 0, file, 6, comment.length);
            System.arraycopy(base, 2, file, 6 + comment.length, base.length - 2);
            out.add(Files.write(into.resolve("anh-" + n + ".jpg"), file));
        }
        return out;
    }

    private static void zipPhotos(List<Path> photos, Path zip) throws Exception {
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(zip)) {
            for (Path p : photos) {
                ZipArchiveEntry entry = new ZipArchiveEntry("word/media/" + p.getFileName());
                entry.setMethod(ZipEntry.STORED);
                out.putArchiveEntry(entry);
                out.write(Files.readAllBytes(p));
                out.closeArchiveEntry();
            }
        }
    }

    /** A visit on a 60-criterion checklist, every criterion answered, with 30 photos. */
    private static String bigVisit(Workspace ws, List<Path> photos) {
        Unit unit = ws.db().read(c -> ws.unitRepository().listLive(c)).get(0);
        return ws.db().write(c -> {
            String template = ws.templateRepository().insertTemplate(c, new ChecklistTemplate(null, "BENCH-60", 1,
                    "Bộ tiêu chí 60 tiêu chí", 2025, TemplateStatus.DRAFT, null, 0));
            List<Criterion> criteria = new ArrayList<>();
            for (int g = 1; g <= 6; g++) {
                String group = ws.templateRepository().insertGroup(c, new ChecklistGroup(null, template,
                        Integer.toString(g), "Nhóm tiêu chí số " + g + " về hoạt động của Bộ phận Một cửa", g, 0));
                for (int k = 1; k <= CRITERIA / 6; k++) {
                    Criterion cr = new Criterion(null, template, group, g + "." + k,
                            "Tiêu chí " + g + "." + k + ": thực hiện đúng quy định về tiếp nhận và trả kết quả",
                            k % 3 == 0 ? AnswerType.COUNT : AnswerType.PASS_FAIL,
                            k % 3 == 0 ? List.of("Số kiểm tra", "Số sai") : List.of(), List.of(), k % 2 == 0, "3",
                            1, null, k, 0);
                    String id = ws.templateRepository().insertCriterion(c, cr);
                    criteria.add(new Criterion(id, cr.templateId(), cr.groupId(), cr.code(), cr.text(), cr.answerType(),
                            cr.valueLabels(), cr.choices(), cr.photoRequiredOnFail(), cr.parIndexCode(), cr.weight(),
                            cr.guidance(), cr.sortOrder(), 0));
                }
            }
            String decision = ws.planRepository().insertDecision(c, new Decision(null, "125/QĐ-UBND",
                    LocalDate.of(2025, 1, 2), null, "UBND thành phố Hà Nội", null, 0));
            String plan = ws.planRepository().insertPlan(c, new Plan(null, "80/KH-UBND", LocalDate.of(2025, 1, 3), 2025,
                    null, null, "Kiểm tra công vụ", null, decision, PlanStatus.ACTIVE, 0));
            String team = ws.planRepository().insertTeam(c, new Team(null, plan, "Đoàn 1", decision, 0));
            String lead = ws.planRepository().insertMember(c, new TeamMember(null, team, "Nguyễn Văn An", "Phó Giám đốc",
                    "Sở Nội vụ", TeamRole.LEAD, 1, 0));
            String visit = ws.visitRepository().insert(c, new Visit(null, plan, team, unit.id(), null, template,
                    LocalDate.of(2025, 1, 6), LocalDateTime.of(2025, 1, 6, 9, 0), LocalDateTime.of(2025, 1, 6, 11, 0),
                    true, null, "05", VisitStatus.COMPLETED, "Nhận xét chung của Đoàn.", 0));
            ws.visitRepository().insertInspector(c, new VisitInspector(null, visit, lead, "Nguyễn Văn An", TeamRole.LEAD,
                    true, 0));
            ws.visitRepository().insertRepresentative(c, new VisitRepresentative(null, visit, "Phạm Văn Dũng",
                    "Phó Chủ tịch", 1, 0));
            int n = 0;
            for (Criterion cr : criteria) {
                Result result = n % 7 == 0 ? Result.FAIL : n % 11 == 0 ? Result.NA : Result.PASS;
                ws.answerRepository().save(c, new Answer(null, visit, cr.id(), result,
                        cr.answerType() == AnswerType.COUNT ? 10.0 : null, cr.answerType() == AnswerType.COUNT ? 1.0 : null,
                        null, result == Result.FAIL ? "Ghi chú về vi phạm số " + n + "\nđã nhắc nhở tại chỗ" : null,
                        null, 0));
                n++;
            }
            for (int o = 0; o < 5; o++) {
                ws.officialRepository().insert(c, new Official(null, visit, "Cán bộ " + o, "Công chức", o != 2, true,
                        true, Attitude.GOOD, null, o, 0));
            }
            for (int d = 0; d < 8; d++) {
                LocalDateTime received = LocalDateTime.of(2024, 12, 16 + d, 9, 0);
                ws.dossierRepository().insert(c, new Dossier(null, visit, "000.00.23.H26-2412" + (16 + d) + "-000" + d,
                        "Đăng ký khai sinh", received, 3, LimitKind.WORKING_DAYS,
                        ws.calendar().dueDate(received, 3, LimitKind.WORKING_DAYS), d % 3 == 0 ? null : received.plusDays(2),
                        d % 2 == 0, true, false, null, d, 0));
            }
            Path folder = ws.evidenceDir();
            for (int p = 0; p < photos.size(); p++) {
                byte[] bytes;
                try {
                    bytes = Files.readAllBytes(photos.get(p));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                ws.evidenceRepository().insert(c, new Evidence(null, visit,
                        folder.relativize(photos.get(p)).toString().replace('\\', '/'), photos.get(p).getFileName().toString(),
                        "image/jpeg", bytes.length, DocumentFixture.sha256(bytes), LocalDateTime.of(2025, 1, 6, 9, 10 + p),
                        new int[] {1, 6, 8}[p % 3], "Ảnh minh chứng số " + (p + 1), criteria.get(p).id(), null, null, 0));
            }
            ws.followUpRepository().insertRecommendation(c, new Recommendation(null, visit, unit.id(), null,
                    "Khắc phục ngay các tồn tại", LocalDate.of(2025, 2, 1), ActionStatus.OPEN, 1, 0));
            ws.signoffRepository().saveResponse(c, new UnitResponse(null, visit, "Phạm Văn Dũng", "Phó Chủ tịch",
                    "Nhất trí.", 0));
            ws.signoffRepository().insertSignature(c, new Signature(null, visit, SignerRole.TEAM_LEAD, "Nguyễn Văn An",
                    null, SignatureStatus.SIGNED, null, null, 1, 0));
            return visit;
        });
    }

    // --- summary -----------------------------------------------------------------------------------------

    static void summary(Path work) throws Exception {
        Path db = BenchDatabase.ensure(work, VISITS, DocumentFixture.CLOCK);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                HEAP, "-Djava.awt.headless=true"));
        String childOptions = System.getProperty("bench.childOptions", "");
        if (!childOptions.isBlank()) {
            command.addAll(List.of(childOptions.trim().split("\\s+")));
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), SummaryChild.class.getName(), db.toString(),
                work.toString()));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                if (!line.contains(" DEBUG ")) {
                    System.out.println(line);
                }
            }
        }
        if (child.waitFor() != 0) {
            throw new IllegalStateException("the summary benchmark failed under " + HEAP);
        }
    }

    /**
     * Runs in a child JVM started with {@link #HEAP}. Export and floor are measured in turns (export, floor,
     * export, floor) and the best of each is kept, so that a burst of load from other processes on the machine
     * does not fall on one side only; process CPU time is reported beside wall time for the same reason.
     */
    public static final class SummaryChild {

        public static void main(String[] args) throws Exception {
            Path db = Path.of(args[0]);
            Path work = Path.of(args[1]);
            Path out = work.resolve("Tổng hợp " + VISITS + ".xlsx");
            Path dump = work.resolve("cells.dump");
            Path raw = work.resolve("raw.xlsx");
            Timing[] export = new Timing[ROUNDS];
            Timing[] floor = new Timing[ROUNDS];
            Timing[] read = new Timing[ROUNDS];
            ExportResult[] result = new ExportResult[1];
            long[] cells = new long[1];
            long exportPeak = 0;
            try (Workspace ws = Workspace.open(db, false, DocumentFixture.CLOCK)) {
                for (int i = 0; i < ROUNDS; i++) {
                    export[i] = measure(() -> result[0] = ws.exports().exportSummary(null,
                            ExportRequest.to(out).ifExists(IfExists.REPLACE), ExportProgress.NONE));
                    exportPeak = Math.max(exportPeak, peakHeap());
                    if (i == 0) {
                        RawSheets.dump(out, dump);
                    }
                    read[i] = measure(() -> cells[0] = RawSheets.replay(dump, null));
                    floor[i] = measure(() -> RawSheets.replay(dump, raw));
                }
            }
            Timing bestExport = Timing.best(export);
            Timing bestRead = Timing.best(read);
            Timing bestFloor = Timing.best(floor).minus(bestRead);
            System.out.printf("%nSummary workbook of %d visits, in a JVM with %s (max heap %d MB)%n", VISITS,
                    HEAP, Runtime.getRuntime().maxMemory() >> 20);
            System.out.printf("  cells written                      %,d in %.1f MB%n", cells[0], result[0].sizeBytes() / 1e6);
            for (int i = 0; i < ROUNDS; i++) {
                System.out.printf("  round %d: export %6d ms (cpu %6d), floor %6d ms (cpu %6d)%n", i + 1,
                        export[i].wallMs(), export[i].cpuMs(), floor[i].minus(read[i]).wallMs(),
                        floor[i].minus(read[i]).cpuMs());
            }
            System.out.printf("  export, best                       %6d ms (cpu %d ms)%n", bestExport.wallMs(), bestExport.cpuMs());
            System.out.printf("  floor: bare SXSSF, same cells      %6d ms (cpu %d ms; reading the dump, %d ms, taken off)%n",
                    bestFloor.wallMs(), bestFloor.cpuMs(), bestRead.wallMs());
            System.out.printf("  ratio export / floor, wall         %6.2f   (target <= 1.5)%n",
                    (double) bestExport.wallMs() / bestFloor.wallMs());
            System.out.printf("  ratio export / floor, cpu          %6.2f%n", (double) bestExport.cpuMs() / bestFloor.cpuMs());
            System.out.printf("  peak heap during the exports       %6d MB%n", exportPeak >> 20);
            Files.deleteIfExists(dump);
            Files.deleteIfExists(raw);
        }
    }

    static final int ROUNDS = 4;

    /** Wall and process CPU time of one measured piece of work. */
    record Timing(long wallMs, long cpuMs) {

        static Timing best(Timing[] all) {
            return Arrays.stream(all).min(java.util.Comparator.comparingLong(Timing::wallMs)).orElseThrow();
        }

        Timing minus(Timing other) {
            return new Timing(wallMs - other.wallMs, cpuMs - other.cpuMs);
        }
    }

    /** Wall time, and CPU time of the whole process (the export writes on a second thread; GC counts too). */
    static Timing measure(Work work) throws Exception {
        System.gc();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long start = System.nanoTime();
        work.run();
        return new Timing((System.nanoTime() - start) / 1_000_000, (os.getProcessCpuTime() - cpu) / 1_000_000);
    }

    // --- helpers -----------------------------------------------------------------------------------------

    @FunctionalInterface
    interface Work {
        void run() throws Exception;
    }

    static long time(Work work) throws Exception {
        System.gc();
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** The sum of the heap pools' peaks: an upper bound of the heap in use at any moment. */
    static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    private static void deleteTree(Path dir) throws Exception {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
