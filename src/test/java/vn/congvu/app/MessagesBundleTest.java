package vn.congvu.app;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congvu.domain.AnswerType;
import vn.congvu.domain.IntegrityIssue;
import vn.congvu.domain.PlanStatus;
import vn.congvu.domain.TeamRole;
import vn.congvu.domain.TemplateStatus;
import vn.congvu.domain.UnitKind;
import vn.congvu.domain.Result;
import vn.congvu.domain.SearchKind;
import vn.congvu.domain.VisitStatus;
import vn.congvu.domain.calendar.DueDateCalculator;
import vn.congvu.domain.calendar.InvalidLimitException;
import vn.congvu.store.StoreException;
import vn.congvu.testing.CliHarness;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * The two message bundles say the same things: the same keys, none blank, Vietnamese really Vietnamese,
 * every key used by the code and every key the code uses present, and every pattern a valid MessageFormat.
 */
class MessagesBundleTest {

    private static final Path MAIN_JAVA = Path.of("src", "main", "java");
    private static final Path MAIN_RESOURCES = Path.of("src", "main", "resources");

    /** Keys picocli looks up by name (usage headings, the standard help options). */
    private static final List<String> PICOCLI_KEY_PREFIXES = List.of("usage.", "mixinStandardHelpOptions.");

    /**
     * Keys of the {@code demo} command, which is being written on another branch; drop them from here
     * once DemoCommand uses them.
     */
    private static final Set<String> AWAITING_DEMO_COMMAND = Set.of("cli.demo.description", "cli.demo.done",
            "cli.option.visits", "cli.option.seed");

    /** Vietnamese that happens to need no diacritics. */
    private static final Set<String> PLAIN_ASCII_VIETNAMESE = Set.of("cli.error.seeHelp", "ui.menu.view");

    /** Literals that look like keys but name files beside the code. */
    private static final Pattern FILE_NAME = Pattern.compile(".*\\.(css|fxml|csv|properties|xlsx|docx)$");

