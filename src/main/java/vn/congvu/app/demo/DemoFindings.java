package vn.congvu.app.demo;

import vn.congvu.domain.AnswerType;
import vn.congvu.domain.Attitude;
import vn.congvu.domain.Criterion;
import vn.congvu.domain.Result;
import vn.congvu.domain.Severity;
import vn.congvu.domain.calendar.TimelinessResult;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static vn.congvu.app.demo.DemoVocabulary.pick;

/**
 * Answers every criterion of a visit from what the team observed there, so that the answers agree with
 * the rest of the visit: the count of overdue dossiers is the count of sampled dossiers overdue by the
 * working-day rules, an official without a badge fails the badge criterion, and so on. Criteria without
 * such a tie are failed at random, more often at units that do worse.
 *
 * <p>Criteria are recognised by code and answer type together, so that a later template that reuses a
 * code for something else falls back to a plain answer of its type instead of a wrong tie.
 */
final class DemoFindings {

    /** Below these rates the digitisation and online-service criteria fail (targets to be set by users). */
    static final double DIGITISED_TARGET = 90;
    static final double ONLINE_TARGET = 50;
    static final double ONLINE_PAYMENT_TARGET = 30;

    /** How a criterion of the default checklist is tied to the visit. */
    enum Role {
        ON_DUTY("1.1", AnswerType.COUNT),
        BADGE("1.2", AnswerType.PASS_FAIL),
        AT_POST("1.3", AnswerType.PASS_FAIL),
        ATTITUDE("1.4", AnswerType.CHOICE),
        FACILITIES("2.1", AnswerType.PASS_FAIL),
        POSTING("3.1", AnswerType.COUNT),
        FEES("3.2", AnswerType.PASS_FAIL),
        RECEIPTS("4.1", AnswerType.COUNT),
        ONE_REQUEST("4.2", AnswerType.PASS_FAIL),
        EXTRA_DOCUMENTS("4.3", AnswerType.PASS_FAIL),
        TRACKING("4.4", AnswerType.PASS_FAIL),
        ON_TIME("5.1", AnswerType.COUNT),
        APOLOGY("5.2", AnswerType.COUNT),
        DIGITISATION("6.1", AnswerType.PERCENT),
        ONLINE("6.2", AnswerType.PERCENT),
        SATISFACTION("7.1", AnswerType.CHOICE),
        FEEDBACK("7.2", AnswerType.COUNT),
        OVERALL("8.1", AnswerType.CHOICE),
        OTHER(null, null);

        private final String code;
        private final AnswerType type;

        Role(String code, AnswerType type) {
            this.code = code;
            this.type = type;
        }

        static Role of(Criterion criterion) {
            for (Role role : values()) {
                if (role.code != null && role.code.equals(criterion.code()) && role.type == criterion.answerType()) {
                    return role;
                }
            }
            return OTHER;
        }
    }

    /** An official as found at the counter; the notes are null where nothing was wrong. */
    record OfficialFacts(String name, String position, boolean present, boolean late,
                         Boolean badgeWorn, Boolean dressOk, Attitude attitude, String absentNote, String lateNote,
                         String badgeNote, String dressNote, String attitudeNote) {

        /** Everything noted about this person, as the official's note. */
        String note() {
            List<String> parts = new ArrayList<>();
            for (String n : new String[] {absentNote, lateNote, badgeNote, dressNote, attitudeNote}) {
                if (n != null) {
                    parts.add(n);
                }
            }
            return parts.isEmpty() ? null : String.join("; ", parts);
        }

        /** "Đ/c Nguyễn Văn Hùng (Công chức Tư pháp – Hộ tịch)", as minutes name a person. */
        String named(String phrase) {
            return "Đ/c " + name + " (" + position + ") " + lowerFirst(phrase);
        }
    }

    /** A sampled dossier, with its timeliness as of the visit date by the domain's own rule. */
    record DossierFacts(String code, String procedure, LocalDateTime receivedAt, int limitDays, LocalDate dueDate,
                        LocalDateTime returnedAt, Boolean apologyIssued, boolean digitised, boolean filedOnline,
                        String note, TimelinessResult timeliness) {

        boolean overdue() {
            return timeliness.timeliness().isOverdue();
        }
    }

    /** Rates the unit's one-stop system reports, in percent. */
    record Rates(double digitised, double digitisedResults, double online, double onlinePayment) {
    }

    record AnswerDraft(Criterion criterion, Role role, Result result, Double value1, Double value2, String choice,
                       String note, Severity severity) {
    }

    /** The answers in the order of the criteria, and the overall grade: 0 Tốt, 1 Khá, 2 Trung bình, 3 Yếu. */
    record Findings(List<AnswerDraft> answers, int grade) {
    }

    private final Random random;

