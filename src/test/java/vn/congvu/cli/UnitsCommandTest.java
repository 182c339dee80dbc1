package vn.congvu.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congvu.testing.CliHarness;
import vn.congvu.testing.CliHarness.Run;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class UnitsCommandTest {

    @TempDir
    Path dir;

    private Path db;
    private CliHarness cli;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void database() {
        db = CliHarness.initialisedDatabase(dir.resolve("congvu.db"));
        cli = new CliHarness(dir.resolve("home"));
    }

    private JsonNode unitsJson(String... extra) throws IOException {
        String[] args = new String[extra.length + 3];
        args[0] = "units";
        args[1] = "list";
        args[2] = "--json";
        System.arraycopy(extra, 0, args, 3, extra.length);
        Run run = cli.runOn(db, args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        return json.readTree(run.out());
    }

    private static List<String> displayNames(JsonNode units) {
        return units.findValuesAsText("display_name");
    }

    @Test
    void listsAllWardsAndCommunes() {
        Run run = cli.runOn(db, "units", "list");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Phường Khương Đình").contains("Xã ")
                .endsWith("Tổng cộng 126 đơn vị." + System.lineSeparator());
    }

    @Test
    void searchWithoutDiacriticsFindsKhuongDinh() throws IOException {
        JsonNode found = unitsJson("--search", "khuong dinh");

        assertThat(displayNames(found)).containsExactly("Phường Khương Đình");
    }

    @Test
    void searchFoldsTheLetterDToFindDongDa() throws IOException {
        JsonNode found = unitsJson("--search", "dong da");

        assertThat(displayNames(found)).contains("Phường Đống Đa");
    }

    @Test
    void searchAsTextPrintsCodeAndName() {
        Run run = cli.runOn(db, "units", "list", "--search", "dong da");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("00235").contains("Phường Đống Đa");
    }

    @Test
    void jsonHasTheFieldsOfAUnit() throws IOException {
        JsonNode unit = unitsJson("--search", "khuong dinh").get(0);

        assertThat(unit.get("id").asText()).isNotBlank();
        assertThat(unit.get("code").asText()).isEqualTo("00364");
        assertThat(unit.get("kind").asText()).isEqualTo("WARD");
        assertThat(unit.get("name").asText()).isEqualTo("Khương Đình");
        assertThat(unit.get("display_name").asText()).isEqualTo("Phường Khương Đình");
        assertThat(unit.has("address")).isTrue();
        assertThat(unit.has("phone")).isTrue();
    }

    @Test
    void searchThatMatchesNothingIsAnEmptyList() throws IOException {
        assertThat(unitsJson("--search", "khong co don vi nao")).isEmpty();
    }

    @Test
    void importsUnitsFromCsvOnceAndThenReportsThemUnchanged() throws IOException {
        Path csv = dir.resolve("so-ban-nganh.csv");
        Files.writeString(csv, "code,type,name,address\n"
                + "SNV,Sở,Sở Nội vụ,18 Huỳnh Thúc Kháng\n"
                + "TTPVHCC,Trung tâm,Trung tâm Phục vụ hành chính công Thành phố Hà Nội,\n", StandardCharsets.UTF_8);

        Run first = cli.runOn(db, "units", "import", csv.toString());
        Run second = cli.runOn(db, "units", "import", csv.toString());

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("Đã nhập: 2 đơn vị mới, 0 cập nhật, 0 không đổi.");
        assertThat(second.exitCode()).isZero();
        assertThat(second.out()).contains("0 đơn vị mới, 0 cập nhật, 2 không đổi.");
        assertThat(displayNames(unitsJson("--search", "so noi vu"))).containsExactly("Sở Nội vụ");
        assertThat(unitsJson()).hasSize(128);
    }

    @Test
    void importsUnitsFromXlsxWithVietnameseHeaders() throws IOException {
        Path xlsx = dir.resolve("don-vi.xlsx");
        writeXlsx(xlsx, List.of(
                List.of("Mã", "Loại", "Tên"),
                List.of("CN-DD", "Chi nhánh", "Chi nhánh Trung tâm Phục vụ hành chính công số 3"),
                List.of("SNV", "Sở", "Sở Nội vụ")));

        Run run = cli.runOn(db, "units", "import", xlsx.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("2 đơn vị mới");
        JsonNode branch = unitsJson("--search", "chi nhanh so 3").get(0);
        assertThat(branch.get("kind").asText()).isEqualTo("BRANCH");
        assertThat(branch.get("code").asText()).isEqualTo("CN-DD");
    }

    @Test
    void aBadRowImportsNothingAndNamesTheRow() throws IOException {
        Path csv = dir.resolve("units.csv");
        Files.writeString(csv, "code,type,name\nSNV,Sở,Sở Nội vụ\nX1,Hành tinh,Sao Hỏa\n", StandardCharsets.UTF_8);
        Map<String, String> before = CliHarness.snapshot(dir);

        Run run = cli.runOn(db, "units", "import", csv.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("Dòng 3:").contains("Hành tinh").contains("Không nhập gì");
        assertThat(CliHarness.snapshot(dir)).isEqualTo(before);
    }

    @Test
    void aBadRowInXlsxIsNumberedAsExcelShowsIt() throws IOException {
        Path xlsx = dir.resolve("units.xlsx");
        writeXlsx(xlsx, List.of(
                List.of("code", "type", "name"),
                List.of("A1", "Sở", "Sở Tư pháp"),
                List.of("A2", "Sở", "Sở Y tế"),
                List.of("A3", "Sở", "")));
        Map<String, String> before = CliHarness.snapshot(dir);

        Run run = cli.runOn(db, "units", "import", xlsx.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(run.errLines()).singleElement().asString().startsWith("Dòng 4:").contains("thiếu tên đơn vị");
        assertThat(CliHarness.snapshot(dir)).isEqualTo(before);
    }

    private static void writeXlsx(Path file, List<List<String>> rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("Đơn vị");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            wb.write(out);
        }
    }
}
