package vn.congvu.report.minutes;

import vn.congvu.domain.Answer;
import vn.congvu.domain.Criterion;
import vn.congvu.domain.Dossier;
import vn.congvu.domain.Official;
import vn.congvu.domain.Recommendation;
import vn.congvu.domain.calendar.TimelinessResult;
import vn.congvu.domain.scoring.VisitScore;
import vn.congvu.report.DocumentHeader;
import vn.congvu.report.Person;
import vn.congvu.report.photo.EmbeddablePhoto;
import vn.congvu.report.photo.PhotoLoader;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * Everything the minutes of one visit say, read from the database and scored by the domain rules; the
 * report layer only words and lays it out. Lists are in the order they are printed.
 */
public record MinutesModel(
        DocumentHeader header,
        String unitName,
        Reference decision,
        Reference plan,
        LocalDate visitDate,
        LocalDateTime startedAt,
        LocalDateTime endedAt,
        String place,
        boolean surprise,
        List<Person> team,
        List<Person> representatives,
        VisitScore score,
        List<GroupLines> groups,
        List<Official> officials,
        List<DossierLine> dossiers,
        String overallNote,
        List<EarlierRecommendation> earlierOpen,
        Response response,
        List<Recommendation> recommendations,
        int copies,
        Signer unitSigner,
        Signer lead,
        Signer secretary,
        List<Refusal> refusals,
        List<PhotoEntry> photos,
        Finalisation finalisation) {

    public MinutesModel {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(score, "score");
        team = List.copyOf(team);
        representatives = List.copyOf(representatives);
        groups = List.copyOf(groups);
        officials = List.copyOf(officials);
        dossiers = List.copyOf(dossiers);
        earlierOpen = List.copyOf(earlierOpen);
        recommendations = List.copyOf(recommendations);
        refusals = List.copyOf(refusals);
        photos = List.copyOf(photos);
    }

    /** The same minutes with the appendix's photos loaded. */
    public MinutesModel withPhotos(List<PhotoEntry> loaded) {
        return new MinutesModel(header, unitName, decision, plan, visitDate, startedAt, endedAt, place, surprise, team,
                representatives, score, groups, officials, dossiers, overallNote, earlierOpen, response,
                recommendations, copies, unitSigner, lead, secretary, refusals, loaded, finalisation);
    }

    /** The same minutes of a finalised visit (null: the visit is open, the footer stays empty). */
    public MinutesModel withFinalisation(Finalisation finalised) {
        return new MinutesModel(header, unitName, decision, plan, visitDate, startedAt, endedAt, place, surprise, team,
                representatives, score, groups, officials, dossiers, overallNote, earlierOpen, response,
                recommendations, copies, unitSigner, lead, secretary, refusals, photos, finalised);
    }

    /**
     * The visit was finalised: the hash of what was signed (full, for the QR code), its short form as the app
     * shows it, and the day it was finalised.
     */
    public record Finalisation(String hash, String shortHash, LocalDate finalisedOn) {

        public Finalisation {
            Objects.requireNonNull(hash, "hash");
            Objects.requireNonNull(shortHash, "shortHash");
        }
    }

    /** A decision or plan cited by number, date and issuer; any part may be missing. */
    public record Reference(String number, LocalDate date, String issuer) {
    }

    /** The criteria of one checklist group with their answers (null when not answered). */
    public record GroupLines(String code, String title, List<CriterionLine> lines) {

        public GroupLines {
            lines = List.copyOf(lines);
        }
    }

    /** One criterion, its answer or null, and the numbers of the photos about it in the appendix. */
    public record CriterionLine(Criterion criterion, Answer answer, List<Integer> photoNumbers) {

        public CriterionLine {
            Objects.requireNonNull(criterion, "criterion");
            photoNumbers = List.copyOf(photoNumbers);
        }
    }

    /** A sampled dossier and its timeliness as of the visit (empty when it has no due date). */
    public record DossierLine(Dossier dossier, TimelinessResult timeliness) {
    }

    /** A recommendation of an earlier visit to the same unit that is still open. */
    public record EarlierRecommendation(Recommendation recommendation, LocalDate visitDate) {
    }

    /** Ý kiến của đơn vị; all parts may be blank. */
    public record Response(String speakerName, String speakerPosition, String text) {
    }

    /** Who signs a block, and whether they refused. */
    public record Signer(String name, String position, boolean refused, String refusalReason) {

        public static final Signer NOBODY = new Signer("", "", false, null);
    }

    /** Someone who refused to sign, and why. */
    public record Refusal(String name, String position, String reason) {
    }

    /**
     * A photo of the appendix: its number, what it shows, when it was taken, and the picture or why there is
     * none (exactly one of {@code photo} and {@code problem} is set).
     */
    public record PhotoEntry(int number, String subject, LocalDateTime takenAt, String fileName,
                             EmbeddablePhoto photo, PhotoLoader.Problem problem) {
    }
}