    DemoFindings(Random random) {
        this.random = random;
    }

    /** Rates that fail their targets more often at worse units. */
    Rates rates(double propensity) {
        boolean digitisationFails = chance(1.6 * propensity);
        double digitised = digitisationFails && random.nextBoolean() ? between(55, DIGITISED_TARGET)
                : atLeast(DIGITISED_TARGET);
        double results = digitisationFails && digitised >= DIGITISED_TARGET ? between(50, DIGITISED_TARGET)
                : atLeast(DIGITISED_TARGET);
        boolean onlineFails = chance(1.4 * propensity);
        double online = onlineFails && random.nextBoolean() ? between(20, ONLINE_TARGET) : between(ONLINE_TARGET, 98);
        double payment = onlineFails && online >= ONLINE_TARGET ? between(5, ONLINE_PAYMENT_TARGET)
                : between(ONLINE_PAYMENT_TARGET, 95);
        return new Rates(digitised, results, online, payment);
    }

    /**
     * @param propensity how likely this visit finds a fault, about 0.03–0.35
     */
    Findings answer(List<Criterion> criteria, double propensity, List<OfficialFacts> officials,
                    List<DossierFacts> dossiers, Rates rates) {
        List<AnswerDraft> answers = new ArrayList<>(criteria.size());
        int failures = 0;
        int overallIndex = -1;
        for (Criterion criterion : criteria) {
            Role role = Role.of(criterion);
            if (role == Role.OVERALL) {
                overallIndex = answers.size();
                answers.add(null);
                continue;
            }
            AnswerDraft draft = answerOne(criterion, role, propensity, officials, dossiers, rates);
            if (draft.result() == Result.FAIL) {
                failures++;
            }
            answers.add(draft);
        }
        int grade = failures == 0 ? 0 : failures <= 2 ? 1 : failures <= 4 ? 2 : 3;
        if (overallIndex >= 0) {
            Criterion overall = criteria.get(overallIndex);
            String choice = overall.choices().isEmpty() ? null
                    : overall.choices().get(Math.min(grade, overall.choices().size() - 1));
            boolean failed = grade >= 2;
            answers.set(overallIndex, new AnswerDraft(overall, Role.OVERALL, failed ? Result.FAIL : Result.PASS, null,
                    null, choice, failed ? pick(random, DemoVocabulary.OVERALL_NOTES.get(grade)) : null,
                    failed ? Severity.MAJOR : null));
        }
        return new Findings(List.copyOf(answers), grade);
    }

