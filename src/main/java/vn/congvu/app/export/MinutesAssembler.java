package vn.congvu.app.export;

import vn.congvu.app.AppException;
import vn.congvu.app.UnitNames;
import vn.congvu.app.Workspace;
import vn.congvu.domain.Answer;
import vn.congvu.domain.ChecklistGroup;
import vn.congvu.domain.Counter;
import vn.congvu.domain.Criterion;
import vn.congvu.domain.Decision;
import vn.congvu.domain.Dossier;
import vn.congvu.domain.Evidence;
import vn.congvu.domain.Official;
import vn.congvu.domain.Plan;
import vn.congvu.domain.Recommendation;
import vn.congvu.domain.Signature;
import vn.congvu.domain.SignatureStatus;
import vn.congvu.domain.SignerRole;
import vn.congvu.domain.Team;
import vn.congvu.domain.TeamMember;
import vn.congvu.domain.TeamRole;
import vn.congvu.domain.Unit;
import vn.congvu.domain.UnitResponse;
import vn.congvu.domain.Visit;
import vn.congvu.domain.VisitInspector;
import vn.congvu.domain.VisitRepresentative;
import vn.congvu.domain.calendar.DossierTimeliness;
import vn.congvu.domain.calendar.WorkingDayCalendar;
import vn.congvu.domain.scoring.GradeScale;
import vn.congvu.domain.scoring.VisitScore;
import vn.congvu.domain.scoring.VisitScorer;
import vn.congvu.report.Person;
import vn.congvu.report.VnWords;
import vn.congvu.report.minutes.MinutesModel;
import vn.congvu.report.minutes.MinutesModel.CriterionLine;
import vn.congvu.report.minutes.MinutesModel.GroupLines;
import vn.congvu.report.minutes.MinutesModel.Signer;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads one visit and everything its minutes print, in one read transaction, and scores it with the same
 * domain rules as every other screen ({@link VisitScorer}, {@link DossierTimeliness} on the laptop's
 * working-day calendar, as of the visit date). Photos are numbered here and loaded later, with progress.
 */
final class MinutesAssembler {

    /** A photo of the appendix before it is read from disk. */
    record PhotoSlot(int number, String subject, LocalDateTime takenAt, String fileName, Path path, String sha256,
                     int orientation) {
    }

    /** The minutes without their photos, and the photos to load. */
    record Assembled(MinutesModel model, List<PhotoSlot> photos) {
    }

    private final Workspace ws;
    private final DocumentSettings settings;
    private final WorkingDayCalendar calendar;

    MinutesAssembler(Workspace ws, DocumentSettings settings, WorkingDayCalendar calendar) {
        this.ws = ws;
        this.settings = settings;
        this.calendar = calendar;
    }

