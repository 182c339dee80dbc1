package vn.congvu.app.demo;

import vn.congvu.app.CalendarService;
import vn.congvu.app.TemplateService.TemplateContent;
import vn.congvu.app.demo.DemoFindings.AnswerDraft;
import vn.congvu.app.demo.DemoFindings.DossierFacts;
import vn.congvu.app.demo.DemoFindings.Findings;
import vn.congvu.app.demo.DemoFindings.OfficialFacts;
import vn.congvu.app.demo.DemoFindings.Rates;
import vn.congvu.app.demo.DemoFindings.Role;
import vn.congvu.app.demo.DemoVocabulary.Procedure;
import vn.congvu.domain.ActionStatus;
import vn.congvu.domain.Attitude;
import vn.congvu.domain.ChecklistGroup;
import vn.congvu.domain.LimitKind;
import vn.congvu.domain.PlanStatus;
import vn.congvu.domain.Result;
import vn.congvu.domain.TeamRole;
import vn.congvu.domain.Unit;
import vn.congvu.domain.UnitKind;
import vn.congvu.domain.VisitStatus;
import vn.congvu.domain.calendar.DossierTimeliness;
import vn.congvu.domain.calendar.TimelinessResult;
import vn.congvu.domain.calendar.WorkingDayCalendar;
import vn.congvu.store.Actor;
import vn.congvu.store.BulkInsert;
import vn.congvu.store.BulkInsert.TableBatch;
import vn.congvu.store.RecordWriter;
import vn.congvu.store.Table;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import static vn.congvu.app.demo.DemoVocabulary.pick;

/**
 * One run of the {@link DemoGenerator}: draws the plan, the team, the schedule and every visit from one
 * seeded stream, in a fixed order, and writes them as it goes. Nothing here reads the clock or iterates a
 * hash map, so the same stream gives the same rows, byte for byte.
 *
 * <p>Rows are stamped as if entered when they happened: the plan's on the day it was issued, a visit's by
 * the inspector who recorded it, on that inspector's laptop, while the visit went on. Ids are made from
 * those stamps ({@link DemoIds}).
 */
final class DemoRun {

    static final int YEAR = 2025;
    private static final LocalDate PERIOD_START = LocalDate.of(YEAR, 1, 1);
    private static final LocalDate PERIOD_END = LocalDate.of(YEAR, 12, 31);
    /** Hà Nội keeps UTC+7 all year; a fixed offset keeps the stamps independent of the time-zone database. */
    private static final ZoneOffset HANOI = ZoneOffset.ofHours(7);
    /** Visits whose rows are held before they are sent: bounds memory for the largest runs. */
    private static final int FLUSH_EVERY_VISITS = 500;
    private static final List<TeamRole> TEAM_ROLES = List.of(TeamRole.LEAD, TeamRole.DEPUTY, TeamRole.DEPUTY,
            TeamRole.MEMBER, TeamRole.MEMBER, TeamRole.MEMBER, TeamRole.MEMBER, TeamRole.MEMBER, TeamRole.SECRETARY);
    private static final DateTimeFormatter DOSSIER_DAY = DateTimeFormatter.ofPattern("yyMMdd");
    private static final String TEAM_NAME = "Đoàn kiểm tra công vụ, cải cách hành chính năm " + YEAR;

    private record UnitInfo(int index, String id, UnitKind kind, String name, String agencyCode, double propensity) {

        String kindWord() {
            return kind == UnitKind.WARD ? "phường" : "xã";
        }

        /** "phường Ba Đình", as the name reads inside a sentence. */
        String inSentence() {
            return kindWord() + " " + name;
        }
    }

    private record Member(String id, String name, String position, String organisation, TeamRole role, int sortOrder,
                          Actor actor) {
    }

    /** {@code end} is when the team left, or will have left for a visit still in progress. */
    private record ScheduledVisit(String id, UnitInfo unit, LocalDate date, LocalDateTime start, LocalDateTime end,
                                  VisitStatus status, String minutesNumber) {

        LocalDateTime endedAt() {
            return status == VisitStatus.IN_PROGRESS ? null : end;
        }
    }