    private AnswerDraft answerOne(Criterion c, Role role, double p, List<OfficialFacts> officials,
                                  List<DossierFacts> dossiers, Rates rates) {
        return switch (role) {
            case ON_DUTY -> {
                long onTime = officials.stream().filter(o -> o.present() && !o.late()).count();
                OfficialFacts first = officials.stream().filter(o -> !o.present() || o.late()).findFirst().orElse(null);
                yield first == null ? pass(c, role, officials.size(), onTime)
                        : fail(c, role, (double) officials.size(), (double) onTime, null,
                        first.named(first.present() ? first.lateNote() : first.absentNote()), Severity.MINOR);
            }
            case BADGE -> {
                OfficialFacts first = officials.stream()
                        .filter(o -> Boolean.FALSE.equals(o.badgeWorn()) || Boolean.FALSE.equals(o.dressOk()))
                        .findFirst().orElse(null);
                yield first == null ? pass(c, role) : fail(c, role, null, null, null,
                        first.named(first.badgeNote() != null ? first.badgeNote() : first.dressNote()), Severity.MINOR);
            }
            case AT_POST -> {
                OfficialFacts first = officials.stream().filter(o -> !o.present()).findFirst().orElse(null);
                yield first == null ? pass(c, role)
                        : fail(c, role, null, null, null, first.named(first.absentNote()), Severity.MAJOR);
            }
            case ATTITUDE -> attitude(c, officials);
            case FACILITIES -> chance(1.2 * p) ? fail(c, role, null, null, null, facilitiesNote(), severity()) : pass(c, role);
            case POSTING -> {
                int checked = 8 + random.nextInt(8);
                if (chance(1.3 * p)) {
                    int wrong = 1 + random.nextInt(3);
                    yield fail(c, role, (double) checked, (double) wrong, null,
                            pick(random, DemoVocabulary.POSTING_NOTES).replace("{n}", String.valueOf(wrong)), severity());
                }
                yield pass(c, role, checked, 0);
            }
            case FEES -> chance(0.6 * p) ? fail(c, role, null, null, null, pick(random, DemoVocabulary.FEES_NOTES),
                    Severity.MINOR) : pass(c, role);
            case RECEIPTS -> {
                int checked = dossiers.size() + random.nextInt(6);
                if (chance(0.8 * p)) {
                    int wrong = 1 + random.nextInt(2);
                    yield fail(c, role, (double) checked, (double) wrong, null,
                            pick(random, DemoVocabulary.RECEIPT_NOTES).replace("{n}", String.valueOf(wrong)), Severity.MINOR);
                }
                yield pass(c, role, checked, 0);
            }
            case ONE_REQUEST -> random.nextInt(100) < 15 ? na(c, role)
                    : chance(0.7 * p) ? fail(c, role, null, null, null, pick(random, DemoVocabulary.ONE_REQUEST_NOTES),
                    severity()) : pass(c, role);
            case EXTRA_DOCUMENTS -> chance(0.6 * p) ? fail(c, role, null, null, null,
                    pick(random, DemoVocabulary.EXTRA_DOCUMENT_NOTES), random.nextBoolean() ? Severity.MAJOR : Severity.MINOR)
                    : pass(c, role);
            case TRACKING -> chance(p) ? fail(c, role, null, null, null, pick(random, DemoVocabulary.TRACKING_NOTES),
                    Severity.MINOR) : pass(c, role);
            case ON_TIME -> onTime(c, dossiers);
            case APOLOGY -> apology(c, dossiers);
            case DIGITISATION -> rates.digitised() < DIGITISED_TARGET || rates.digitisedResults() < DIGITISED_TARGET
                    ? fail(c, role, rates.digitised(), rates.digitisedResults(), null,
                    pick(random, DemoVocabulary.DIGITISATION_NOTES).replace("{value}", percent(rates.digitised())), Severity.MINOR)
                    : pass(c, role, rates.digitised(), rates.digitisedResults());
            case ONLINE -> rates.online() < ONLINE_TARGET || rates.onlinePayment() < ONLINE_PAYMENT_TARGET
                    ? fail(c, role, rates.online(), rates.onlinePayment(), null,
                    pick(random, DemoVocabulary.ONLINE_NOTES).replace("{value}", percent(rates.online())), Severity.MINOR)
                    : pass(c, role, rates.online(), rates.onlinePayment());
            case SATISFACTION -> satisfaction(c, p);
            case FEEDBACK -> {
                int received = random.nextInt(5);
                if (received == 0) {
                    yield new AnswerDraft(c, role, Result.NA, 0.0, 0.0, null, null, null);
                }
                if (chance(p)) {
                    int handled = random.nextInt(received);
                    yield fail(c, role, (double) received, (double) handled, null,
                            pick(random, DemoVocabulary.FEEDBACK_NOTES).replace("{n}", String.valueOf(received - handled)),
                            Severity.MINOR);
                }
                yield pass(c, role, received, received);
            }
            case OVERALL -> throw new IllegalStateException("the overall verdict is answered last");
            case OTHER -> other(c, p);
        };
    }

    private AnswerDraft attitude(Criterion c, List<OfficialFacts> officials) {
        OfficialFacts poor = officials.stream().filter(o -> o.attitude() == Attitude.POOR).findFirst().orElse(null);
        if (poor != null) {
            return fail(c, Role.ATTITUDE, null, null, choice(c, c.choices().size() - 1), poor.named(poor.attitudeNote()),
                    Severity.MAJOR);
        }
        boolean observed = officials.stream().anyMatch(o -> o.attitude() != null);
        if (!observed) {
            return na(c, Role.ATTITUDE);
        }
        boolean acceptable = officials.stream().anyMatch(o -> o.attitude() == Attitude.ACCEPTABLE);
        return new AnswerDraft(c, Role.ATTITUDE, Result.PASS, null, null, choice(c, acceptable ? 1 : 0), null, null);
    }

    private AnswerDraft onTime(Criterion c, List<DossierFacts> dossiers) {
        List<DossierFacts> overdue = dossiers.stream().filter(DossierFacts::overdue).toList();
        if (overdue.isEmpty()) {
            return pass(c, Role.ON_TIME, dossiers.size(), 0);
        }
        DossierFacts first = overdue.get(0);
        String note = pick(random, DemoVocabulary.OVERDUE_NOTES).replace("{n}", String.valueOf(overdue.size()))
                .replace("{code}", first.code()).replace("{procedure}", first.procedure())
                .replace("{days}", String.valueOf(first.timeliness().workingDaysLate()));
        return fail(c, Role.ON_TIME, (double) dossiers.size(), (double) overdue.size(), null, note,
                overdue.size() >= 2 ? Severity.MAJOR : Severity.MINOR);
    }