    Assembled read(Connection c, Visit visit) throws SQLException {
        Unit unit = ws.unitRepository().find(c, visit.unitId()).orElseThrow(() ->
                new AppException("error.visit.notFound", visit.id()));
        String unitName = UnitNames.of(unit);
        Optional<Plan> plan = visit.planId() == null ? Optional.empty() : ws.planRepository().findPlan(c, visit.planId());
        Optional<Team> team = visit.teamId() == null ? Optional.empty()
                : ws.planRepository().teamsOf(c, plan.map(Plan::id).orElse("")).stream()
                .filter(t -> t.id().equals(visit.teamId())).findFirst();
        String decisionId = team.map(Team::decisionId).orElse(plan.map(Plan::decisionId).orElse(null));
        Optional<Decision> decision = decisionId == null ? Optional.empty() : ws.planRepository().findDecision(c, decisionId);
        List<TeamMember> members = team.isPresent() ? ws.planRepository().membersOf(c, team.get().id()) : List.of();

        TemplateCache.Parts template = new TemplateCache(ws.templateRepository()).get(c, visit.templateId());
        List<Answer> answers = ws.answerRepository().answersOf(c, visit.id());
        List<Official> officials = ws.officialRepository().officialsOf(c, visit.id());
        List<Dossier> dossiers = ws.dossierRepository().dossiersOf(c, visit.id());
        VisitScore score = new VisitScorer(calendar, GradeScale.DEFAULT)
                .score(template.criteria(), template.groups(), answers, officials, dossiers, visit.visitDate());
        DossierTimeliness timeliness = new DossierTimeliness(calendar);

        List<Evidence> evidence = ws.evidenceRepository().evidenceOf(c, visit.id());
        List<PhotoSlot> photos = photoSlots(evidence, template.criteria(), officials, dossiers);
        Map<String, List<Integer>> photosByCriterion = new HashMap<>();
        for (int i = 0; i < evidence.size(); i++) {
            if (evidence.get(i).criterionId() != null) {
                photosByCriterion.computeIfAbsent(evidence.get(i).criterionId(), k -> new ArrayList<>()).add(i + 1);
            }
        }

        List<Signature> signatures = ws.signoffRepository().signaturesOf(c, visit.id());
        List<VisitInspector> inspectors = ws.visitRepository().inspectorsOf(c, visit.id());
        List<VisitRepresentative> representatives = ws.visitRepository().representativesOf(c, visit.id());
        Optional<UnitResponse> response = ws.signoffRepository().responseOf(c, visit.id());
        List<Recommendation> recommendations = ws.followUpRepository().recommendationsOf(c, visit.id());

        MinutesModel model = new MinutesModel(
                settings.header(visit.minutesNumber(), DocumentSettings.MINUTES_SYMBOL,
                        DocumentSettings.DEFAULT_MINUTES_SYMBOL, visit.visitDate()),
                unitName,
                decision.map(d -> new MinutesModel.Reference(d.number(), d.signedOn(), d.issuer())).orElse(null),
                plan.map(p -> new MinutesModel.Reference(p.number(), p.issuedOn(), null)).orElse(null),
                visit.visitDate(), visit.startedAt(), visit.endedAt(),
                place(c, visit, unit),
                visit.surprise(),
                team(inspectors, members),
                representatives.stream().map(r -> new Person(r.fullName(), r.position(), "")).toList(),
                score,
                groups(template, answers, photosByCriterion),
                officials,
                dossiers.stream().map(d -> new MinutesModel.DossierLine(d,
                        timeliness.classify(d, visit.visitDate()).orElse(null))).toList(),
                visit.overallNote(),
                earlierOpen(c, visit),
                response.map(r -> new MinutesModel.Response(r.speakerName(), r.speakerPosition(), r.text())).orElse(null),
                recommendations,
                settings.copies(),
                unitSigner(signatures, representatives),
                teamSigner(signatures, SignerRole.TEAM_LEAD, inspectors, TeamRole.LEAD),
                teamSigner(signatures, SignerRole.SECRETARY, inspectors, TeamRole.SECRETARY),
                signatures.stream().filter(s -> s.status() == SignatureStatus.REFUSED)
                        .map(s -> new MinutesModel.Refusal(s.fullName(), s.position(), s.refusalReason())).toList(),
                List.of(),
                null);
        return new Assembled(model, photos);
    }

    private String place(Connection c, Visit visit, Unit unit) throws SQLException {
        if (visit.place() != null && !visit.place().isBlank()) {
            return visit.place();
        }
        if (visit.counterId() != null) {
            for (Counter counter : ws.unitRepository().counters(c, unit.id())) {
                if (counter.id().equals(visit.counterId())) {
                    return counter.address() == null || counter.address().isBlank() ? counter.name()
                            : counter.name() + ", " + counter.address();
                }
            }
        }
        return unit.address() == null || unit.address().isBlank() ? null
                : "Bộ phận Một cửa của " + UnitNames.of(unit) + ", " + unit.address();
    }

    /** The inspectors present, lead first; their position comes from the team list. */
    private static List<Person> team(List<VisitInspector> inspectors, List<TeamMember> members) {
        Map<String, TeamMember> byId = members.stream().collect(Collectors.toMap(TeamMember::id, Function.identity()));
        List<Person> out = new ArrayList<>();
        for (VisitInspector i : inspectors) {
            if (!i.present()) {
                continue;
            }
            TeamMember m = i.memberId() == null ? null : byId.get(i.memberId());
            String position = m == null ? "" : join(m.position(), m.organisation());
            out.add(new Person(i.fullName(), position, VnWords.role(i.role())));
        }
        return out;
    }

    private static String join(String a, String b) {
        boolean hasA = a != null && !a.isBlank();
        boolean hasB = b != null && !b.isBlank();
        return hasA && hasB ? a + " " + b : hasA ? a : hasB ? b : "";
    }

    private static List<GroupLines> groups(TemplateCache.Parts template, List<Answer> answers,
                                           Map<String, List<Integer>> photosByCriterion) {
        // of two answers to one criterion the higher revision counts, as in VisitScorer
        Map<String, Answer> latest = new HashMap<>();
        for (Answer a : answers) {
            latest.merge(a.criterionId(), a, (x, y) -> y.revision() >= x.revision() ? y : x);
        }
        Map<String, List<CriterionLine>> byGroup = new LinkedHashMap<>();
        for (Criterion criterion : template.criteria()) {
            byGroup.computeIfAbsent(criterion.groupId(), g -> new ArrayList<>()).add(new CriterionLine(criterion,
                    latest.get(criterion.id()), photosByCriterion.getOrDefault(criterion.id(), List.of())));
        }
        List<GroupLines> out = new ArrayList<>();
        template.groups().stream().sorted(Comparator.comparingInt(ChecklistGroup::sortOrder))
                .forEach(g -> out.add(new GroupLines(g.code(), g.title(), byGroup.getOrDefault(g.id(), List.of()))));
        return out;
    }

