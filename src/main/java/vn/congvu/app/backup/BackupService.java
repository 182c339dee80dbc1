package vn.congvu.app.backup;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.congvu.app.AppException;
import vn.congvu.app.AppVersion;
import vn.congvu.app.ProgressSink;
import vn.congvu.store.Database;
import vn.congvu.store.DatabaseFile;
import vn.congvu.store.EvidenceRepository;
import vn.congvu.store.StoreException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Backups of one database and restores from them.
 *
 * <p><b>The copy.</b> {@code VACUUM INTO} (see {@link Database#snapshotTo}) rather than the online backup
 * API: both give a consistent copy of a live WAL database, but VACUUM INTO is one read transaction that
 * saves never restart (the backup API starts over when another connection writes during its steps, which
 * on a busy database may never finish), and its output is compact and a standalone file in rollback mode,
 * ready to be zipped and checked. The copy is checked with {@code PRAGMA quick_check} before it is kept.
 *
 * <p><b>Evidence.</b> Automatic backups list the evidence files with their SHA-256 but do not copy them:
 * photos are the bulk of the data folder, they are kept under their hash and never change once written, so
 * ten copies of them would fill the disk of a laptop for no gain. What changes all the time, and what a
 * crash or a bad disk damages, is the database. A backup to a file the user chooses (to take it off the
 * laptop) holds the evidence files too, each checked against its hash on the way in.
 *
 * <p><b>Files.</b> Backups are zips in {@code backups/} beside the database, named
 * {@code <database>-<yyyyMMdd-HHmmss>-<why>.zip}. Every file is written under a temporary name, forced to
 * disk and renamed, so a crash never leaves a half-written backup under a real name. Automatic backups are
 * rotated: the newest {@value #KEEP_NEWEST}, and the newest of each month for {@value #KEEP_MONTHS} months.
 *
 * <p><b>Restore</b> (the database must be closed): the backup is checked whole first (a zip of ours, its
 * manifest, the copy's hash, SQLite's full integrity check, not from a newer schema); then the current
 * database is kept as a backup; then the checked copy replaces it by one rename, recorded in a
 * {@code .restore-pending} marker so that a restore interrupted by a crash is finished at the next start
 * ({@link #finishInterruptedRestore}). A refused restore changes nothing.
 */
public final class BackupService {

    public static final String FOLDER = "backups";
    static final int KEEP_NEWEST = 10;
    static final int KEEP_MONTHS = 24;
    static final int KEEP_BEFORE_RESTORE = 5;
    static final String PENDING_SUFFIX = ".restore-pending";
    static final String STAGING_PREFIX = ".restore-";
    private static final String SNAPSHOT_PREFIX = ".snapshot-";
    private static final long SPACE_MARGIN = 1024 * 1024;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);

    private final Path database;
    private final Clock clock;
    private final Database open;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);
    private final Object automaticLock = new Object();

    /** For a database that is closed (or cannot be opened): listing, checking and restoring. */
    public BackupService(Path databaseFile, Clock clock) {
        this(databaseFile, clock, null);
    }

    /** For the open database of a workspace: backups as well. */
    public BackupService(Database open, Clock clock) {
        this(open.file(), clock, open);
    }

    private BackupService(Path databaseFile, Clock clock, Database open) {
        this.database = databaseFile.toAbsolutePath().normalize();
        this.clock = clock;
        this.open = open;
    }

    public Path database() {
        return database;
    }

    public Path folder() {
        return dataDir().resolve(FOLDER);
    }

    private Path dataDir() {
        return database.getParent();
    }

    private String stem() {
        String name = database.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    // --- listing ------------------------------------------------------------------------------------------

    /**
     * The backups of this database kept in the data folder: those that open as backups newest first, then
     * any that do not (damaged), newest first.
     */
    public List<BackupEntry> list() {
        Path folder = folder();
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        Pattern name = Pattern.compile(Pattern.quote(stem()) + "-\\d{8}-\\d{6}(-\\d+)?-[a-z-]+\\.zip");
        List<BackupEntry> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> name.matcher(p.getFileName().toString()).matches()).toList()) {
                out.add(describe(f));
            }
        } catch (IOException e) {
            LOG.warn("cannot list {}", folder, e);
            return List.of();
        }
        out.sort(Comparator.comparing(BackupEntry::readable).reversed()
                .thenComparing(Comparator.comparing(BackupEntry::createdAt).reversed()));
        return out;
    }

    /** The newest backup that opens as one (its database is checked only when restored). */
    public Optional<BackupEntry> latestGood() {
        return list().stream().filter(BackupEntry::readable).findFirst();
    }

    /** A backup file with its manifest if it has one of ours; never throws for a bad file. */
    public BackupEntry describe(Path file) {
        long size = 0;
        Instant modified = Instant.EPOCH;
        try {
            size = Files.size(file);
            modified = Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            LOG.info("cannot read {}: {}", file, e.toString());
        }
        Optional<BackupManifest> manifest;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            manifest = Optional.of(readManifest(zip, file));
        } catch (IOException | AppException e) {
            manifest = Optional.empty();
        }
        return new BackupEntry(file, size, modified, manifest);
    }

    // --- making backups -----------------------------------------------------------------------------------

    /**
     * An automatic backup into the data folder, then rotation. Skipped (empty) when the database holds
     * exactly what the newest backup holds.
     *
     * @throws AppException the copy failed its check (the database is damaged), or it could not be written
     */
    public Optional<BackupEntry> takeAutomatic(BackupReason reason, String visitId) {
        if (!reason.automatic()) {
            throw new IllegalArgumentException(reason + " is not automatic");
        }
        synchronized (automaticLock) {
            Path folder = createFolder(folder());
            Snapshot snap = snapshot(folder);
            try {
                Optional<BackupEntry> newest = list().stream().filter(BackupEntry::readable)
                        .filter(b -> b.reason().map(BackupReason::automatic).orElse(false)).findFirst();
                if (newest.isPresent() && newest.get().manifest().orElseThrow().database().sha256().equals(snap.sha256)) {
                    LOG.info("backup skipped: nothing changed since {}", newest.get().file().getFileName());
                    return Optional.empty();
                }
                Path target = uniqueName(folder, reason);
                writeZip(target, snap, reason, visitId, false, ProgressSink.NONE);
                LOG.info("backup {} made ({} bytes of database)", target.getFileName(), snap.size);
                rotate();
                return Optional.of(describe(target));
            } finally {
                SafeFiles.deleteQuietly(snap.file);
            }
        }
    }

    /**
     * The backup the finalisation of a visit calls for, once its transaction has committed. It never throws:
     * the visit is finalised whatever happens here; a failure is logged and returned as empty.
     */
    public Optional<BackupEntry> afterFinalisation(String visitId) {
        try {
            return takeAutomatic(BackupReason.FINALISED, visitId);
        } catch (RuntimeException e) {
            LOG.error("backup after finalising visit {} failed", visitId, e);
            return Optional.empty();
        }
    }

    /**
     * A backup to a file the user chose, with the evidence files in it when {@code withEvidence}.
     *
     * @throws AppException the target cannot be written (folder missing or read-only, disk full); nothing is
     *                      left behind then
     */
    public BackupEntry backupTo(Path target, boolean withEvidence, ProgressSink progress) {
        Path file = target.toAbsolutePath().normalize();
        Path folder = file.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new AppException("error.export.folderMissing", String.valueOf(folder));
        }
        if (Files.isDirectory(file)) {
            throw new AppException("error.store.NOT_A_FILE", file.toString());
        }
        Snapshot snap = snapshot(folder);
        try {
            writeZip(file, snap, BackupReason.MANUAL, null, withEvidence, progress);
            LOG.info("backup written to {}", file);
            return describe(file);
        } finally {
            SafeFiles.deleteQuietly(snap.file);
        }
    }

    private record Snapshot(Path file, long size, String sha256, DatabaseFile.Facts facts, Map<String, Long> counts,
                            String lastChange, List<EvidenceRepository.KeptFile> evidence) {
    }

    /** A checked copy of the open database in {@code folder}, under a temporary name. */
    private Snapshot snapshot(Path folder) {
        if (open == null) {
            throw new IllegalStateException("no open database to back up");
        }
        long needed = sizeOf(database) + sizeOf(Path.of(database + "-wal")) + SPACE_MARGIN;
        if (usableSpace(folder) < needed) {
            throw new AppException("error.backup.diskFull", folder.toString());
        }
        Path tmp = folder.resolve(SNAPSHOT_PREFIX + UUID.randomUUID() + ".db");
        try {
            open.snapshotTo(tmp);
            record Read(DatabaseFile.Facts facts, Map<String, Long> counts, String lastChange,
                        List<EvidenceRepository.KeptFile> evidence) {
            }
            Read read = DatabaseFile.readCopy(tmp, c -> new Read(DatabaseFile.facts(c, DatabaseFile.Check.QUICK),
                    DatabaseFile.counts(c), DatabaseFile.lastChange(c), EvidenceRepository.keptFiles(c)));
            if (!read.facts.intact()) {
                LOG.error("the copy of {} failed its check: {}", database, read.facts.integrity());
                throw new AppException("error.backup.sourceDamaged", database.toString());
            }
            return new Snapshot(tmp, Files.size(tmp), SafeFiles.sha256(tmp), read.facts, read.counts, read.lastChange,
                    read.evidence);
        } catch (StoreException e) {
            SafeFiles.deleteQuietly(tmp);
            throw switch (e.problem()) {
                case DISK_FULL -> new AppException(e, "error.backup.diskFull", folder.toString());
                case NOT_WRITABLE -> new AppException(e, "error.backup.notWritable", folder.toString());
                case CORRUPT, NOT_A_DATABASE -> new AppException(e, "error.backup.sourceDamaged", database.toString());
                default -> new AppException(e, "error.backup.writeFailed", folder.toString());
            };
        } catch (IOException e) {
            SafeFiles.deleteQuietly(tmp);
            throw writeFailure(e, folder, folder);
        } catch (RuntimeException e) {
            SafeFiles.deleteQuietly(tmp);
            throw e;
        }
    }

    private void writeZip(Path target, Snapshot snap, BackupReason reason, String visitId, boolean withEvidence,
                          ProgressSink progress) {
        Path part = target.resolveSibling(".~" + target.getFileName() + "." + UUID.randomUUID() + ".part");
        List<BackupManifest.EvidenceFile> files = snap.evidence.stream()
                .map(f -> new BackupManifest.EvidenceFile(f.relativePath(), f.sha256(), f.size())).toList();
        long total = snap.size + (withEvidence ? files.stream().mapToLong(BackupManifest.EvidenceFile::size).sum() : 0);
        try {
            List<String> missing = new ArrayList<>();
            try (OutputStream raw = Files.newOutputStream(part, StandardOpenOption.CREATE_NEW);
                 ZipOutputStream zip = new ZipOutputStream(raw)) {
                long done = 0;
                zip.setLevel(Deflater.BEST_SPEED);
                zip.putNextEntry(new ZipEntry(database.getFileName().toString()));
                done = copy(snap.file, zip, done, total, progress, null);
                zip.closeEntry();
                if (withEvidence) {
                    // photos are compressed already: storing them deflated again would only cost time
                    zip.setLevel(Deflater.NO_COMPRESSION);
                    for (BackupManifest.EvidenceFile f : files) {
                        Path source = dataDir().resolve(f.path().replace('/', java.io.File.separatorChar));
                        if (!Files.isRegularFile(source)) {
                            missing.add(f.path());
                            continue;
                        }
                        MessageDigest sha = SafeFiles.sha256();
                        zip.putNextEntry(new ZipEntry(f.path()));
                        done = copy(source, zip, done, total, progress, sha);
                        zip.closeEntry();
                        if (!HexFormat.of().formatHex(sha.digest()).equals(f.sha256())) {
                            LOG.warn("evidence {} does not match its hash", f.path());
                            missing.add(f.path());
                        }
                    }
                    zip.setLevel(Deflater.BEST_SPEED);
                }
                BackupManifest manifest = new BackupManifest(BackupManifest.FORMAT, BackupManifest.FORMAT_VERSION,
                        AppVersion.current(), snap.facts.schemaVersion(), clock.instant(), reason, visitId,
                        database.getFileName().toString(),
                        new BackupManifest.DatabaseCopy(database.getFileName().toString(), null, snap.size, snap.sha256,
                                "ok"),
                        snap.counts, snap.lastChange, new BackupManifest.Evidence(withEvidence, files, missing));
                zip.putNextEntry(new ZipEntry(BackupManifest.ENTRY));
                zip.write(json.writeValueAsBytes(manifest));
                zip.closeEntry();
            }
            SafeFiles.sync(part);
            SafeFiles.moveAtomically(part, target);
        } catch (java.util.concurrent.CancellationException e) {
            SafeFiles.deleteQuietly(part);
            throw e;
        } catch (IOException e) {
            SafeFiles.deleteQuietly(part);
            throw writeFailure(e, target.getParent(), target);
        } catch (RuntimeException e) {
            SafeFiles.deleteQuietly(part);
            throw e;
        }
    }

    private static long copy(Path source, OutputStream out, long done, long total, ProgressSink progress,
                             MessageDigest sha) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(source)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                if (progress.isCancelled()) {
                    throw new java.util.concurrent.CancellationException("backup cancelled");
                }
                out.write(buffer, 0, n);
                if (sha != null) {
                    sha.update(buffer, 0, n);
                }
                done += n;
                progress.update(done, total);
            }
        }
        return done;
    }

    private Path uniqueName(Path folder, BackupReason reason) {
        String stamp = STAMP.format(LocalDateTime.ofInstant(clock.instant(), clock.getZone()));
        Path candidate = folder.resolve(stem() + "-" + stamp + "-" + reason.slug() + ".zip");
        for (int i = 2; Files.exists(candidate); i++) {
            candidate = folder.resolve(stem() + "-" + stamp + "-" + i + "-" + reason.slug() + ".zip");
        }
        return candidate;
    }

    /**
     * Keeps the newest {@value #KEEP_NEWEST} automatic backups and the newest of each of the last
     * {@value #KEEP_MONTHS} months, and the newest {@value #KEEP_BEFORE_RESTORE} kept before restores.
     * Files that do not open as backups are left alone: they are not ours to judge.
     */
    void rotate() {
        List<BackupEntry> all = list().stream().filter(BackupEntry::readable).toList();
        List<BackupEntry> automatic = all.stream().filter(b -> b.reason().orElseThrow().automatic()).toList();
        ZoneId zone = clock.getZone();
        YearMonth oldestMonth = YearMonth.from(clock.instant().atZone(zone)).minusMonths(KEEP_MONTHS - 1L);
        Set<YearMonth> monthsKept = new HashSet<>();
        List<BackupEntry> doomed = new ArrayList<>();
        for (int i = 0; i < automatic.size(); i++) {
            BackupEntry b = automatic.get(i);
            YearMonth month = YearMonth.from(b.createdAt().atZone(zone));
            boolean newestOfMonth = monthsKept.add(month);
            if (i < KEEP_NEWEST || newestOfMonth && !month.isBefore(oldestMonth)) {
                continue;
            }
            doomed.add(b);
        }
        List<BackupEntry> beforeRestore = all.stream()
                .filter(b -> b.reason().orElseThrow() == BackupReason.BEFORE_RESTORE).toList();
        doomed.addAll(beforeRestore.subList(Math.min(KEEP_BEFORE_RESTORE, beforeRestore.size()), beforeRestore.size()));
        for (BackupEntry b : doomed) {
            LOG.info("rotating out backup {}", b.file().getFileName());
            SafeFiles.deleteQuietly(b.file());
        }
    }

    // --- checking and restoring ---------------------------------------------------------------------------

    /** A backup checked whole, its database copy extracted (and its WAL applied) at {@code copy}. */
    private record Checked(BackupManifest manifest, Path copy) {
    }

    /**
     * Checks a backup whole, as a restore would, without changing anything.
     *
     * @throws AppException it is not a backup of this app, it is damaged, or it comes from a newer version
     */
    public BackupManifest check(Path backupFile) {
        Path work = createTempDir(null);
        try {
            return check(backupFile, work, ProgressSink.NONE).manifest;
        } finally {
            SafeFiles.deleteTreeQuietly(work);
        }
    }

    private Checked check(Path backupFile, Path work, ProgressSink progress) {
        Path file = backupFile.toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            throw new AppException("error.file.notFound", file.toString());
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            BackupManifest manifest = readManifest(zip, file);
            if (manifest.formatVersion() > BackupManifest.FORMAT_VERSION || manifest.schemaVersion() > Database.SCHEMA_VERSION) {
                throw new AppException("error.backup.newer", file.toString(), manifest.appVersion());
            }
            BackupManifest.DatabaseCopy dbCopy = manifest.database();
            ZipEntry dbEntry = dbCopy == null || dbCopy.entry() == null ? null : zip.getEntry(dbCopy.entry());
            if (dbEntry == null) {
                throw new AppException("error.backup.damaged", file.toString());
            }
            Path copy = work.resolve("restored.db");
            String sha = extract(zip, dbEntry, copy, dbCopy.size(), progress);
            if (!sha.equals(dbCopy.sha256())) {
                throw new AppException("error.backup.damaged", file.toString());
            }
            if (dbCopy.walEntry() != null) {
                ZipEntry wal = zip.getEntry(dbCopy.walEntry());
                if (wal == null) {
                    throw new AppException("error.backup.damaged", file.toString());
                }
                extract(zip, wal, Path.of(copy + "-wal"), wal.getSize(), ProgressSink.NONE);
                absorbWal(copy, file);
            }
            DatabaseFile.Facts facts = DatabaseFile.readCopy(copy, c -> DatabaseFile.facts(c, DatabaseFile.Check.FULL));
            if (!facts.ours()) {
                throw new AppException("error.backup.notBackup", file.toString());
            }
            if (facts.schemaVersion() > Database.SCHEMA_VERSION) {
                throw new AppException("error.backup.newer", file.toString(), manifest.appVersion());
            }
            if (!facts.intact()) {
                LOG.warn("backup {} failed its integrity check: {}", file, facts.integrity());
                throw new AppException("error.backup.damaged", file.toString());
            }
            return new Checked(manifest, copy);
        } catch (java.util.zip.ZipException e) {
            throw new AppException(e, "error.backup.notBackup", file.toString());
        } catch (StoreException e) {
            throw switch (e.problem()) {
                case DISK_FULL -> new AppException(e, "error.restore.diskFull", work.toString());
                case NOT_WRITABLE -> new AppException(e, "error.restore.notWritable", dataDir().toString());
                default -> new AppException(e, "error.backup.damaged", file.toString());
            };
        } catch (IOException e) {
            if (SafeFiles.isDiskFull(e)) {
                throw new AppException(e, "error.restore.diskFull", work.toString());
            }
            if (SafeFiles.isNotWritable(e)) {
                throw new AppException(e, "error.restore.notWritable", dataDir().toString());
            }
            throw new AppException(e, "error.backup.damaged", file.toString());
        }
    }

    /** A raw copy kept before a restore comes with its WAL: fold it into the file so the copy stands alone. */
    private static void absorbWal(Path copy, Path backup) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy); Statement st = c.createStatement()) {
            st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            st.execute("PRAGMA journal_mode = DELETE");
        } catch (SQLException e) {
            throw new AppException(e, "error.backup.damaged", backup.toString());
        }
    }

    private BackupManifest readManifest(ZipFile zip, Path file) throws IOException {
        ZipEntry entry = zip.getEntry(BackupManifest.ENTRY);
        if (entry == null || entry.getSize() > 64L * 1024 * 1024) {
            throw new AppException("error.backup.notBackup", file.toString());
        }
        BackupManifest manifest;
        try (InputStream in = zip.getInputStream(entry)) {
            manifest = json.readValue(in, BackupManifest.class);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new AppException(e, "error.backup.notBackup", file.toString());
        }
        if (!BackupManifest.FORMAT.equals(manifest.format()) || manifest.createdAt() == null || manifest.reason() == null) {
            throw new AppException("error.backup.notBackup", file.toString());
        }
        return manifest;
    }

    private static String extract(ZipFile zip, ZipEntry entry, Path target, long expectedSize, ProgressSink progress)
            throws IOException {
        MessageDigest sha = SafeFiles.sha256();
        try (InputStream in = zip.getInputStream(entry);
             OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
            byte[] buffer = new byte[64 * 1024];
            long done = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                out.write(buffer, 0, n);
                sha.update(buffer, 0, n);
                done += n;
                progress.update(done, expectedSize);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /**
     * Replaces the database with the one in {@code backupFile}, after checking it whole and keeping the
     * current database as a backup. The database must be closed (the desktop app closes its own first).
     *
     * @throws AppException the backup is refused, the database is open in the app, or the data folder cannot
     *                      be written; the current database is then exactly as it was
     */
    public RestoreResult restore(Path backupFile, ProgressSink progress) {
        if (open != null) {
            throw new IllegalStateException("close the database before restoring it");
        }
        finishInterruptedRestore(database);
        Path dataDir = dataDir();
        if (!Files.isDirectory(dataDir)) {
            throw new AppException("error.store.FOLDER_MISSING", dataDir.toString());
        }
        Path staging = createTempDir(dataDir);
        try {
            // checked first: a refused backup leaves the folder as it was, not even a lock file
            Checked checked = check(backupFile, staging, progress);
            try (InUseLock lock = InUseLock.tryExclusive(database)
                    .orElseThrow(() -> new AppException("error.restore.inUse", database.toString()))) {
                int[] evidence = restoreEvidence(backupFile, checked.manifest);
                Optional<Path> kept = keepCurrent();
                replace(checked.copy);
                LOG.info("restored {} from {} (kept the old one as {})", database, backupFile, kept.orElse(null));
                rotate();
                return new RestoreResult(checked.manifest, kept, evidence[0], evidence[1]);
            }
        } finally {
            SafeFiles.deleteTreeQuietly(staging);
        }
    }

    private Path createTempDir(Path in) {
        try {
            return in == null ? Files.createTempDirectory("congvu-check")
                    : Files.createDirectory(in.resolve(STAGING_PREFIX + UUID.randomUUID()));
        } catch (IOException e) {
            if (SafeFiles.isDiskFull(e)) {
                throw new AppException(e, "error.restore.diskFull", String.valueOf(in));
            }
            throw new AppException(e, "error.restore.notWritable", String.valueOf(in));
        }
    }

    /** Puts back evidence files that are missing here and present in the backup; returns {restored, missing}. */
    private int[] restoreEvidence(Path backupFile, BackupManifest manifest) {
        int restored = 0;
        int missing = 0;
        BackupManifest.Evidence ev = manifest.evidence();
        if (ev == null || ev.files() == null) {
            return new int[] {0, 0};
        }
        Path root = dataDir().toAbsolutePath().normalize();
        try (ZipFile zip = new ZipFile(backupFile.toFile())) {
            for (BackupManifest.EvidenceFile f : ev.files()) {
                Path target = root.resolve(f.path().replace('/', java.io.File.separatorChar)).normalize();
                if (!target.startsWith(root.resolve("evidence")) || Files.exists(target)) {
                    continue;
                }
                ZipEntry entry = ev.included() ? zip.getEntry(f.path()) : null;
                if (entry == null) {
                    missing++;
                    continue;
                }
                Files.createDirectories(target.getParent());
                Path part = target.resolveSibling(".incoming-" + UUID.randomUUID() + ".part");
                try {
                    String sha = extract(zip, entry, part, f.size(), ProgressSink.NONE);
                    if (!sha.equals(f.sha256())) {
                        LOG.warn("evidence {} in {} does not match its hash; not restored", f.path(), backupFile);
                        missing++;
                        continue;
                    }
                    SafeFiles.sync(part);
                    SafeFiles.moveAtomically(part, target);
                    restored++;
                } finally {
                    SafeFiles.deleteQuietly(part);
                }
            }
        } catch (IOException e) {
            throw SafeFiles.isDiskFull(e) ? new AppException(e, "error.restore.diskFull", root.toString())
                    : new AppException(e, "error.restore.notWritable", root.toString());
        }
        return new int[] {restored, missing};
    }

    /**
     * The database as it is now (it may be damaged, so its files are copied as they are, WAL included; it is
     * closed, so they are consistent), zipped into the backups folder. Empty when there is nothing to keep.
     */
    private Optional<Path> keepCurrent() {
        if (sizeOf(database) == 0) {
            return Optional.empty();
        }
        Path folder = createFolder(folder());
        Path wal = Path.of(database + "-wal");
        boolean withWal = sizeOf(wal) > 0;
        if (usableSpace(folder) < sizeOf(database) + sizeOf(wal) + SPACE_MARGIN) {
            throw new AppException("error.restore.diskFull", folder.toString());
        }
        Path target = uniqueName(folder, BackupReason.BEFORE_RESTORE);
        Path part = target.resolveSibling(".~" + target.getFileName() + ".part");
        try {
            String name = database.getFileName().toString();
            String sha;
            try (OutputStream raw = Files.newOutputStream(part, StandardOpenOption.CREATE_NEW);
                 ZipOutputStream zip = new ZipOutputStream(raw)) {
                zip.setLevel(Deflater.BEST_SPEED);
                zip.putNextEntry(new ZipEntry(name));
                MessageDigest digest = SafeFiles.sha256();
                copy(database, zip, 0, 0, ProgressSink.NONE, digest);
                sha = HexFormat.of().formatHex(digest.digest());
                zip.closeEntry();
                if (withWal) {
                    zip.putNextEntry(new ZipEntry(name + "-wal"));
                    copy(wal, zip, 0, 0, ProgressSink.NONE, null);
                    zip.closeEntry();
                }
                BackupManifest manifest = new BackupManifest(BackupManifest.FORMAT, BackupManifest.FORMAT_VERSION,
                        AppVersion.current(), 0, clock.instant(), BackupReason.BEFORE_RESTORE, null, name,
                        new BackupManifest.DatabaseCopy(name, withWal ? name + "-wal" : null, sizeOf(database), sha,
                                "unchecked"),
                        Map.of(), null, new BackupManifest.Evidence(false, List.of(), List.of()));
                zip.putNextEntry(new ZipEntry(BackupManifest.ENTRY));
                zip.write(json.writeValueAsBytes(manifest));
                zip.closeEntry();
            }
            SafeFiles.sync(part);
            SafeFiles.moveAtomically(part, target);
            return Optional.of(target);
        } catch (IOException e) {
            SafeFiles.deleteQuietly(part);
            throw SafeFiles.isDiskFull(e) ? new AppException(e, "error.restore.diskFull", folder.toString())
                    : new AppException(e, "error.restore.notWritable", folder.toString());
        }
    }

    /**
     * The switch: mark the restore as under way, drop the old database's WAL (it is kept in the backup made
     * just before), rename the checked copy over the database, unmark. A crash anywhere in between is
     * finished by {@link #finishInterruptedRestore} at the next start.
     */
    private void replace(Path copy) {
        Path staged = database.resolveSibling(STAGING_PREFIX + database.getFileName() + "-" + UUID.randomUUID());
        Path marker = pendingMarker(database);
        try {
            Files.move(copy, staged);
            SafeFiles.sync(staged);
            Files.writeString(marker, staged.getFileName().toString(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
            SafeFiles.sync(marker);
            SafeFiles.syncFolder(database.getParent());
        } catch (IOException e) {
            SafeFiles.deleteQuietly(staged);
            SafeFiles.deleteQuietly(marker);
            throw SafeFiles.isDiskFull(e) ? new AppException(e, "error.restore.diskFull", dataDir().toString())
                    : new AppException(e, "error.restore.notWritable", dataDir().toString());
        }
        try {
            complete(database, staged, marker);
        } catch (IOException e) {
            // the marker is there: the next start finishes the switch
            throw new AppException(e, "error.restore.failed", database.toString());
        }
    }

    static Path pendingMarker(Path database) {
        Path db = database.toAbsolutePath().normalize();
        return db.resolveSibling(db.getFileName() + PENDING_SUFFIX);
    }

    private static void complete(Path database, Path staged, Path marker) throws IOException {
        Files.deleteIfExists(Path.of(database + "-wal"));
        Files.deleteIfExists(Path.of(database + "-shm"));
        Files.deleteIfExists(Path.of(database + "-journal"));
        SafeFiles.moveAtomically(staged, database);
        Files.deleteIfExists(marker);
        SafeFiles.syncFolder(database.getParent());
    }

    /**
     * Finishes a restore that a crash interrupted, or forgets one that had not started replacing anything.
     * Cheap when there is none (one look for a marker file); called before every opening of the database.
     */
    public static void finishInterruptedRestore(Path databaseFile) {
        Path database = databaseFile.toAbsolutePath().normalize();
        Path marker = pendingMarker(database);
        if (!Files.exists(marker)) {
            return;
        }
        try {
            String stagedName = Files.readString(marker, StandardCharsets.UTF_8).strip();
            Path staged = stagedName.isEmpty() ? null : database.resolveSibling(stagedName);
            if (staged != null && staged.getFileName().toString().startsWith(STAGING_PREFIX) && Files.isRegularFile(staged)) {
                LOG.warn("finishing the restore of {} that was interrupted", database);
                complete(database, staged, marker);
            } else {
                // the rename had happened; only the marker was left
                Files.deleteIfExists(marker);
            }
        } catch (IOException e) {
            LOG.error("cannot finish the interrupted restore of {}", database, e);
            throw new AppException(e, "error.restore.failed", database.toString());
        }
    }

    // --- helpers ------------------------------------------------------------------------------------------

    private static Path createFolder(Path folder) {
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            if (SafeFiles.isDiskFull(e)) {
                throw new AppException(e, "error.backup.diskFull", folder.toString());
            }
            throw new AppException(e, "error.backup.notWritable", folder.toString());
        }
    }

    private static AppException writeFailure(IOException e, Path folder, Path target) {
        if (SafeFiles.isDiskFull(e)) {
            return new AppException(e, "error.backup.diskFull", String.valueOf(folder));
        }
        if (SafeFiles.isNotWritable(e)) {
            return new AppException(e, "error.backup.notWritable", String.valueOf(folder));
        }
        return new AppException(e, "error.backup.writeFailed", String.valueOf(target));
    }

    private static long sizeOf(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static long usableSpace(Path folder) {
        try {
            return Files.getFileStore(folder).getUsableSpace();
        } catch (IOException e) {
            return Long.MAX_VALUE; // cannot tell: let the write itself say
        }
    }
}
