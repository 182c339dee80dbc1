package vn.congvu.app.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.congvu.app.AppException;
import vn.congvu.app.AppVersion;
import vn.congvu.app.backup.BackupEntry;
import vn.congvu.app.backup.BackupService;
import vn.congvu.store.DatabaseFile;
import vn.congvu.store.Sql;
import vn.congvu.store.StoreException;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * <i>Gửi báo cáo lỗi</i>: a zip for support with the logs, the versions of the app, Java and the OS, and
 * facts about the database (size, pages, schema version, counts of records, SQLite's quick check, the
 * backups kept). Never the database's content: no names, notes or any other value of a record goes in, only
 * numbers about them. The database is read, not opened as the app opens it, so a damaged one can be
 * described too, and nothing in it changes.
 */
public final class DiagnosticsService {

    /** Logs beyond this (newest first) are left out, so the zip stays small enough to send. */
    static final long MAX_LOG_BYTES = 20L * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(DiagnosticsService.class);

    private final Path database;
    private final Path logDir;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public DiagnosticsService(Path database, Path logDir, Clock clock) {
        this.database = database.toAbsolutePath().normalize();
        this.logDir = logDir;
        this.clock = clock;
    }

    /**
     * Writes the zip to {@code target} (under a temporary name first, so a failure leaves nothing).
     *
     * @return what the zip says, for the caller to show
     * @throws AppException the target cannot be written
     */
    public Map<String, Object> export(Path target) {
        Path file = target.toAbsolutePath().normalize();
        Path folder = file.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new AppException("error.export.folderMissing", String.valueOf(folder));
        }
        Map<String, Object> report = report();
        Path part = folder.resolve(".~" + file.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            try (OutputStream raw = Files.newOutputStream(part, StandardOpenOption.CREATE_NEW);
                 ZipOutputStream zip = new ZipOutputStream(raw)) {
                zip.putNextEntry(new ZipEntry("diagnostics.json"));
                zip.write(json.writeValueAsBytes(report));
                zip.closeEntry();
                long budget = MAX_LOG_BYTES;
                for (Path log : logs()) {
                    long size = Files.size(log);
                    if (size > budget) {
                        continue;
                    }
                    budget -= size;
                    zip.putNextEntry(new ZipEntry("logs/" + log.getFileName()));
                    Files.copy(log, zip);
                    zip.closeEntry();
                }
            }
            Files.move(part, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            LOG.info("diagnostics written to {}", file);
            return report;
        } catch (IOException e) {
            try {
                Files.deleteIfExists(part);
            } catch (IOException ignored) {
                // nothing more to do
            }
            throw new AppException(e, "error.export.writeFailed", file.toString());
        }
    }

