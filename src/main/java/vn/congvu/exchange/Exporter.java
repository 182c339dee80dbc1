package vn.congvu.exchange;

import vn.congvu.store.Actor;
import vn.congvu.store.Sql;
import vn.congvu.store.Table;
import vn.congvu.store.VersionVector;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Writes a package from one read snapshot. The file appears under its name only once complete and on
 * disk (written beside it under a temporary name, then renamed), so a half-written package is never
 * mistaken for one.
 */
public final class Exporter {

    /** A record version that went into a package, to remember what a recipient was sent. */
    public record SentVersion(Table table, String id, String device, long revision) {
    }

    /** The package written. */
    public record Outcome(Path file, Manifest manifest, List<SentVersion> sent, int evidenceFiles, long bytes) {
    }

    private final PackageCrypto crypto;
    private final KdfParams kdf;

    public Exporter(PackageCrypto crypto, KdfParams kdf) {
        this.crypto = crypto;
        this.kdf = kdf;
    }

    public Outcome export(Connection c, ExportScope scope, Path out, char[] passphrase, Actor actor, String appVersion,
                          String packageId, Instant now, Path dataDir, ProgressListener progress,
                          BooleanSupplier cancelled) throws SQLException, IOException {
        Schema schema = Schema.read(c);
        progress.progress(ProgressListener.Phase.COLLECTING, 0, 1);
        Map<Table, Map<String, Map<String, Object>>> rows = new ExportSelection(schema).select(c, scope);
        if (scope.sinceLastTo() != null) {
            dropAlreadySent(c, scope.sinceLastTo(), rows);
        }
        List<SentVersion> sent = new ArrayList<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<TableData> tables = new ArrayList<>();
        Set<String> exportedIds = new HashSet<>();
        Map<String, Object[]> evidence = new LinkedHashMap<>();
        for (Map.Entry<Table, Map<String, Map<String, Object>>> e : rows.entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            Table t = e.getKey();
            List<String> columns = schema.info(t).columnNames();
            Map<String, VersionVector> clocks = ExportSelection.clocks(c, t, e.getValue());
            List<Object[]> data = new ArrayList<>();
            List<VersionVector> dataClocks = new ArrayList<>();
            for (Map<String, Object> row : e.getValue().values()) {
                data.add(columns.stream().map(row::get).toArray());
                String id = (String) row.get("id");
                dataClocks.add(clocks.get(id));
                exportedIds.add(id);
                sent.add(new SentVersion(t, id, (String) row.get("device"), ((Number) row.get("revision")).longValue()));
                if (t == Table.EVIDENCE && ((Number) row.get("deleted")).intValue() == 0) {
                    evidence.putIfAbsent((String) row.get("sha256"), new Object[] {row.get("file_path"),
                            ((Number) row.get("size_bytes")).longValue()});
                }
            }
            tables.add(new TableData(t.sqlName(), columns, data, dataClocks));
            counts.put(t.sqlName(), data.size());
        }
        TableData audit = auditOf(c, schema, exportedIds);
        if (!audit.rows().isEmpty()) {
            counts.put(PackageLayout.AUDIT_TABLE, audit.rows().size());
        }

        Path dir = out.toAbsolutePath().getParent();
        Path tmp = dir.resolve("." + out.getFileName() + "." + UUID.randomUUID() + ".part");
        boolean done = false;
        try {
            Manifest manifest;
            int files = 0;
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream raw = new BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16);
                // neither the zip nor the encryption may close the file: it is forced to disk first
                OutputStream sink = passphrase == null ? new NonClosing(raw)
                        : crypto.encrypting(new NonClosing(raw), passphrase, kdf);
                PackageWriter writer = new PackageWriter(sink, now.toEpochMilli());
                int step = 0;
                for (TableData t : tables) {
                    checkCancelled(cancelled);
                    writer.addRecords(t);
                    progress.progress(ProgressListener.Phase.WRITING, ++step, tables.size());
                }
                if (!audit.rows().isEmpty()) {
                    writer.addRecords(audit);
                }
                EvidenceFiles files0 = new EvidenceFiles(dataDir);
                for (Map.Entry<String, Object[]> e : evidence.entrySet()) {
                    checkCancelled(cancelled);
                    writer.addEvidence(e.getKey(), (Long) e.getValue()[1], files0.target((String) e.getValue()[0]));
                    progress.progress(ProgressListener.Phase.COPYING_EVIDENCE, ++files, evidence.size());
                }
                manifest = new Manifest(PackageLayout.FORMAT_VERSION, vn.congvu.store.Database.SCHEMA_VERSION,
                        appVersion, packageId, now, actor.device(), actor.author(), manifestScope(c, scope), counts,
                        writer.entries());
                writer.finish(manifest);
                sink.close(); // the last encrypted chunk
                raw.flush();
                ch.force(true);
            }
            move(tmp, out);
            done = true;
            return new Outcome(out, manifest, sent, files, Files.size(out));
        } finally {
            if (!done) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    private static void move(Path tmp, Path out) throws IOException {
        try {
            Files.move(tmp, out, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, out);
        }
    }

    private static void checkCancelled(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("export cancelled");
        }
    }

    private static Manifest.Scope manifestScope(Connection c, ExportScope scope) throws SQLException {
        String planNumber = scope.planId() == null ? null
                : Sql.queryOne(c, "SELECT number FROM plans WHERE id = ?", rs -> rs.getString(1), scope.planId()).orElse(null);
        return new Manifest.Scope(scope.kind().name(), scope.planId(), planNumber, scope.visitIds(), scope.sinceLastTo());
    }

    private static void dropAlreadySent(Connection c, String recipient, Map<Table, Map<String, Map<String, Object>>> rows)
            throws SQLException {
        Map<String, String> sent = new HashMap<>();
        for (String[] r : Sql.query(c, "SELECT tbl, id, device, revision FROM sync_sent WHERE recipient = ?",
                rs -> new String[] {rs.getString(1) + "/" + rs.getString(2), rs.getString(3) + "/" + rs.getLong(4)},
                recipient)) {
            sent.put(r[0], r[1]);
        }
        for (Map.Entry<Table, Map<String, Map<String, Object>>> e : rows.entrySet()) {
            e.getValue().values().removeIf(row -> (row.get("device") + "/" + ((Number) row.get("revision")).longValue())
                    .equals(sent.get(e.getKey().sqlName() + "/" + row.get("id"))));
        }
    }

    /** The history of the exported records, so the receiving laptop's audit log shows who did what where. */
    private static TableData auditOf(Connection c, Schema schema, Set<String> ids) throws SQLException {
        List<String> columns = schema.auditColumns().stream().map(Schema.Column::name).toList();
        List<Object[]> rows = new ArrayList<>();
        for (Object[] r : Sql.query(c, "SELECT " + String.join(", ", columns) + " FROM audit_log WHERE action IN"
                + " ('CREATE', 'UPDATE', 'DELETE', 'CONFLICT', 'RESOLVE', 'FINALISE', 'REOPEN') ORDER BY at, id", rs -> {
            Object[] out = new Object[columns.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = rs.getObject(i + 1);
            }
            return out;
        })) {
            if (ids.contains((String) r[columns.indexOf("entity_id")])) {
                rows.add(r);
            }
        }
        return new TableData(PackageLayout.AUDIT_TABLE, columns, rows, null);
    }

    /** Lets the zip writer close its stream without closing the encryption under it too early. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