    private record HeldRow(String id, Instant at, Actor actor, Object[] values) {
    }

    /** The prepared inserts, parents first. */
    private static final class Tables {
        final TableBatch decisions;
        final TableBatch plans;
        final TableBatch teams;
        final TableBatch members;
        final TableBatch planUnits;
        final TableBatch visits;
        final TableBatch inspectors;
        final TableBatch representatives;
        final TableBatch answers;
        final TableBatch officials;
        final TableBatch dossiers;
        final TableBatch recommendations;
        final TableBatch actions;

        Tables(BulkInsert bulk) throws SQLException {
            decisions = bulk.table(Table.DECISIONS, "number", "signed_on", "signer", "issuer", "title");
            plans = bulk.table(Table.PLANS, "number", "issued_on", "year", "period_start", "period_end", "title",
                    "scope", "decision_id", "status");
            teams = bulk.table(Table.TEAMS, "plan_id", "name", "decision_id");
            members = bulk.table(Table.TEAM_MEMBERS, "team_id", "full_name", "position", "organisation", "role",
                    "sort_order");
            planUnits = bulk.table(Table.PLAN_UNITS, "plan_id", "unit_id", "planned_on", "sort_order");
            visits = bulk.table(Table.VISITS, "plan_id", "team_id", "unit_id", "template_id", "visit_date",
                    "started_at", "ended_at", "surprise", "place", "minutes_number", "status", "overall_note");
            inspectors = bulk.table(Table.VISIT_INSPECTORS, "visit_id", "member_id", "full_name", "role", "present");
            representatives = bulk.table(Table.VISIT_REPRESENTATIVES, "visit_id", "full_name", "position",
                    "sort_order");
            answers = bulk.table(Table.ANSWERS, "visit_id", "criterion_id", "result", "value1", "value2", "choice",
                    "note", "severity");
            officials = bulk.table(Table.OFFICIALS, "visit_id", "full_name", "position", "badge_worn", "dress_ok",
                    "present_at_post", "attitude", "note", "sort_order");
            dossiers = bulk.table(Table.DOSSIERS, "visit_id", "code", "procedure_name", "received_at", "limit_days",
                    "limit_kind", "due_date", "returned_at", "apology_issued", "digitised", "filed_online", "note",
                    "sort_order");
            recommendations = bulk.table(Table.RECOMMENDATIONS, "visit_id", "unit_id", "criterion_id", "text",
                    "deadline", "status", "sort_order");
            actions = bulk.table(Table.CORRECTIVE_ACTIONS, "recommendation_id", "visit_id", "unit_id", "text",
                    "responsible", "deadline", "status", "completed_on", "verified_visit_id", "note");
        }
    }

    private final Random random;
    private final long seed;
    private final DemoIds ids;
    private final DemoFindings findings;
    private final TemplateContent template;
    private final List<Unit> unitRecords;
    private final CalendarService calendarService;
    private final WorkingDayCalendar calendar;
    private final DossierTimeliness timeliness;
    private final Actor runner;
    private final Map<String, ChecklistGroup> groupsById = new LinkedHashMap<>();

    private final Map<String, List<ScheduledVisit>> visitsByUnit = new LinkedHashMap<>();
    /**
     * Corrective actions confirmed at a later visit, held until that visit is written. (Deferring the
     * foreign keys instead would make SQLite scan the child tables of every parent row inserted while
     * a reference is pending: quadratic time.)
     */
    private final List<HeldRow> verifiedActions = new ArrayList<>();
    private final LocalDate firstWorkingDay;
    private LocalDate asOf;
    private Instant lastStamp = Instant.EPOCH;

    /**
     * @param units  the wards and communes, in a stable order
     * @param runner who runs the generator, named in the audit entry
     */
    DemoRun(Random random, long seed, TemplateContent template, List<Unit> units, CalendarService calendar,
            Actor runner) {
        this.random = random;
        this.seed = seed;
        this.ids = new DemoIds(random);
        this.findings = new DemoFindings(random);
        this.template = template;
        this.unitRecords = units;
        this.calendarService = calendar;
        this.calendar = calendar.calendar();
        this.timeliness = new DossierTimeliness(this.calendar);
        this.firstWorkingDay = this.calendar.workingDayOnOrAfter(PERIOD_START);
        this.runner = runner;
        template.groups().forEach(g -> groupsById.put(g.id(), g));
    }

