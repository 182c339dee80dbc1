package vn.congvu.app.evidence;

import vn.congvu.app.AppException;
import vn.congvu.app.StoreErrors;
import vn.congvu.app.visit.VisitGuard;
import vn.congvu.domain.Criterion;
import vn.congvu.domain.Dossier;
import vn.congvu.domain.Evidence;
import vn.congvu.domain.Official;
import vn.congvu.domain.Visit;
import vn.congvu.store.Database;
import vn.congvu.store.DossierRepository;
import vn.congvu.store.EvidenceRepository;
import vn.congvu.store.OfficialRepository;
import vn.congvu.store.StoreException;
import vn.congvu.store.Table;
import vn.congvu.store.TemplateRepository;
import vn.congvu.store.VisitRepository;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Minh chứng of a visit: photos and scans copied into the data folder with their hash, EXIF time and
 * orientation, each linked to a criterion, an official or a dossier of the visit with a caption.
 */
public final class EvidenceService {

    /** The outcome of adding one file: the row, and whether the visit already had this very file. */
    public record Added(Evidence evidence, boolean duplicate) {
    }

    /** What evidence of a visit can be linked to. */
    public record Targets(List<Criterion> criteria, List<Official> officials, List<Dossier> dossiers) {
    }

    private final Database db;
    private final EvidenceRepository evidence;
    private final VisitRepository visits;
    private final TemplateRepository templates;
    private final OfficialRepository officials;
    private final DossierRepository dossiers;
    private final EvidenceFiles files;

    public EvidenceService(Database db, EvidenceRepository evidence, VisitRepository visits,
                           TemplateRepository templates, OfficialRepository officials, DossierRepository dossiers) {
        this(db, evidence, visits, templates, officials, dossiers, EvidenceFiles.FILE_CHANNELS);
    }

    EvidenceService(Database db, EvidenceRepository evidence, VisitRepository visits, TemplateRepository templates,
                    OfficialRepository officials, DossierRepository dossiers, EvidenceFiles.SinkFactory sinks) {
        this.db = db;
        this.evidence = evidence;
        this.visits = visits;
        this.templates = templates;
        this.officials = officials;
        this.dossiers = dossiers;
        this.files = new EvidenceFiles(db.file().toAbsolutePath().getParent(), sinks);
    }

    /** The live evidence of a visit, by the time the photos were taken (files without a time by when added). */
    public List<Evidence> list(String visitId) {
        return read(c -> evidence.evidenceOf(c, visitId));
    }

    /** The kept copy of {@code e} (it may be missing if someone deleted it by hand). */
    public Path fileOf(Evidence e) {
        return files.resolve(e.filePath());
    }

    /** The criteria of the visit's checklist version, its officials and its dossiers. */
    public Targets targets(String visitId) {
        return read(c -> {
            Visit v = visit(c, visitId);
            return new Targets(templates.criteriaOf(c, v.templateId()), officials.officialsOf(c, visitId),
                    dossiers.dossiersOf(c, visitId));
        });
    }

    /** Adds one file; see {@link #add(String, Path, Link, BooleanSupplier)}. */
    public Added add(String visitId, Path file, Link link) {
        return add(visitId, file, link, () -> false);
    }

    /**
     * Copies {@code file} into the data folder (the original is only read), reads its EXIF time and
     * orientation and records it for the visit. The same content added again to the same visit gives back
     * the row it already has.
     *
     * @param cancelled asked while copying; when it says yes the copy is dropped and nothing is recorded
     * @throws AppException           the file is missing, unreadable, empty or of a kind not kept; the folder is
     *                                not writable or the disk is full; the visit is finalised; the link is not of
     *                                this visit. Nothing is written then.
     * @throws CancellationException the copy was cancelled; nothing is written
     */
    public Added add(String visitId, Path file, Link link, BooleanSupplier cancelled) {
        Link target = link == null ? Link.NONE : link;
        if (file == null) {
            throw new AppException("error.evidence.fileMissing", "");
        }
        read(c -> {
            editableVisit(c, visitId);
            checkLink(c, visitId, target);
            return null;
        });
        MediaKind kind = kindOf(file);
        EvidenceFiles.Stored stored = files.store(file, visitId, kind, cancelled);
        try {
            PhotoMetadata meta = PhotoMetadata.read(stored.file(), kind);
            return db.write(c -> {
                editableVisit(c, visitId);
                Optional<Evidence> same = evidence.evidenceOf(c, visitId).stream()
                        .filter(e -> e.sha256().equals(stored.sha256())).findFirst();
                if (same.isPresent()) {
                    return new Added(same.get(), true);
                }
                Evidence row = new Evidence(null, visitId, stored.relativePath(), file.getFileName().toString(),
                        kind.mediaType(), stored.size(), stored.sha256(), meta.takenAt(), meta.orientation().tag(), null,
                        target.criterionId(), target.officialId(), target.dossierId(), 0);
                String id = evidence.insert(c, row);
                return new Added(find(c, id).orElseThrow(), false);
            });
        } catch (StoreException e) {
            files.discard(stored);
            throw StoreErrors.toAppException(e, db.file());
        } catch (RuntimeException e) {
            files.discard(stored);
            throw e;
        }
    }