    private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern BUNDLE_REFERENCE = Pattern.compile("\\$\\{bundle:([^}]+)}");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([A-Za-z][\\w.]*)\"");
    private static final Pattern KEY_LIKE = Pattern.compile("[A-Za-z]+(\\.[A-Za-z0-9_]+)+");
    private static final Pattern PREFIX_LIKE = Pattern.compile("[A-Za-z]+(\\.[A-Za-z0-9_]+)*\\.");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[^}]*}");
    private static final Pattern VIETNAMESE_LETTER = Pattern.compile("[À-ỹđĐ]");

    /** Keys of the settings table, which share the "ui." namespace but are not message keys. */
    private static final Set<String> SETTING_KEYS = Set.of(SettingsService.UI_LANGUAGE, SettingsService.UI_THEME,
            SettingsService.UI_WINDOW, SettingsService.UI_LAST_PLAN,
            vn.congvu.app.export.DocumentSettings.MINUTES_TEMPLATE, vn.congvu.app.export.DocumentSettings.REPORT_TEMPLATE,
            vn.congvu.app.export.DocumentSettings.MINUTES_SYMBOL, vn.congvu.app.export.DocumentSettings.REPORT_SYMBOL,
            vn.congvu.app.export.DocumentSettings.MINUTES_COPIES, vn.congvu.app.export.DocumentSettings.LAST_FOLDER);

    private static Map<String, String> vi;
    private static Map<String, String> en;
    /** Prefix → the names appended to it at run time. */
    private static Map<String, List<String>> dynamicKeys;
    private static Set<String> literalsInCode;

    @BeforeAll
    static void load(@TempDir Path dir) throws IOException {
        vi = bundle("vi");
        en = bundle("en");
        dynamicKeys = new LinkedHashMap<>();
        dynamicKeys.put("error.store.", names(StoreException.Problem.values()));
        dynamicKeys.put("error.due.", limitProblems());
        dynamicKeys.put("visit.status.", names(VisitStatus.values()));
        dynamicKeys.put("result.", names(Result.values()));
        dynamicKeys.put("answerType.", names(AnswerType.values()));
        dynamicKeys.put("search.kind.", names(SearchKind.values()));
        dynamicKeys.put("integrity.", names(IntegrityIssue.IntegrityCheck.values()));
        dynamicKeys.put("cli.stats.key.", statsKeys(dir));
        dynamicKeys.put("unit.kind.", names(UnitKind.values()));
        dynamicKeys.put("plan.status.", names(PlanStatus.values()));
        dynamicKeys.put("team.role.", names(TeamRole.values()));
        dynamicKeys.put("template.status.", names(TemplateStatus.values()));
        dynamicKeys.put("ui.import.action.", names(UnitImportPlan.Action.values()));
        dynamicKeys.put("ui.settings.language.", List.of("vi", "en"));
        dynamicKeys.put("template.xlsx.column.", TemplateService.COLUMNS);
        dynamicKeys.put("backup.reason.", names(vn.congvu.app.backup.BackupReason.values()));
        dynamicKeys.put("ui.recovery.title.", names(vn.congvu.ui.recovery.RecoveryViewModel.Mode.values()));
        dynamicKeys.put("ui.recovery.advice.", names(vn.congvu.ui.recovery.RecoveryViewModel.Mode.values()));
        dynamicKeys.put("ui.export.title.", names(vn.congvu.ui.export.ExportKind.values()));
        dynamicKeys.put("ui.settings.chooseTemplateTitle.", names(vn.congvu.app.export.ExportService.TemplateKind.values()));
        dynamicKeys.put("ui.settings.templateAccepted.", names(vn.congvu.app.export.ExportService.TemplateKind.values()));
        dynamicKeys.put("ui.export.filter.", List.of("docx", "xlsx"));
        dynamicKeys.put("export.step.", names(vn.congvu.app.export.ExportStep.values()));
        // UNREADABLE and UNBALANCED have messages of their own; the other problems name the tag and its place
        dynamicKeys.put("error.export.template.", Arrays.stream(vn.congvu.report.word.TemplateException.Problem.values())
                .map(Enum::name).filter(n -> !n.equals("UNREADABLE") && !n.equals("UNBALANCED")).toList());
        dynamicKeys.put("exchange.conflict.", names(vn.congvu.exchange.ConflictKind.values()));
        dynamicKeys.put("ui.exchange.phase.", names(vn.congvu.exchange.ProgressListener.Phase.values()));
        literalsInCode = literalsInCode();
    }

    private static Map<String, String> bundle(String language) throws IOException {
        String resource = "/i18n/messages_" + language + ".properties";
        Properties p = new Properties();
        try (InputStream in = MessagesBundleTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Map<String, String> out = new LinkedHashMap<>();
        p.stringPropertyNames().stream().sorted().forEach(k -> out.put(k, p.getProperty(k)));
        return out;
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    /** The reasons the due-date rules give for refusing a limit, as {@link CalendarService} translates them. */
    private static List<String> limitProblems() {
        List<String> reasons = new ArrayList<>();
        for (int limit : new int[] {-1, DueDateCalculator.MAX_LIMIT_DAYS + 1}) {
            try {
                DueDateCalculator.checkLimit(limit);
            } catch (InvalidLimitException e) {
                reasons.add(e.reason().name());
            }
        }
        assertThat(reasons).hasSize(2);
        return reasons;
    }

    /** {@code stats} prints "cli.stats.key." + each key of the counts. */
    private static List<String> statsKeys(Path dir) {
        Path db = CliHarness.initialisedDatabase(dir.resolve("congvu.db"));
        try (Workspace ws = Workspace.open(db, false, CliHarness.CLOCK)) {
            return List.copyOf(ws.stats().counts().keySet());
        }
    }

    private static Set<String> literalsInCode() throws IOException {
        Set<String> literals = new TreeSet<>();
        for (Path file : files(MAIN_JAVA, ".java")) {
            Matcher m = STRING_LITERAL.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (m.find()) {
                literals.add(m.group(1));
                Matcher ref = BUNDLE_REFERENCE.matcher(m.group(1));
                while (ref.find()) {
                    literals.add(ref.group(1));
                }
            }
        }
        for (Path file : files(MAIN_RESOURCES, ".fxml")) {
            Matcher m = FXML_KEY.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (m.find()) {
                literals.add(m.group(1));
            }
        }
        assertThat(literals).as("the scan found the code").contains("cli.error.badResult", "error.store.");
        return literals;
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static Set<String> namespaces() {
        return vi.keySet().stream().map(k -> k.substring(0, k.indexOf('.'))).collect(Collectors.toSet());
    }

    @Test
    void bothBundlesHaveTheSameKeys() {
        assertThat(vi.keySet()).containsExactlyInAnyOrderElementsOf(en.keySet());
        assertThat(vi).hasSizeGreaterThan(100);
    }

    @Test
    void noKeyIsWrittenTwiceInAFile() throws IOException {
        for (String language : List.of("vi", "en")) {
            Path file = MAIN_RESOURCES.resolve("i18n").resolve("messages_" + language + ".properties");
            Set<String> seen = new TreeSet<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#") || !trimmed.contains("=")) {
                    continue;
                }
                String key = trimmed.substring(0, trimmed.indexOf('=')).strip();
                assertThat(seen.add(key)).as("%s defines %s twice (the first would be lost)", file, key).isTrue();
            }
        }
    }

    @Test
    void noValueIsBlank() {
        vi.forEach((k, v) -> assertThat(v).as("vi %s", k).isNotBlank());
        en.forEach((k, v) -> assertThat(v).as("en %s", k).isNotBlank());
    }

    @Test
    void bundleFilesAreUtf8WithoutMojibake() throws IOException {
        for (String language : List.of("vi", "en")) {
            Path file = MAIN_RESOURCES.resolve("i18n").resolve("messages_" + language + ".properties");
            byte[] bytes = Files.readAllBytes(file);
            assertThatCode(() -> StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)))
                    .as("%s is UTF-8", file).doesNotThrowAnyException();
        }
        for (Map<String, String> bundle : List.of(vi, en)) {
            bundle.forEach((k, v) -> assertThat(v).as(k)
                    .doesNotContain("Ã").doesNotContain("â€").doesNotContain("Ä‘").doesNotContain("Æ°")
                    .doesNotContain("\uFFFD"));
        }
    }

    @Test
    void vietnameseIsWrittenWithItsDiacriticsWhereItDiffersFromEnglish() {
        for (String key : vi.keySet()) {
            if (vi.get(key).equals(en.get(key)) || PLAIN_ASCII_VIETNAMESE.contains(key)) {
                continue;
            }
            assertThat(VIETNAMESE_LETTER.matcher(vi.get(key)).find())
                    .as("vi %s has Vietnamese letters: %s", key, vi.get(key)).isTrue();
        }
        assertThat(vi.get("result.FAIL")).isEqualTo("Không đạt");
        assertThat(vi.get("cli.error.missing")).startsWith("Thiếu tham số bắt buộc");
        assertThat(vi.get("error.store.DATABASE_MISSING")).contains("Không có cơ sở dữ liệu");
        assertThat(vi.get("usage.synopsisHeading")).startsWith("Cách dùng");
    }

    @Test
    void englishIsNotLeftInVietnamese() {
        assertThat(PLAIN_ASCII_VIETNAMESE).allSatisfy(key -> assertThat(vi.get(key)).isNotEqualTo(en.get(key)));
    }

    @Test
    void everyKeyIsUsed() {
        Set<String> used = new TreeSet<>(literalsInCode);
        dynamicKeys.forEach((prefix, names) -> names.forEach(n -> used.add(prefix + n)));
        List<String> unused = vi.keySet().stream()
                .filter(k -> !used.contains(k))
                .filter(k -> PICOCLI_KEY_PREFIXES.stream().noneMatch(k::startsWith))
                .filter(k -> !AWAITING_DEMO_COMMAND.contains(k))
                .toList();

        assertThat(unused).as("keys no code uses").isEmpty();
    }

    @Test
    void everyKeyTheCodeNamesExists() {
        Set<String> namespaces = namespaces();
        List<String> missing = literalsInCode.stream()
                .filter(l -> KEY_LIKE.matcher(l).matches() && namespaces.contains(l.substring(0, l.indexOf('.'))))
                .filter(l -> !FILE_NAME.matcher(l).matches() && !SETTING_KEYS.contains(l))
                .filter(l -> !vi.containsKey(l) || !en.containsKey(l))
                .toList();

        assertThat(missing).as("keys the code names but the bundles lack").isEmpty();
    }

    @Test
    void everyKeyBuiltAtRunTimeExists() {
        dynamicKeys.forEach((prefix, names) -> {
            assertThat(literalsInCode).as("the code still builds keys from %s", prefix).contains(prefix);
            for (String name : names) {
                assertThat(vi).as("vi").containsKey(prefix + name);
                assertThat(en).as("en").containsKey(prefix + name);
            }
        });
    }

    @Test
    void everyKeyPrefixInTheCodeIsDeclaredHere() {
        Set<String> namespaces = namespaces();
        List<String> prefixes = literalsInCode.stream()
                .filter(l -> PREFIX_LIKE.matcher(l).matches() && namespaces.contains(l.substring(0, l.indexOf('.'))))
                .toList();

        assertThat(dynamicKeys.keySet()).as("key prefixes the code appends names to; declare each with its values")
                .containsAll(prefixes);
    }

    @Test
    void patternsWithArgumentsAreValidMessageFormats() {
        for (Map.Entry<String, Map<String, String>> bundle : Map.of("vi", vi, "en", en).entrySet()) {
            Locale locale = Locale.forLanguageTag(bundle.getKey());
            bundle.getValue().forEach((key, pattern) -> {
                if (!ARGUMENT.matcher(pattern).find()) {
                    return;
                }
                String where = bundle.getKey() + " " + key;
                assertThatCode(() -> new MessageFormat(pattern, locale)).as(where).doesNotThrowAnyException();
                assertThat(pattern.replace("''", "")).as("%s has a lone ' (MessageFormat would eat it)", where)
                        .doesNotContain("'");
            });
        }
    }

    @Test
    void bothLanguagesUseTheSameArguments() {
        for (String key : vi.keySet()) {
            assertThat(arguments(vi.get(key))).as("arguments of %s", key).isEqualTo(arguments(en.get(key)));
        }
    }

    private static Set<Integer> arguments(String pattern) {
        Set<Integer> args = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            args.add(Integer.parseInt(m.group(1)));
        }
        return args;
    }

    @Test
    void messagesFillsAPatternInItsLanguage() {
        Messages messages = new Messages(Messages.VIETNAMESE);

        assertThat(messages.get("error.import.row", 12, "thiếu tên đơn vị")).isEqualTo("Dòng 12: thiếu tên đơn vị");
        assertThat(messages.get("cli.error.outOfRange", "--limit", "0", 1, 10_000))
                .isEqualTo("Giá trị --limit phải từ 1 đến 10000: 0");
        assertThat(new Messages(Locale.ENGLISH).get("result.NA")).isEqualTo("Not applicable");
    }
}