    DemoGenerator.Result write(Connection c, int visitCount) throws SQLException {
        List<UnitInfo> units = units();
        LocalDate planIssued = calendar.plusWorkingDays(calendar.workingDayOnOrAfter(LocalDate.of(YEAR, 1, 6)),
                random.nextInt(6));
        LocalDate decisionSigned = minusWorkingDays(planIssued, 2 + random.nextInt(4));
        Instant planStamp = at(planIssued.atTime(14, 0));

        String decisionId = ids.next(planStamp);
        String planId = ids.next(planStamp.plusSeconds(1));
        String teamId = ids.next(planStamp.plusSeconds(2));
        List<Member> team = team(planStamp.plusSeconds(3));
        Member secretary = team.get(team.size() - 1);
        List<ScheduledVisit> schedule = schedule(units, planIssued, visitCount);

        try (BulkInsert bulk = new BulkInsert(c)) {
            Tables t = new Tables(bulk);
            Actor planActor = secretary.actor();
            t.decisions.add(decisionId, stamp(planStamp), planActor,
                    (100 + random.nextInt(300)) + "/QĐ-UBND", decisionSigned,
                    DemoVocabulary.fullName(random, random.nextBoolean()), "UBND Thành phố Hà Nội",
                    "Về việc thành lập " + TEAM_NAME);
            t.plans.add(planId, stamp(planStamp.plusSeconds(1)), planActor,
                    (20 + random.nextInt(80)) + "/KH-ĐKT", planIssued, YEAR, PERIOD_START, PERIOD_END,
                    "Kế hoạch kiểm tra công vụ, cải cách hành chính năm " + YEAR,
                    "Kiểm tra đột xuất, không báo trước việc thực hiện nhiệm vụ, công vụ và giải quyết thủ tục hành chính"
                            + " tại Bộ phận Một cửa của " + units.size() + " phường, xã trên địa bàn Thành phố",
                    decisionId, PlanStatus.ACTIVE);
            t.teams.add(teamId, stamp(planStamp.plusSeconds(2)), planActor, planId, TEAM_NAME, decisionId);
            for (Member m : team) {
                t.members.add(m.id(), stamp(planStamp.plusSeconds(3 + m.sortOrder())), planActor, teamId, m.name(),
                        m.position(), m.organisation(), m.role(), m.sortOrder());
            }
            Instant unitsStamp = planStamp.plusSeconds(60);
            for (UnitInfo u : units) {
                List<ScheduledVisit> ofUnit = visitsByUnit.getOrDefault(u.id(), List.of());
                Instant s = stamp(unitsStamp.plusSeconds(u.index()));
                t.planUnits.add(ids.next(s), s, planActor, planId, u.id(),
                        ofUnit.isEmpty() ? null : ofUnit.get(0).date(), u.index() + 1);
            }
            bulk.flush();

            int written = 0;
            for (ScheduledVisit v : schedule) {
                writeVisit(t, v, planId, teamId, team);
                if (++written % FLUSH_EVERY_VISITS == 0) {
                    bulk.flush();
                }
            }
            for (HeldRow row : verifiedActions) {
                t.actions.add(row.id(), row.at(), row.actor(), row.values());
            }
            bulk.flush();

            DemoGenerator.Result result = new DemoGenerator.Result(planId, schedule.size(), t.answers.rows(),
                    t.officials.rows(), t.dossiers.rows(), t.recommendations.rows(), t.actions.rows());
            audit(c, result);
            return result;
        }
    }

    // --- the plan ------------------------------------------------------------------------------------

    /** Each unit with how badly it tends to do: most units fail a criterion now and then, a few often. */
    private List<UnitInfo> units() {
        List<UnitInfo> out = new ArrayList<>(unitRecords.size());
        for (int i = 0; i < unitRecords.size(); i++) {
            Unit u = unitRecords.get(i);
            double r = random.nextDouble();
            String agency = String.format(Locale.ROOT, "000.%02d.%02d.H26", 20 + i / 100, i % 100);
            out.add(new UnitInfo(i, u.id(), u.kind(), u.name(), agency, 0.03 + 0.25 * r * r));
        }
        return out;
    }

