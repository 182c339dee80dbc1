package vn.congvu.app.exchange;

import vn.congvu.app.AppException;
import vn.congvu.app.StoreErrors;
import vn.congvu.exchange.ConflictStore;
import vn.congvu.exchange.ExportScope;
import vn.congvu.exchange.Exporter;
import vn.congvu.exchange.Importer;
import vn.congvu.exchange.KdfParams;
import vn.congvu.exchange.MergeReport;
import vn.congvu.exchange.OpenedPackage;
import vn.congvu.exchange.PackageCrypto;
import vn.congvu.exchange.PackageException;
import vn.congvu.exchange.PackageLimits;
import vn.congvu.exchange.ProgressListener;
import vn.congvu.store.Database;
import vn.congvu.store.RecordWriter;
import vn.congvu.store.Sql;
import vn.congvu.store.StoreException;
import vn.congvu.store.Table;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * Packages between laptops and the conflicts they bring: the use cases of the export dialog, the import
 * wizard and the Conflicts screen (and of the {@code package} and {@code conflicts} commands).
 * Long calls take a {@link ProgressListener} and a cancel flag and must run off the UI thread.
 */
public final class ExchangeService {

    /** Which side of a conflict to keep. */
    public enum Keep {
        LOCAL, INCOMING
    }

    /**
     * An export: where to, what, and optionally a passphrase (the package is then encrypted).
     *
     * @param overwrite replace an existing file (the UI asks first); otherwise an existing file is refused
     */
    public record ExportRequest(Path file, ExportScope scope, char[] passphrase, boolean overwrite) {
    }

    private final Database db;
    private final RecordWriter writer;
    private final Path dataDir;
    private final String appVersion;
    private final PackageCrypto crypto;
    private final KdfParams kdf;
    private final PackageLimits limits;
    private final ConflictStore conflicts = new ConflictStore();

    public ExchangeService(Database db, RecordWriter writer, Path dataDir, String appVersion, PackageCrypto crypto,
                           KdfParams kdf, PackageLimits limits) {
        this.db = db;
        this.writer = writer;
        this.dataDir = dataDir;
        this.appVersion = appVersion;
        this.crypto = crypto;
        this.kdf = kdf;
        this.limits = limits;
    }

    // --- export -----------------------------------------------------------------------------------

    /**
     * Writes a package. With {@code sinceLastTo}, only what changed since the last package for that
     * person, and that person is then remembered as having been sent this package's versions.
     */
    public ExportResult export(ExportRequest request, ProgressListener progress, BooleanSupplier cancelled) {
        Path file = request.file().toAbsolutePath();
        if (Files.isDirectory(file) || file.getParent() == null || !Files.isDirectory(file.getParent())) {
            throw new AppException("error.export.packageFolderMissing", String.valueOf(file.getParent()));
        }
        if (Files.exists(file) && !request.overwrite()) {
            throw new AppException("error.package.exists", file.toString());
        }
        ExportScope scope = checkScope(request.scope());
        String packageId = writer.newId();
        Exporter.Outcome outcome;
        try {
            outcome = db.read(c -> {
                try {
                    return new Exporter(crypto, kdf).export(c, scope, file, emptyToNull(request.passphrase()),
                            writer.actor(), appVersion, packageId, writer.clock().instant(), dataDir, progress, cancelled);
                } catch (IOException e) {
                    throw new AppException(e, "error.export.io", file.toString());
                }
            });
        } catch (PackageException e) {
            throw new AppException(e, "error.export.evidenceMissing", String.join(" ",
                    java.util.Arrays.stream(e.args()).map(String::valueOf).toList()));
        } catch (StoreException e) {
            throw StoreErrors.toAppException(e, db.file());
        }
        db.write(c -> {
            if (scope.sinceLastTo() != null) {
                rememberSent(c, scope.sinceLastTo(), outcome.sent());
            }
            Map<String, Object> details = new LinkedHashMap<>(outcome.manifest().counts());
            details.put("file", file.getFileName().toString());
            details.put("recipient", scope.sinceLastTo());
            writer.auditEvent(c, "package", packageId, "EXPORT", details);
            return null;
        });
        return new ExportResult(file, packageId, outcome.manifest().counts(), outcome.evidenceFiles(), outcome.bytes(),
                request.passphrase() != null && request.passphrase().length > 0);
    }