    private AnswerDraft apology(Criterion c, List<DossierFacts> dossiers) {
        List<DossierFacts> overdue = dossiers.stream().filter(DossierFacts::overdue).toList();
        if (overdue.isEmpty()) {
            return new AnswerDraft(c, Role.APOLOGY, Result.NA, 0.0, 0.0, null, null, null);
        }
        List<DossierFacts> without = overdue.stream().filter(d -> !Boolean.TRUE.equals(d.apologyIssued())).toList();
        if (without.isEmpty()) {
            return pass(c, Role.APOLOGY, overdue.size(), overdue.size());
        }
        String note = pick(random, DemoVocabulary.APOLOGY_NOTES).replace("{code}", without.get(0).code())
                .replace("{n}", String.valueOf(without.size()));
        return fail(c, Role.APOLOGY, (double) overdue.size(), (double) (overdue.size() - without.size()), null, note,
                Severity.MAJOR);
    }

    private AnswerDraft satisfaction(Criterion c, double p) {
        if (chance(0.8 * p)) {
            return fail(c, Role.SATISFACTION, null, null, choice(c, c.choices().size() - 1),
                    pick(random, DemoVocabulary.SATISFACTION_NOTES), Severity.MINOR);
        }
        int working = Math.max(1, c.choices().size() - 1);
        return new AnswerDraft(c, Role.SATISFACTION, Result.PASS, null, null, choice(c, random.nextInt(working)), null,
                null);
    }

    /** A criterion this generator knows nothing about: a plausible answer of its type. */
    private AnswerDraft other(Criterion c, double p) {
        boolean failed = chance(p);
        Double v1 = null;
        Double v2 = null;
        String choice = null;
        switch (c.answerType()) {
            case COUNT -> {
                int checked = 5 + random.nextInt(10);
                v1 = (double) checked;
                if (c.valueLabels().size() > 1) {
                    v2 = failed ? (double) (1 + random.nextInt(3)) : 0.0;
                }
            }
            case PERCENT -> {
                v1 = failed ? between(40, 80) : atLeast(80);
                if (c.valueLabels().size() > 1) {
                    v2 = atLeast(failed ? 40 : 80);
                }
            }
            case CHOICE -> {
                if (!c.choices().isEmpty()) {
                    choice = failed ? choice(c, c.choices().size() - 1)
                            : choice(c, random.nextInt(Math.max(1, c.choices().size() - 1)));
                }
            }
            case PASS_FAIL, TEXT -> {
                // the verdict and, on failure, the note are all there is
            }
        }
        return failed ? fail(c, Role.OTHER, v1, v2, choice, pick(random, DemoVocabulary.GENERIC_NOTES), severity())
                : new AnswerDraft(c, Role.OTHER, Result.PASS, v1, v2, choice, null, null);
    }

    private String facilitiesNote() {
        String first = pick(random, DemoVocabulary.FACILITIES_NOTES);
        if (random.nextInt(3) > 0) {
            return first;
        }
        String second = pick(random, DemoVocabulary.FACILITIES_NOTES);
        return second.equals(first) ? first : first + "; " + lowerFirst(second);
    }

    private static AnswerDraft pass(Criterion c, Role role) {
        return new AnswerDraft(c, role, Result.PASS, null, null, null, null, null);
    }

    private static AnswerDraft pass(Criterion c, Role role, double v1, double v2) {
        return new AnswerDraft(c, role, Result.PASS, v1, v2, null, null, null);
    }

    private static AnswerDraft na(Criterion c, Role role) {
        return new AnswerDraft(c, role, Result.NA, null, null, null, null, null);
    }

    private static AnswerDraft fail(Criterion c, Role role, Double v1, Double v2, String choice, String note,
                                    Severity severity) {
        return new AnswerDraft(c, role, Result.FAIL, v1, v2, choice, note, severity);
    }

    private static String choice(Criterion c, int index) {
        return c.choices().isEmpty() ? null : c.choices().get(Math.max(0, Math.min(index, c.choices().size() - 1)));
    }

    /** Most faults are minor; a few are serious enough to be named in the report. */
    private Severity severity() {
        int r = random.nextInt(100);
        return r < 75 ? Severity.MINOR : r < 97 ? Severity.MAJOR : Severity.CRITICAL;
    }

    private boolean chance(double probability) {
        return random.nextDouble() < Math.min(0.9, probability);
    }

    /** A rate in [from, to), to one decimal as inspectors copy it from the system. */
    private double between(double from, double to) {
        return Math.floor((from + random.nextDouble() * (to - from)) * 10) / 10.0;
    }

    /** A rate in [from, 100], where a full 100 % is common. */
    private double atLeast(double from) {
        return Math.min(100, between(from, 100.1));
    }

    /** 85.4 as "85,4", 90.0 as "90": Vietnamese writes a decimal comma. */
    static String percent(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value)
                : String.format(Locale.ROOT, "%.1f", value).replace('.', ',');
    }

    static String lowerFirst(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(Locale.forLanguageTag("vi")) + s.substring(1);
    }
}