    private static MediaKind kindOf(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (Files.isDirectory(file)) {
            throw new AppException("error.evidence.notAFile", file.toString());
        }
        if (!Files.exists(file)) {
            throw new AppException("error.evidence.fileMissing", file.toString());
        }
        try {
            if (Files.size(file) == 0) {
                throw new AppException("error.evidence.empty", name);
            }
            return MediaKind.detect(file).orElseThrow(() -> new AppException("error.evidence.unsupported", name));
        } catch (NoSuchFileException e) {
            throw new AppException(e, "error.evidence.fileMissing", file.toString());
        } catch (IOException e) {
            throw new AppException(e, "error.evidence.fileUnreadable", file.toString(), String.valueOf(e.getMessage()));
        }
    }

    /** Changes the caption and what the evidence is linked to; the file and its hash never change. */
    public Evidence describe(String evidenceId, String caption, Link link) {
        Link target = link == null ? Link.NONE : link;
        String text = caption == null || caption.isBlank() ? null : caption.strip();
        return write(c -> {
            Evidence current = find(c, evidenceId).orElseThrow(() -> new AppException("error.evidence.notFound"));
            editableVisit(c, current.visitId());
            checkLink(c, current.visitId(), target);
            evidence.updateLinks(c, new Evidence(current.id(), current.visitId(), current.filePath(),
                    current.originalName(), current.mediaType(), current.sizeBytes(), current.sha256(), current.takenAt(),
                    current.orientation(), text, target.criterionId(), target.officialId(), target.dossierId(), 0));
            return find(c, evidenceId).orElseThrow();
        });
    }

    /**
     * Removes the evidence from the visit. The row becomes a tombstone and the kept file stays where it is:
     * backups and packages merged from other laptops may still name it, and the same photo may be added
     * again; files no live or tombstoned row needs are for a later clean-up to remove, never this.
     */
    public void remove(String evidenceId) {
        write(c -> {
            Evidence current = find(c, evidenceId).orElseThrow(() -> new AppException("error.evidence.notFound"));
            editableVisit(c, current.visitId());
            return evidence.delete(c, evidenceId);
        });
    }

    private Optional<Evidence> find(Connection c, String id) throws SQLException {
        return VisitGuard.record(c, Table.EVIDENCE, id, evidence::evidenceOf, Evidence::id);
    }

    private Visit visit(Connection c, String visitId) throws SQLException {
        return VisitGuard.existing(visits, c, visitId);
    }

    private Visit editableVisit(Connection c, String visitId) throws SQLException {
        return VisitGuard.editable(visits, c, visitId);
    }

    private void checkLink(Connection c, String visitId, Link link) throws SQLException {
        boolean known = switch (link.kind()) {
            case NONE -> true;
            case CRITERION -> templates.criteriaOf(c, visit(c, visitId).templateId()).stream()
                    .anyMatch(cr -> cr.id().equals(link.id()));
            case OFFICIAL -> officials.officialsOf(c, visitId).stream().anyMatch(o -> o.id().equals(link.id()));
            case DOSSIER -> dossiers.dossiersOf(c, visitId).stream().anyMatch(d -> d.id().equals(link.id()));
        };
        if (!known) {
            throw new AppException("error.evidence.linkNotInVisit");
        }
    }

    private <T> T read(vn.congvu.store.SqlWork<T> work) {
        try {
            return db.read(work);
        } catch (StoreException e) {
            throw StoreErrors.toAppException(e, db.file());
        }
    }

    private <T> T write(vn.congvu.store.SqlWork<T> work) {
        try {
            return db.write(work);
        } catch (StoreException e) {
            throw StoreErrors.toAppException(e, db.file());
        }
    }
}
