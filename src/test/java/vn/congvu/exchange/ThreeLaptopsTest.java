package vn.congvu.exchange;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congvu.app.exchange.ConflictView;
import vn.congvu.app.exchange.ExchangeService;
import vn.congvu.domain.Result;
import vn.congvu.store.Sql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The team lead and two inspectors record on their own laptops, then exchange packages in every order of
 * a set of exchanges. Whatever the order, once everyone has everyone's packages the data is identical on
 * the three laptops except the records in conflict, which the lead sees, resolves, and whose resolution
 * then travels and closes the conflicts everywhere.
 */
class ThreeLaptopsTest {

    private static final String LEAD = "lead";
    private static final String AN = "an";
    private static final String BINH = "binh";

    @TempDir
    Path dir;

    /** The state before any exchange: the lead shared visit V0, then everyone worked apart. */
    private record Start(Path root, String v0) {
    }

    private Start prepare() {
        Path root = dir.resolve("start");
        try (Laptop lead = new Laptop(root, LEAD, Instant.parse("2025-03-05T01:00:00Z"));
             Laptop an = new Laptop(root, AN, Instant.parse("2025-03-05T01:00:00Z"));
             Laptop binh = new Laptop(root, BINH, Instant.parse("2025-03-05T01:00:00Z"))) {
            String v0 = lead.recordVisit("Phường Ba Đình", LocalDate.of(2025, 3, 5));
            Path base = lead.export(root.resolve("base.congvu"), ExportScope.all());
            an.importFrom(base);
            binh.importFrom(base);

            lead.recordVisit("Phường Kim Liên", LocalDate.of(2025, 3, 6));
            String va = an.recordVisit("Xã Sóc Sơn", LocalDate.of(2025, 3, 6));
            an.addPhoto(va, "ảnh quầy Sóc Sơn");
            an.answer(v0, "1.1", Result.FAIL, "Vắng một cán bộ lúc 8 giờ");
            an.answer(v0, "1.2", Result.PASS, null);
            an.answer(v0, "1.3", Result.PASS, "An ghi");
            binh.recordVisit("Phường Hoàn Kiếm", LocalDate.of(2025, 3, 7));
            binh.answer(v0, "1.1", Result.PASS, "Đủ cán bộ");
            binh.answer(v0, "1.3", Result.FAIL, "Bình ghi");
            String official = binh.ws.db().read(c -> Sql.queryOne(c, "SELECT id FROM officials WHERE visit_id = ?",
                    rs -> rs.getString(1), v0).orElseThrow());
            binh.ws.db().write(c -> binh.ws.officialRepository().delete(c, official));
            return new Start(root, v0);
        }
    }

    private record Exchange(String from, String to) {
    }