    private ExportScope checkScope(ExportScope scope) {
        if (scope.kind() == ExportScope.Kind.PLAN && db.read(c -> Sql.queryLong(c,
                "SELECT count(*) FROM plans WHERE id = ?", scope.planId())) == 0) {
            throw new AppException("error.plan.notFound", String.valueOf(scope.planId()));
        }
        for (String v : scope.visitIds()) {
            if (db.read(c -> Sql.queryLong(c, "SELECT count(*) FROM visits WHERE id = ?", v)) == 0) {
                throw new AppException("error.visit.notFound", v);
            }
        }
        return scope;
    }

    private static void rememberSent(java.sql.Connection c, String recipient, List<Exporter.SentVersion> sent)
            throws java.sql.SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO sync_sent (recipient, tbl, id, device, revision)"
                + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (recipient, tbl, id) DO UPDATE SET device = excluded.device,"
                + " revision = excluded.revision")) {
            for (Exporter.SentVersion s : sent) {
                Sql.bind(ps, recipient, s.table().sqlName(), s.id(), s.device(), s.revision());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    // --- import -----------------------------------------------------------------------------------

    /** Checks a package and works out what importing it would do. Writes nothing. */
    public ImportPreview preview(Path file, char[] passphrase) {
        try (OpenedPackage pkg = open(file, passphrase); Importer importer = new Importer(pkg, writer, dataDir)) {
            MergeReport r = read(file, importer::preview);
            return new ImportPreview(r.manifest(), r.counts(), r.items(), r.evidenceFiles(), r.alreadyImported(),
                    pkg.encrypted(), r.auditEntries());
        }
    }

    /**
     * Imports a package: checks all of it, copies its evidence files (each against its hash), then applies
     * every record in one transaction. Cancelling, or any failure, leaves the database and the data folder
     * as they were.
     */
    public ImportResult importPackage(Path file, char[] passphrase, ProgressListener progress, BooleanSupplier cancelled) {
        progress.progress(ProgressListener.Phase.CHECKING, 0, 1);
        try (OpenedPackage pkg = open(file, passphrase)) {
            progress.progress(ProgressListener.Phase.CHECKING, 1, 1);
            Importer importer = new Importer(pkg, writer, dataDir);
            boolean committed = false;
            try {
                read(file, importer::prepare);
                importer.startCopying(progress, cancelled);
                MergeReport r;
                try {
                    r = db.write(c -> importer.apply(c, progress, cancelled));
                } catch (PackageException e) {
                    throw PackageErrors.toAppException(e, file);
                } catch (StoreException e) {
                    throw new AppException(e, "error.package.rejectedByDatabase", file.getFileName().toString(),
                            String.valueOf(e.getMessage()));
                }
                committed = true;
                return new ImportResult(r.manifest(), r.counts(), r.items(), r.evidenceFiles());
            } finally {
                importer.close();
                if (!committed) {
                    importer.undoFiles();
                }
            }
        }
    }

    private OpenedPackage open(Path file, char[] passphrase) {
        if (!Files.isRegularFile(file)) {
            throw new AppException("error.file.notFound", file.toString());
        }
        try {
            return OpenedPackage.open(file, emptyToNull(passphrase), limits, Database.SCHEMA_VERSION, crypto);
        } catch (PackageException e) {
            throw PackageErrors.toAppException(e, file);
        }
    }

    private <T> T read(Path file, vn.congvu.store.SqlWork<T> work) {
        try {
            return db.read(work);
        } catch (PackageException e) {
            throw PackageErrors.toAppException(e, file);
        }
    }

    // --- conflicts --------------------------------------------------------------------------------

    /** Conflicts, oldest first; only those still to decide when {@code openOnly}. */
    public List<ConflictView> conflicts(boolean openOnly) {
        return db.read(c -> conflicts.list(c, openOnly)).stream().map(ExchangeService::view).toList();
    }

    public int openConflictCount() {
        return (int) (long) db.read(c -> Sql.queryLong(c, "SELECT count(*) FROM sync_conflicts WHERE status = 'OPEN'"));
    }

    /** The conflict with this id, or with the one id starting with it (at least 6 characters). */
    public ConflictView conflict(String idOrPrefix) {
        return view(find(idOrPrefix));
    }

    /**
     * Keeps one side of an open conflict, as a new version that includes both histories (so the choice
     * travels to the other laptops and closes the conflict there too).
     */
    public ConflictView resolve(String idOrPrefix, Keep keep) {
        Objects.requireNonNull(keep);
        try {
            return db.write(c -> {
                ConflictStore.StoredConflict k = find(idOrPrefix);
                conflicts.resolve(c, k, keep == Keep.INCOMING, writer);
                return view(conflicts.find(c, k.id()).orElseThrow());
            });
        } catch (ConflictStore.RefusedException e) {
            throw new AppException(e, e.reason() == ConflictStore.RefusedException.Reason.NOT_OPEN
                    ? "error.conflict.notOpen" : "error.conflict.visitFinalised", idOrPrefix.trim());
        }
    }

    private ConflictStore.StoredConflict find(String idOrPrefix) {
        String wanted = idOrPrefix == null ? "" : idOrPrefix.trim();
        return db.read(c -> {
            List<String> ids = conflicts.idsStartingWith(c, wanted, 2);
            if (ids.isEmpty() || !ids.contains(wanted) && (wanted.length() < 6 || ids.size() > 1)) {
                throw new AppException(ids.size() > 1 ? "error.conflict.ambiguous" : "error.conflict.notFound", wanted);
            }
            return conflicts.find(c, ids.contains(wanted) ? wanted : ids.get(0)).orElseThrow();
        });
    }

    static ConflictView view(ConflictStore.StoredConflict k) {
        Map<String, Object> local = k.localRow() == null ? Map.of() : k.localRow();
        Map<String, Object> incoming = k.incomingRow();
        List<ConflictView.FieldDiff> fields = new ArrayList<>();
        List<String> columns = new ArrayList<>(incoming.keySet());
        local.keySet().stream().filter(col -> !columns.contains(col)).forEach(columns::add);
        for (String col : columns) {
            if (List.of("id", "created_at", "updated_at", "author", "device", "revision").contains(col)) {
                continue;
            }
            String l = text(local.get(col));
            String i = text(incoming.get(col));
            fields.add(new ConflictView.FieldDiff(col, l, i, !Objects.equals(l, i)));
        }
        fields.sort(Comparator.comparing((ConflictView.FieldDiff f) -> !f.differs()));
        return new ConflictView(k.id(), k.table().sqlName(), TableNames.key(k.table().sqlName()), k.recordId(),
                k.otherId(), k.visitId(), k.kind(), k.status(), k.resolution(), label(incoming), k.sourceAuthor(),
                k.sourceDevice(), k.detectedAt(), k.resolvedAt(), k.resolvedBy(), fields,
                k.localRow() == null ? null : version(local), version(incoming));
    }

    private static ConflictView.VersionInfo version(Map<String, Object> row) {
        return new ConflictView.VersionInfo(text(row.get("author")), text(row.get("device")), text(row.get("updated_at")),
                ((Number) row.get("revision")).longValue(), ((Number) row.get("deleted")).intValue() == 1);
    }

    private static String label(Map<String, Object> row) {
        for (String col : List.of("name", "full_name", "title", "code", "procedure_name", "text", "note", "day")) {
            if (row.get(col) != null && !row.get(col).toString().isBlank()) {
                return row.get(col).toString();
            }
        }
        return String.valueOf(row.get("id"));
    }

    private static String text(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
            return String.valueOf(d.longValue());
        }
        return v.toString();
    }

    private static char[] emptyToNull(char[] p) {
        return p == null || p.length == 0 ? null : p;
    }

    /** The SQL names of the tables a package may hold, for screens that list them ({@link TableNames}). */
    public static List<String> exchangedTables() {
        return vn.congvu.exchange.Schema.EXCHANGED.stream().map(Table::sqlName).toList();
    }
}