    private List<Path> logs() {
        if (logDir == null || !Files.isDirectory(logDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(logDir)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().matches(".*\\.log(\\.gz)?"))
                    .sorted(Comparator.comparing(DiagnosticsService::modified).reversed()).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    /** Everything but the logs, as it goes into {@code diagnostics.json}. */
    public Map<String, Object> report() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("createdAt", clock.instant().toString());
        Map<String, Object> app = new LinkedHashMap<>();
        app.put("version", AppVersion.current());
        app.put("javafx", System.getProperty("javafx.runtime.version", System.getProperty("javafx.version", "")));
        app.put("launcher", System.getProperty("jpackage.app-path", ""));
        app.put("classDataSharing", System.getProperty("java.vm.info", ""));
        out.put("app", app);
        Map<String, Object> java = new LinkedHashMap<>();
        for (String key : List.of("java.version", "java.vendor", "java.vm.name", "java.vm.version", "java.home")) {
            java.put(key, System.getProperty(key, ""));
        }
        java.put("maxMemory", Runtime.getRuntime().maxMemory());
        out.put("java", java);
        Map<String, Object> os = new LinkedHashMap<>();
        for (String key : List.of("os.name", "os.version", "os.arch", "file.encoding", "sun.jnu.encoding")) {
            os.put(key, System.getProperty(key, ""));
        }
        os.put("processors", Runtime.getRuntime().availableProcessors());
        os.put("locale", Locale.getDefault().toLanguageTag());
        os.put("timeZone", ZoneId.systemDefault().getId());
        out.put("os", os);
        Map<String, Object> paths = new LinkedHashMap<>();
        paths.put("database", database.toString());
        paths.put("logs", String.valueOf(logDir));
        out.put("paths", paths);
        out.put("disk", disk());
        out.put("database", databaseFacts());
        out.put("backups", backups());
        return out;
    }

    private Map<String, Object> disk() {
        Map<String, Object> disk = new LinkedHashMap<>();
        try {
            var store = Files.getFileStore(database.getParent());
            disk.put("total", store.getTotalSpace());
            disk.put("usable", store.getUsableSpace());
            disk.put("type", store.type());
        } catch (IOException | RuntimeException e) {
            disk.put("problem", e.getClass().getSimpleName());
        }
        return disk;
    }

    private Map<String, Object> databaseFacts() {
        Map<String, Object> db = new LinkedHashMap<>();
        db.put("exists", Files.isRegularFile(database));
        db.put("size", size(database));
        db.put("walSize", size(Path.of(database + "-wal")));
        db.put("restorePending", Files.exists(Path.of(database + ".restore-pending")));
        if (!Files.isRegularFile(database)) {
            return db;
        }
        try {
            DatabaseFile.readShared(database, c -> {
                DatabaseFile.Facts facts = DatabaseFile.facts(c, DatabaseFile.Check.QUICK);
                db.put("applicationId", facts.applicationId());
                db.put("ours", facts.ours());
                db.put("schemaVersion", facts.schemaVersion());
                db.put("pageSize", facts.pageSize());
                db.put("pageCount", facts.pageCount());
                db.put("freePages", facts.freePages());
                db.put("journalMode", facts.journalMode());
                db.put("sqliteVersion", facts.sqliteVersion());
                // SQLite's complaints name pages and indexes, never values
                db.put("quickCheck", facts.intact() ? List.of("ok")
                        : facts.integrity().subList(0, Math.min(20, facts.integrity().size())));
                if (facts.ours()) {
                    db.put("migrations", Sql.query(c, "SELECT version, installed_on, success FROM flyway_schema_history"
                            + " ORDER BY installed_rank", rs -> rs.getString(1) + " " + rs.getString(2) + " "
                            + (rs.getInt(3) == 1 ? "ok" : "failed")));
                    db.put("counts", DatabaseFile.counts(c));
                    db.put("auditEntries", Sql.queryLong(c, "SELECT count(*) FROM audit_log"));
                    db.put("lastChange", DatabaseFile.lastChange(c));
                    db.put("evidenceFiles", Sql.queryLong(c, "SELECT count(DISTINCT file_path) FROM evidence"));
                    db.put("evidenceBytes", Sql.queryLong(c, "SELECT coalesce(sum(size_bytes), 0) FROM evidence"));
                }
                return null;
            });
        } catch (StoreException e) {
            LOG.info("diagnostics: cannot read {}: {}", database, e.getMessage());
            db.put("problem", e.problem().name());
        }
        return db;
    }

    private List<Map<String, Object>> backups() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (BackupEntry b : new BackupService(database, clock).list()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", b.file().getFileName().toString());
            m.put("size", b.size());
            m.put("createdAt", b.createdAt().toString());
            m.put("reason", b.reason().map(Enum::name).orElse("UNREADABLE"));
            b.manifest().ifPresent(man -> {
                m.put("schemaVersion", man.schemaVersion());
                m.put("visits", man.visits());
            });
            out.add(m);
        }
        return out;
    }

    private static long size(Path p) {
        try {
            return Files.isRegularFile(p) ? Files.size(p) : 0;
        } catch (IOException e) {
            return 0;
        }
    }
}