    /** Open recommendations from earlier visits to the same unit, for "what is still open" in the minutes. */
    private List<MinutesModel.EarlierRecommendation> earlierOpen(Connection c, Visit visit) throws SQLException {
        List<MinutesModel.EarlierRecommendation> out = new ArrayList<>();
        Map<String, Visit> visits = new HashMap<>();
        for (Recommendation r : ws.followUpRepository().openRecommendationsOfUnit(c, visit.unitId())) {
            if (r.visitId().equals(visit.id())) {
                continue;
            }
            Visit earlier = visits.computeIfAbsent(r.visitId(), id -> find(c, id));
            if (earlier != null && earlier.visitDate() != null && earlier.visitDate().isBefore(visit.visitDate())) {
                out.add(new MinutesModel.EarlierRecommendation(r, earlier.visitDate()));
            }
        }
        return out;
    }

    private Visit find(Connection c, String id) {
        try {
            return ws.visitRepository().find(c, id).orElse(null);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Signer unitSigner(List<Signature> signatures, List<VisitRepresentative> representatives) {
        return signatures.stream().filter(s -> s.role() == SignerRole.UNIT_REPRESENTATIVE).findFirst()
                .map(MinutesAssembler::signer)
                .orElseGet(() -> representatives.isEmpty() ? Signer.NOBODY
                        : new Signer(representatives.get(0).fullName(), representatives.get(0).position(), false, null));
    }

    private static Signer teamSigner(List<Signature> signatures, SignerRole role, List<VisitInspector> inspectors,
                                     TeamRole teamRole) {
        return signatures.stream().filter(s -> s.role() == role).findFirst().map(MinutesAssembler::signer)
                .orElseGet(() -> inspectors.stream().filter(i -> i.role() == teamRole && i.present()).findFirst()
                        .map(i -> new Signer(i.fullName(), "", false, null)).orElse(Signer.NOBODY));
    }

    private static Signer signer(Signature s) {
        return new Signer(s.fullName(), s.position(), s.status() == SignatureStatus.REFUSED, s.refusalReason());
    }

    private List<PhotoSlot> photoSlots(List<Evidence> evidence, List<Criterion> criteria, List<Official> officials,
                                       List<Dossier> dossiers) {
        Map<String, Criterion> criterionById = criteria.stream().collect(Collectors.toMap(Criterion::id, Function.identity()));
        Map<String, Official> officialById = officials.stream().collect(Collectors.toMap(Official::id, Function.identity()));
        Map<String, Dossier> dossierById = dossiers.stream().collect(Collectors.toMap(Dossier::id, Function.identity()));
        Path folder = ws.evidenceDir().toAbsolutePath().normalize();
        List<PhotoSlot> out = new ArrayList<>();
        int n = 0;
        for (Evidence e : evidence) {
            out.add(new PhotoSlot(++n, subject(e, criterionById, officialById, dossierById), e.takenAt(),
                    e.originalName() != null && !e.originalName().isBlank() ? e.originalName() : e.filePath(),
                    resolve(folder, e.filePath()), e.sha256(), e.orientation()));
        }
        return out;
    }

    /** The evidence file, or null for a path that would leave the evidence folder (from a tampered package). */
    static Path resolve(Path folder, String relative) {
        if (relative == null || relative.isBlank()) {
            return null;
        }
        Path p = folder.resolve(relative.replace('\\', '/')).normalize();
        return p.startsWith(folder) ? p : null;
    }

    /** What the photo shows: its caption, else what it is linked to. */
    private static String subject(Evidence e, Map<String, Criterion> criteria, Map<String, Official> officials,
                                  Map<String, Dossier> dossiers) {
        if (e.caption() != null && !e.caption().isBlank()) {
            return e.caption();
        }
        if (e.criterionId() != null && criteria.containsKey(e.criterionId())) {
            Criterion c = criteria.get(e.criterionId());
            return "Tiêu chí " + c.code() + ": " + c.text();
        }
        if (e.officialId() != null && officials.containsKey(e.officialId())) {
            return "Cán bộ " + officials.get(e.officialId()).fullName();
        }
        if (e.dossierId() != null && dossiers.containsKey(e.dossierId())) {
            Dossier d = dossiers.get(e.dossierId());
            return "Hồ sơ " + d.code() + " (" + d.procedureName() + ")";
        }
        return "";
    }
}