    private List<Member> team(Instant at) {
        List<Member> team = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < TEAM_ROLES.size(); i++) {
            String name;
            do {
                name = DemoVocabulary.fullName(random, random.nextBoolean());
            } while (names.contains(name));
            names.add(name);
            String[] post = DemoVocabulary.TEAM_POSTS.get(i);
            String id = ids.next(at.plusSeconds(i));
            String device = ids.next(at.minusSeconds(86_400L * (30 + random.nextInt(300))));
            team.add(new Member(id, name, post[0], post[1], TEAM_ROLES.get(i), i, new Actor(name, device)));
        }
        return team;
    }

    /**
     * Spreads the visits over the units (each unit in turn, in a shuffled order, so every unit gets its
     * share) and over the working days after the plan was issued, in office hours; sorted by time.
     */
    private List<ScheduledVisit> schedule(List<UnitInfo> units, LocalDate planIssued, int count) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = planIssued.plusDays(1); !d.isAfter(PERIOD_END); d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d)) {
                days.add(d);
            }
        }
        record Slot(UnitInfo unit, LocalDate date, LocalDateTime start, LocalDateTime end) {
        }
        List<Slot> slots = new ArrayList<>(count);
        List<UnitInfo> order = new ArrayList<>(units);
        for (int i = 0; i < count; i++) {
            if (i % order.size() == 0) {
                Collections.shuffle(order, random);
            }
            UnitInfo unit = order.get(i % order.size());
            LocalDate date = days.get(random.nextInt(days.size()));
            LocalTime start = random.nextInt(10) < 6 ? LocalTime.of(8, 0).plusMinutes(5L * random.nextInt(31))
                    : LocalTime.of(13, 30).plusMinutes(5L * random.nextInt(25));
            LocalTime end = start.plusMinutes(45 + 5L * random.nextInt(20));
            if (end.isAfter(LocalTime.of(17, 30))) {
                end = LocalTime.of(17, 30);
            }
            slots.add(new Slot(unit, date, date.atTime(start), date.atTime(end)));
        }
        slots.sort(Comparator.comparing(Slot::start).thenComparingInt(s -> s.unit().index()));
        asOf = slots.get(slots.size() - 1).date();
        LocalDate recent = minusWorkingDays(asOf, 10);

        List<ScheduledVisit> schedule = new ArrayList<>(count);
        int minutes = 0;
        for (Slot s : slots) {
            // Minutes of the last days may not be written up yet.
            boolean inProgress = s.date().isAfter(recent) ? random.nextInt(10) < 3 : random.nextInt(100) == 0;
            VisitStatus status = inProgress ? VisitStatus.IN_PROGRESS : VisitStatus.COMPLETED;
            ScheduledVisit v = new ScheduledVisit(ids.next(at(s.start())), s.unit(), s.date(), s.start(), s.end(),
                    status, inProgress ? null : (++minutes) + "/BB-ĐKT");
            schedule.add(v);
            visitsByUnit.computeIfAbsent(s.unit().id(), k -> new ArrayList<>()).add(v);
        }
        return schedule;
    }

    // --- one visit -----------------------------------------------------------------------------------

    private void writeVisit(Tables t, ScheduledVisit v, String planId, String teamId, List<Member> team)
            throws SQLException {
        UnitInfo unit = v.unit();
        double p = unit.propensity() * (0.7 + 0.6 * random.nextDouble());
        Instant start = at(v.start());
        List<Member> present = subTeam(team);
        Actor recorder = present.get(present.size() - 1).actor();

        List<OfficialFacts> officials = officials(p);
        Rates rates = findings.rates(p);
        List<DossierFacts> dossiers = dossiers(v, p, rates);
        Findings found = findings.answer(template.criteria(), p, officials, dossiers, rates);
        boolean completed = v.status() == VisitStatus.COMPLETED;

        t.visits.add(v.id(), stamp(start), recorder, planId, teamId, unit.id(), template.template().id(), v.date(),
                v.start(), v.endedAt(), random.nextInt(20) > 0,
                "Trung tâm Phục vụ hành chính công " + unit.inSentence(), v.minutesNumber(), v.status(),
                completed ? pick(random, DemoVocabulary.OVERALL_NOTES.get(found.grade())) : null);

        int k = 0;
        for (Member m : present) {
            Instant s = stamp(start.plusSeconds(++k));
            t.inspectors.add(ids.next(s), s, recorder, v.id(), m.id(), m.name(), m.role(), true);
        }
        int reps = random.nextInt(10) < 6 ? 2 : 1;
        for (int i = 0; i < reps; i++) {
            List<String> positions = i == 0 ? DemoVocabulary.HEAD_POSITIONS : DemoVocabulary.COUNTER_HEAD_POSITIONS;
            Instant s = stamp(start.plusSeconds(60 + i));
            t.representatives.add(ids.next(s), s, recorder, v.id(), DemoVocabulary.fullName(random, random.nextBoolean()),
                    pick(random, positions).replace("{kind}", unit.kindWord()), i + 1);
        }
        for (int i = 0; i < officials.size(); i++) {
            OfficialFacts o = officials.get(i);
            Instant s = stamp(start.plusSeconds(300 + 60L * i));
            t.officials.add(ids.next(s), s, recorder, v.id(), o.name(), o.position(), o.badgeWorn(), o.dressOk(),
                    o.present(), o.attitude(), o.note(), i + 1);
        }
        // answers are typed in through the visit, from ten minutes after arrival to five before leaving
        long onSite = Duration.between(v.start(), v.end()).toSeconds();
        long step = Math.max(5, (onSite - 900) / Math.max(1, found.answers().size()));
        for (int i = 0; i < found.answers().size(); i++) {
            AnswerDraft a = found.answers().get(i);
            Instant s = stamp(start.plusSeconds(600 + step * i));
            t.answers.add(ids.next(s), s, recorder, v.id(), a.criterion().id(), a.result(), a.value1(), a.value2(),
                    a.choice(), a.note(), a.severity());
        }
        for (int i = 0; i < dossiers.size(); i++) {
            DossierFacts d = dossiers.get(i);
            Instant s = stamp(start.plusSeconds(1200 + 180L * i));
            t.dossiers.add(ids.next(s), s, recorder, v.id(), d.code(), d.procedure(), d.receivedAt(), d.limitDays(),
                    LimitKind.WORKING_DAYS, d.dueDate(), d.returnedAt(), d.apologyIssued(), d.digitised(),
                    d.filedOnline(), d.note(), i + 1);
        }
        if (completed) {
            writeRecommendations(t, v, found, recorder);
        }
    }

    /** A leader (the lead or a deputy), one to three members, and the secretary on about half the visits. */
    private List<Member> subTeam(List<Member> team) {
        List<Member> heads = team.stream().filter(m -> m.role() == TeamRole.LEAD || m.role() == TeamRole.DEPUTY).toList();
        List<Member> members = new ArrayList<>(team.stream().filter(m -> m.role() == TeamRole.MEMBER).toList());
        List<Member> out = new ArrayList<>();
        out.add(random.nextInt(5) == 0 ? heads.get(0) : heads.get(1 + random.nextInt(heads.size() - 1)));
        Collections.shuffle(members, random);
        int n = 1 + random.nextInt(3);
        List<Member> chosen = new ArrayList<>(members.subList(0, n));
        chosen.sort(Comparator.comparingInt(Member::sortOrder));
        out.addAll(chosen);
        if (random.nextBoolean()) {
            out.add(team.get(team.size() - 1));
        }
        return out;
    }

    private List<OfficialFacts> officials(double p) {
        int n = 2 + random.nextInt(3);
        List<String> positions = new ArrayList<>(DemoVocabulary.OFFICIAL_POSITIONS);
        Collections.shuffle(positions, random);
        List<OfficialFacts> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            // more women than men staff one-stop counters
            String name = DemoVocabulary.fullName(random, random.nextInt(100) < 60);
            boolean absent = chance(0.3 * p);
            boolean late = !absent && chance(0.35 * p);
            Boolean badge = absent ? null : !chance(0.4 * p);
            Boolean dress = absent ? null : !chance(0.15 * p);
            Attitude attitude = absent ? null
                    : chance(0.12 * p) ? Attitude.POOR : chance(1.5 * p) ? Attitude.ACCEPTABLE : Attitude.GOOD;
            out.add(new OfficialFacts(name, positions.get(i), !absent, late, badge, dress, attitude,
                    absent ? pick(random, DemoVocabulary.ABSENT_NOTES) : null,
                    late ? pick(random, DemoVocabulary.LATE_NOTES) : null,
                    Boolean.FALSE.equals(badge) ? pick(random, DemoVocabulary.NO_BADGE_NOTES) : null,
                    Boolean.FALSE.equals(dress) ? pick(random, DemoVocabulary.DRESS_NOTES) : null,
                    attitude == Attitude.POOR ? pick(random, DemoVocabulary.POOR_ATTITUDE_NOTES) : null));
        }
        return out;
    }

    /**
     * Sampled dossiers received in the weeks before the visit, due by the working-day rules, returned on
     * time, late, or not yet; none returned after the visit, since the team can only see what happened
     * before it.
     */
    private List<DossierFacts> dossiers(ScheduledVisit v, double p, Rates rates) {
        int n = 3 + random.nextInt(4);
        List<DossierFacts> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Procedure proc = DemoVocabulary.procedure(random);
            boolean wantOverdue = chance(0.3 * p * (proc.limitDays() >= 10 ? 1.8 : 1.0));
            int back = wantOverdue ? proc.limitDays() + 2 + random.nextInt(20) : 1 + random.nextInt(proc.limitDays() + 15);
            LocalDate receivedDay = minusWorkingDays(v.date(), back);
            if (receivedDay.isBefore(firstWorkingDay)) {
                // the holiday data starts with the plan's year: earlier receipts would be judged on a bare calendar
                receivedDay = firstWorkingDay;
            }
            LocalDateTime receivedAt = receivedDay.atTime(officeTime(LocalTime.of(16, 45)));
            LocalDate due = calendarService.dueDate(receivedAt, proc.limitDays(), LimitKind.WORKING_DAYS);
            LocalDate counted = calendarService.calculator().effectiveReceiptDay(receivedAt);
            LocalDateTime returnedAt;
            if (due.isBefore(v.date()) && wantOverdue) {
                int lateRoom = calendar.workingDaysAfter(due, v.date()) - 1;
                returnedAt = lateRoom >= 1 && random.nextInt(10) < 7
                        ? returnAt(calendar.plusWorkingDays(due, 1 + random.nextInt(lateRoom)), receivedAt) : null;
            } else if (due.isBefore(v.date())) {
                int room = calendar.workingDaysAfter(counted, due);
                returnedAt = returnAt(calendar.plusWorkingDays(counted, random.nextInt(room + 1)), receivedAt);
            } else {
                // not due yet: returned early, or still being handled
                int room = counted.isBefore(v.date()) ? calendar.workingDaysAfter(counted, v.date()) : 0;
                returnedAt = room > 0 && random.nextBoolean()
                        ? returnAt(calendar.plusWorkingDays(counted, random.nextInt(room)), receivedAt) : null;
            }
            TimelinessResult status = timeliness.classify(due, returnedAt, v.date());
            boolean overdue = status.timeliness().isOverdue();
            Boolean apology = overdue ? random.nextInt(100) < 65 : null;
            String note = !overdue ? null : pick(random, apology
                    ? DemoVocabulary.DOSSIER_LATE_WITH_APOLOGY : DemoVocabulary.DOSSIER_LATE_WITHOUT_APOLOGY);
            String code = v.unit().agencyCode() + "-" + receivedDay.format(DOSSIER_DAY) + "-"
                    + String.format(Locale.ROOT, "%04d", 1 + random.nextInt(250));
            out.add(new DossierFacts(code, proc.name(), receivedAt, proc.limitDays(), due, returnedAt, apology,
                    random.nextDouble() * 100 < rates.digitised(), random.nextDouble() * 100 < rates.online(), note,
                    status));
        }
        return out;
    }

    /** A return on {@code day}, after the receipt when it is the same day. */
    private LocalDateTime returnAt(LocalDate day, LocalDateTime receivedAt) {
        if (day.equals(receivedAt.toLocalDate())) {
            LocalDateTime t = receivedAt.plusMinutes(30 + 5L * random.nextInt(25));
            LocalDateTime closing = day.atTime(17, 0);
            return t.isAfter(closing) ? (receivedAt.isAfter(closing) ? receivedAt : closing) : t;
        }
        return day.atTime(officeTime(LocalTime.of(16, 55)));
    }

    /** A time the counter is open: 8:00–11:30 or 13:30 to {@code latest}, to the minute. */
    private LocalTime officeTime(LocalTime latest) {
        if (random.nextInt(10) < 6) {
            return LocalTime.of(8, 0).plusMinutes(random.nextInt(211));
        }
        long span = Duration.between(LocalTime.of(13, 30), latest).toMinutes();
        return LocalTime.of(13, 30).plusMinutes(random.nextInt((int) span + 1));
    }

    // --- follow-up -----------------------------------------------------------------------------------

    /** One recommendation per checklist group with a failure, each with one or two corrective actions. */
    private void writeRecommendations(Tables t, ScheduledVisit v, Findings found, Actor recorder) throws SQLException {
        Map<String, List<AnswerDraft>> failedByGroup = new LinkedHashMap<>();
        for (AnswerDraft a : found.answers()) {
            if (a.result() == Result.FAIL && a.role() != Role.OVERALL) {
                failedByGroup.computeIfAbsent(a.criterion().groupId(), k -> new ArrayList<>()).add(a);
            }
        }
        UnitInfo unit = v.unit();
        String committee = "UBND " + unit.inSentence();
        Instant end = at(v.end());
        int order = 0;
        for (Map.Entry<String, List<AnswerDraft>> e : failedByGroup.entrySet()) {
            ChecklistGroup group = groupsById.get(e.getKey());
            String groupCode = group == null ? "" : group.code();
            List<String> texts = DemoVocabulary.byGroup(DemoVocabulary.RECOMMENDATIONS, groupCode);
            String text = (texts.isEmpty()
                    ? DemoVocabulary.GENERIC_RECOMMENDATION.replace("{topic}",
                    DemoFindings.lowerFirst(group == null ? "các nội dung đã nêu" : group.title()))
                    : pick(random, texts)).replace("{unit}", committee);
            LocalDate deadline = calendar.workingDayOnOrAfter(v.date().plusDays(30));
            Instant recStamp = stamp(end.plusSeconds(60L * order));
            String recId = ids.next(recStamp);
            order++;

            List<String> actionTexts = new ArrayList<>(DemoVocabulary.byGroup(DemoVocabulary.ACTIONS, groupCode));
            if (actionTexts.isEmpty()) {
                actionTexts.add(DemoVocabulary.GENERIC_ACTION);
            }
            Collections.shuffle(actionTexts, random);
            int actionCount = Math.min(actionTexts.size(), random.nextInt(5) == 0 ? 2 : 1);
            List<ActionStatus> statuses = new ArrayList<>();
            List<Object[]> actionRows = new ArrayList<>();
            for (int i = 0; i < actionCount; i++) {
                LocalDate actionDeadline = calendar.workingDayOnOrAfter(v.date().plusDays(random.nextBoolean() ? 15 : 30));
                if (actionDeadline.isAfter(deadline)) {
                    actionDeadline = deadline;
                }
                ActionStatus status = actionStatus(actionDeadline);
                LocalDate completedOn = null;
                String verifiedBy = null;
                if (status == ActionStatus.DONE) {
                    LocalDate from = v.date().plusDays(3);
                    LocalDate to = actionDeadline.plusDays(10).isBefore(asOf) ? actionDeadline.plusDays(10) : asOf;
                    if (to.isBefore(from)) {
                        status = ActionStatus.IN_PROGRESS;
                    } else {
                        completedOn = from.plusDays(random.nextInt((int) (to.toEpochDay() - from.toEpochDay()) + 1));
                        verifiedBy = nextVisitAfter(unit, completedOn);
                    }
                }
                String note = status == ActionStatus.DONE ? "Đơn vị đã báo cáo kết quả khắc phục"
                        : actionDeadline.isBefore(asOf) ? "Quá hạn, chưa có báo cáo kết quả khắc phục" : null;
                statuses.add(status);
                String responsible = (groupCode.equals("1") ? "Chủ tịch " + committee
                        : "Giám đốc Trung tâm Phục vụ hành chính công " + unit.inSentence());
                actionRows.add(new Object[] {actionTexts.get(i), responsible, actionDeadline, status, completedOn,
                        verifiedBy, note});
            }
            t.recommendations.add(recId, recStamp, recorder, v.id(), unit.id(), e.getValue().get(0).criterion().id(),
                    text, deadline, recommendationStatus(statuses), order);
            for (int i = 0; i < actionRows.size(); i++) {
                Object[] r = actionRows.get(i);
                Instant s = stamp(recStamp.plusSeconds(1 + i));
                Object[] values = {recId, v.id(), unit.id(), r[0], r[1], r[2], r[3], r[4], r[5], r[6]};
                if (r[5] == null) {
                    t.actions.add(ids.next(s), s, recorder, values);
                } else {
                    verifiedActions.add(new HeldRow(ids.next(s), s, recorder, values));
                }
            }
        }
    }

    /** Most actions past their deadline are done; some are not, and those are what the next visit asks about. */
    private ActionStatus actionStatus(LocalDate deadline) {
        int r = random.nextInt(100);
        if (deadline.isBefore(asOf)) {
            return r < 60 ? ActionStatus.DONE : r < 75 ? ActionStatus.IN_PROGRESS : ActionStatus.OPEN;
        }
        return r < 10 ? ActionStatus.DONE : r < 40 ? ActionStatus.IN_PROGRESS : ActionStatus.OPEN;
    }

    private static ActionStatus recommendationStatus(List<ActionStatus> actions) {
        if (actions.stream().allMatch(s -> s == ActionStatus.DONE)) {
            return ActionStatus.DONE;
        }
        return actions.stream().anyMatch(s -> s == ActionStatus.DONE || s == ActionStatus.IN_PROGRESS)
                ? ActionStatus.IN_PROGRESS : ActionStatus.OPEN;
    }

    /** The first later visit to the unit that could confirm a fix made on {@code day}; null when none. */
    private String nextVisitAfter(UnitInfo unit, LocalDate day) {
        for (ScheduledVisit later : visitsByUnit.getOrDefault(unit.id(), List.of())) {
            if (later.date().isAfter(day) && later.status() == VisitStatus.COMPLETED) {
                return later.id();
            }
        }
        return null;
    }

    // --- audit and time ------------------------------------------------------------------------------

    /** One entry for the whole run, stamped just after its last row, by whoever ran it. */
    private void audit(Connection c, DemoGenerator.Result r) throws SQLException {
        Instant at = lastStamp.plusSeconds(1);
        String auditId = ids.next(at);
        RecordWriter writer = new RecordWriter(() -> runner, Clock.fixed(at, ZoneOffset.UTC), () -> auditId);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("generator", "demo");
        details.put("seed", seed);
        details.put("visits", r.visits());
        details.put("answers", r.answers());
        details.put("officials", r.officials());
        details.put("dossiers", r.dossiers());
        details.put("recommendations", r.recommendations());
        details.put("correctiveActions", r.correctiveActions());
        writer.auditEvent(c, Table.PLANS.sqlName(), r.planId(), "SEED", details);
    }

    private static Instant at(LocalDateTime local) {
        return local.toInstant(HANOI);
    }

    /** Notes the latest stamp used, which the audit entry follows. */
    private Instant stamp(Instant t) {
        if (t.isAfter(lastStamp)) {
            lastStamp = t;
        }
        return t;
    }

    private LocalDate minusWorkingDays(LocalDate date, int n) {
        LocalDate d = date;
        for (int counted = 0; counted < n; ) {
            d = d.minusDays(1);
            if (calendar.isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }

    private boolean chance(double probability) {
        return random.nextDouble() < Math.min(0.9, probability);
    }
}