    @Test
    void everyOrderOfExchangesEndsWithTheSameDataAndTheSameConflicts() throws IOException {
        Start start = prepare();
        List<Exchange> set = List.of(new Exchange(AN, BINH), new Exchange(BINH, AN), new Exchange(AN, LEAD),
                new Exchange(BINH, LEAD));
        int run = 0;
        for (List<Exchange> order : permutations(set)) {
            Path root = dir.resolve("run" + run++);
            copy(start.root(), root);
            try (Laptop lead = reopen(root, LEAD); Laptop an = reopen(root, AN); Laptop binh = reopen(root, BINH)) {
                Map<String, Laptop> laptops = Map.of(LEAD, lead, AN, an, BINH, binh);
                int step = 0;
                for (Exchange e : order) {
                    exchange(laptops.get(e.from()), laptops.get(e.to()), root.resolve("p" + step++ + ".congvu"));
                }
                // everyone's packages reach everyone: through the lead, as teams work
                for (Exchange e : List.of(new Exchange(AN, LEAD), new Exchange(BINH, LEAD), new Exchange(LEAD, AN),
                        new Exchange(LEAD, BINH))) {
                    exchange(laptops.get(e.from()), laptops.get(e.to()), root.resolve("p" + step++ + ".congvu"));
                }

                Set<String> inConflict = new HashSet<>();
                for (Laptop l : List.of(lead, an, binh)) {
                    for (ConflictView k : l.exchange.conflicts(true)) {
                        inConflict.add(k.recordId());
                        if (k.otherRecordId() != null) {
                            inConflict.add(k.otherRecordId());
                        }
                    }
                }
                assertThat(without(an.dump(), inConflict)).as(order.toString()).isEqualTo(without(lead.dump(), inConflict));
                assertThat(without(binh.dump(), inConflict)).as(order.toString()).isEqualTo(without(lead.dump(), inConflict));
                assertThat(lead.exchange.conflicts(true)).as(order.toString())
                        .extracting(k -> k.table() + " " + k.kind())
                        .containsExactlyInAnyOrder("answers EDIT", "answers DUPLICATE");
                assertThat(lead.dump().get("visits")).hasSize(4);
                assertThat(live(lead, "officials", start.v0())).isZero();
                String photo = binh.ws.db().read(c -> Sql.queryOne(c, "SELECT file_path FROM evidence",
                        rs -> rs.getString(1)).orElseThrow());
                assertThat(binh.dir.resolve(photo)).exists();

                // the lead decides; the decisions travel and close the conflicts on the inspectors' laptops
                for (ConflictView k : lead.exchange.conflicts(true)) {
                    lead.exchange.resolve(k.id(), k.kind() == vn.congvu.exchange.ConflictKind.EDIT
                            ? ExchangeService.Keep.INCOMING : ExchangeService.Keep.LOCAL);
                }
                for (Exchange e : List.of(new Exchange(LEAD, AN), new Exchange(LEAD, BINH), new Exchange(AN, LEAD),
                        new Exchange(BINH, LEAD))) {
                    exchange(laptops.get(e.from()), laptops.get(e.to()), root.resolve("p" + step++ + ".congvu"));
                }
                for (Laptop l : List.of(lead, an, binh)) {
                    assertThat(l.exchange.conflicts(true)).as(l.name + " " + order).isEmpty();
                }
                assertThat(an.dump()).as(order.toString()).isEqualTo(lead.dump());
                assertThat(binh.dump()).as(order.toString()).isEqualTo(lead.dump());
                // answers 1.1 (decided), 1.2 (An's) and one of the two 1.3 (the other deleted)
                assertThat(live(lead, "answers", start.v0())).isEqualTo(3);
            }
        }
        assertThat(run).isEqualTo(24);
    }

    private static long live(Laptop l, String table, String visitId) {
        return l.ws.db().read(c -> Sql.queryLong(c, "SELECT count(*) FROM " + table + " WHERE visit_id = ? AND deleted = 0",
                visitId));
    }

    private static void exchange(Laptop from, Laptop to, Path file) {
        to.importFrom(from.export(file, ExportScope.all()));
    }

    private static Laptop reopen(Path root, String name) {
        return new Laptop(root, name, Instant.parse("2025-03-08T01:00:00Z"));
    }

    private static Map<String, List<Map<String, Object>>> without(Map<String, List<Map<String, Object>>> dump,
                                                                 Set<String> ids) {
        dump.replaceAll((t, rows) -> rows.stream().filter(r -> !ids.contains((String) r.get("id"))).toList());
        return dump;
    }

    static <T> List<List<T>> permutations(List<T> items) {
        if (items.isEmpty()) {
            return List.of(List.of());
        }
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            List<T> rest = new ArrayList<>(items);
            T head = rest.remove(i);
            for (List<T> p : permutations(rest)) {
                List<T> one = new ArrayList<>();
                one.add(head);
                one.addAll(p);
                out.add(one);
            }
        }
        return out;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().endsWith(".congvu")) {
                    Files.copy(p, target);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
